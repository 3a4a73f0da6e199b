import { useRef } from 'react';
import { useOptions } from './store.ts';

/** Profiles leave and enter as one JSON file; a bad file changes nothing and says why. */
export function ImportExport() {
  const { importFile, exportFile } = useOptions();
  const input = useRef<HTMLInputElement>(null);
  const download = async () => {
    const url = URL.createObjectURL(new Blob([await exportFile()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'vetter-profiles.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section aria-label="Import and export">
      <h2>Share profiles</h2>
      <button type="button" data-testid="export" onClick={() => void download()}>Export my profiles</button>{' '}
      <label>Import a profiles file{' '}
        <input ref={input} type="file" accept="application/json,.json" data-testid="import-file" onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          await importFile(await file.text());
          if (input.current) input.current.value = '';
        }} />
      </label>
    </section>
  );
}
