import { useState } from 'react';
import { browser } from 'wxt/browser';
import { checklistCsv } from '../../lib/csv/checklist.ts';
import { csvFileName } from '../../lib/csv/filename.ts';
import { ChangeList } from '../ChangeList.tsx';
import { downloadText } from '../download.ts';
import { localDateTime } from '../../lib/dates.ts';
import { usePopup } from './store.ts';
import { useSnapshot } from './snapshot-store.ts';


/** When a snapshot was saved, in the buyer's time zone, named. */
const day = (iso: string) => localDateTime(iso);

/** Saved or not, changed since the last snapshot or not: the vendor library as seen from the popup. */
export function SnapshotBar() {
  const { phase, saved, changes, savedNow, autoSaved, error, save, key } = useSnapshot();
  const { report, info, profile } = usePopup();
  // a page audited anyway may not be the vendor's: saving it asks first
  const [confirming, setConfirming] = useState(false);
  if (!report || !info) return null;
  const lowConfidence = !report.recognition.isTrustPage;
  const askSave = () => (lowConfidence ? setConfirming(true) : void save());

  const exportChecklist = () => {
    if (!profile) return;
    const csv = checklistCsv({ report, profile, sourceUrl: info.url, capturedAt: savedNow?.capturedAt ?? saved?.capturedAt ?? null, auditedAt: new Date().toISOString() });
    downloadText(csvFileName('checklist', report.vendor.name ?? report.vendor.domain ?? 'vendor', new Date()), csv, 'text/csv;charset=utf-8');
  };
  const openLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL('/vendors.html') });

  return (
    <section className="snapshot" data-testid="snapshot" data-phase={phase} aria-live="polite">
      <div className="snapshot-head">
        {phase === 'checking' && <span className="muted">Checking the vendor library…</span>}
        {phase === 'unsaved' && <span>Not in your vendor library yet.</span>}
        {phase === 'current' && !savedNow && saved && <span data-testid="snapshot-status">Saved {day(saved.capturedAt)} · no change since</span>}
        {phase === 'current' && savedNow && <span data-testid="snapshot-status">{autoSaved ? 'Saved a new snapshot by itself' : 'Snapshot saved'} {day(savedNow.capturedAt)}</span>}
        {phase === 'changed' && saved && <strong data-testid="snapshot-status">Changed since {day(saved.capturedAt)}</strong>}
        {phase === 'saving' && <span className="muted">Saving…</span>}
        {phase === 'error' && <span role="alert" className="v-fail" data-testid="snapshot-error">{error}</span>}
        <span className="snapshot-actions">
          {(phase === 'unsaved' || phase === 'changed') && (
            <button type="button" className="button" data-testid="save-vendor" onClick={askSave}>{phase === 'unsaved' ? 'Save vendor' : 'Save new snapshot'}</button>
          )}
          <button type="button" className="link" data-testid="export-checklist" onClick={exportChecklist}>Checklist CSV</button>
          <button type="button" className="link" data-testid="open-library" onClick={openLibrary}>Vendor library</button>
        </span>
      </div>
      {key && <div className="muted small" data-testid="vendor-key" title="Snapshots of this page are filed under this vendor">Vendor: {key}</div>}
      {confirming && (phase === 'unsaved' || phase === 'changed') && (
        <div className="confirm" role="alertdialog" aria-labelledby="confirm-save" data-testid="confirm-save">
          <p id="confirm-save">This page may not be a vendor’s own trust page. Save it in your vendor library anyway?</p>
          <button type="button" className="button" data-testid="confirm-save-yes" autoFocus onClick={() => { setConfirming(false); void save(); }}>Save anyway</button>{' '}
          <button type="button" className="button secondary" data-testid="confirm-save-no" onClick={() => setConfirming(false)}>Cancel</button>
        </div>
      )}
      {changes.length > 0 && <ChangeList changes={changes} />}
    </section>
  );
}
