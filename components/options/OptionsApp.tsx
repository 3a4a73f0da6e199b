import { useEffect } from 'react';
import { ImportExport } from './ImportExport.tsx';
import { ProfileEditor } from './ProfileEditor.tsx';
import { ProfileList } from './ProfileList.tsx';
import { useOptions } from './store.ts';

export function OptionsApp() {
  const { load, draft, error, notice } = useOptions();
  useEffect(() => { void load(); }, [load]);
  return (
    <main className="options">
      <h1>Requirement profiles</h1>
      <p className="muted">A profile is the list of controls you require of a vendor. The popup scores every trust page against the active one.</p>
      <div aria-live="polite">
        {error && <pre className="error" data-testid="error" role="alert">{error}</pre>}
        {notice && <p className="notice" data-testid="import-status">{notice}</p>}
      </div>
      <ProfileList />
      {draft && <ProfileEditor />}
      <ImportExport />
    </main>
  );
}
