import { useEffect } from 'react';
import { useOptions } from './store.ts';
import { ProfileList } from './ProfileList.tsx';
import { ProfileDetails } from './ProfileDetails.tsx';
import { ImportExport } from './ImportExport.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';

/** The options page: the buyer's requirement profiles, one to edit, import and export. */
export function Options() {
  const phase = useOptions((s) => s.phase);
  const loadError = useOptions((s) => s.loadError);
  const load = useOptions((s) => s.load);
  useEffect(() => { void load(); }, [load]);

  return (
    <main className="options" data-state={phase}>
      <header className="options-header">
        <h1>Vetter requirement profiles</h1>
        <p className="muted">A profile is what you require of a vendor. The active profile is the one the popup scores trust pages against. Presets are read-only: duplicate one to make your own.</p>
      </header>
      {phase === 'loading' && <p className="muted" aria-busy="true">Loading profiles…</p>}
      {phase === 'failed' && <p className="notice notice-error" role="alert">The profiles could not be read: {loadError}</p>}
      {phase === 'ready' && (
        <div className="layout">
          <div className="sidebar">
            <ProfileList />
            <ImportExport />
            <SettingsPanel />
          </div>
          <ProfileDetails />
        </div>
      )}
    </main>
  );
}
