import { useRef } from 'react';
import { downloadText } from '../download.ts';
import { useVendors } from './store.ts';

/** The whole library (vendors, snapshots, profiles) as one JSON file, and back. */
export function BackupPanel() {
  const { rows, exportBackup, importBackup, clearLibrary } = useVendors();
  const file = useRef<HTMLInputElement>(null);
  const onExport = async () => downloadText(`vetter-library-${new Date().toISOString().slice(0, 10)}.json`, await exportBackup());
  const onImport = async (f: File | undefined) => {
    if (!f) return;
    await importBackup(await f.text(), f.name);
    if (file.current) file.current.value = '';
  };
  return (
    <section className="panel backup" aria-label="Backup">
      <h2>Backup</h2>
      <p className="muted small">One JSON file with every vendor, snapshot and your own profiles. Importing merges: snapshots already saved are skipped.</p>
      <div className="toolbar">
        <button type="button" data-testid="export-library" onClick={() => void onExport()}>Export library</button>
        <label className="file-button">Import library <input ref={file} type="file" accept="application/json,.json" data-testid="import-library" onChange={(e) => void onImport(e.target.files?.[0])} /></label>
        <button type="button" className="danger" data-testid="clear-library" disabled={!rows.length} onClick={() => { if (window.confirm('Delete every saved vendor and snapshot? Export a backup first if you may need them.')) void clearLibrary(); }}>Clear library</button>
      </div>
    </section>
  );
}
