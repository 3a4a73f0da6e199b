import { useId, type ChangeEvent } from 'react';
import { downloadText } from '../download.ts';
import { useOptions, type Notice } from './store.ts';

export const EXPORT_FILENAME = 'vetter-profiles.json';

/** Export your profiles to vetter-profiles.json; import a profiles file (all or nothing). */
export function ImportExport() {
  const importNotice = useOptions((s) => s.importNotice);
  const exportNotice = useOptions((s) => s.exportNotice);
  const importFile = useOptions((s) => s.importFile);
  const exportJson = useOptions((s) => s.exportJson);
  const noteExport = useOptions((s) => s.noteExport);
  const fileId = useId();
  const hintId = useId();

  const onExport = async () => {
    try {
      const { json, count } = await exportJson();
      downloadText(EXPORT_FILENAME, json);
      noteExport({ kind: 'ok', message: `Exported ${count} profile${count === 1 ? '' : 's'} to ${EXPORT_FILENAME}.` });
    } catch (e) {
      noteExport({ kind: 'error', message: `Export failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    await importFile(file);
    input.value = ''; // the same file can be chosen again
  };

  return (
    <section className="panel" aria-labelledby="share-heading">
      <h2 id="share-heading">Share profiles</h2>
      <p className="muted small">Your own profiles (not the presets) as a JSON file, to keep or to give a colleague.</p>
      <button type="button" data-testid="export" onClick={() => void onExport()}>Export my profiles</button>
      <p className="live" aria-live="polite" data-testid="export-status">{exportNotice && <NoticeText notice={exportNotice} />}</p>
      <div className="field">
        <label htmlFor={fileId}>Import profiles from a file</label>
        <input id={fileId} type="file" accept=".json,application/json" data-testid="import-file" aria-describedby={hintId} onChange={(e) => void onFile(e)} />
        <span id={hintId} className="muted small">Profiles with the same id are replaced; an invalid file changes nothing.</span>
      </div>
      <div className="live" aria-live="polite" data-testid="import-status" data-kind={importNotice?.kind ?? ''}>
        {importNotice && <NoticeText notice={importNotice} />}
      </div>
    </section>
  );
}

function NoticeText({ notice }: { notice: NonNullable<Notice> }) {
  return <span className={`notice notice-${notice.kind}`}>{notice.message}</span>;
}
