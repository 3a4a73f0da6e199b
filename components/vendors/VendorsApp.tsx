import { useEffect } from 'react';
import { BackupPanel } from './BackupPanel.tsx';
import { CompareView } from './CompareView.tsx';
import { VendorHistory } from './VendorHistory.tsx';
import { VendorList } from './VendorList.tsx';
import { useVendors } from './store.ts';

/** The vendor library: saved vendors, one vendor's history, a comparison. */
export function VendorsApp() {
  const { phase, error, notice, view, profiles, profile, undo, load, chooseProfile, undoDelete } = useVendors();
  useEffect(() => { void load(); }, [load]);

  return (
    <main className="vendors" data-phase={phase} data-view={view}>
      <header className="vendors-header">
        <div>
          <h1>Vendor library</h1>
          <p className="muted">Saved on this computer only. Verdicts under the active profile.</p>
        </div>
        {profile && (
          <label className="profile-pick">
            Profile{' '}
            <select data-testid="vendors-profile" value={profile.id} onChange={(e) => void chooseProfile(e.target.value)}>
              {profiles.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
          </label>
        )}
      </header>
      {error && <p role="alert" className="error" data-testid="vendors-error">{error}</p>}
      {notice && (
        <p role="status" className="notice" data-testid="vendors-notice">
          {notice} {undo && <button type="button" className="link" data-testid="undo-delete" onClick={() => void undoDelete()}>Undo</button>}
        </p>
      )}
      {phase === 'loading' && <p className="muted" aria-busy="true">Opening the library…</p>}
      {phase === 'ready' && view === 'list' && <VendorList />}
      {phase === 'ready' && view === 'vendor' && <VendorHistory />}
      {phase === 'ready' && view === 'compare' && <CompareView />}
      {phase !== 'loading' && view === 'list' && <BackupPanel />}
    </main>
  );
}
