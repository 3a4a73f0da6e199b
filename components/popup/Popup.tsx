import { lazy, Suspense, useEffect } from 'react';
import { usePopup } from './store.ts';
import { PageHeader } from './PageHeader.tsx';
import { ClaimList } from './ClaimList.tsx';
import { Scorecard } from './Scorecard.tsx';
import { SecurityTxtRow } from './SecurityTxtRow.tsx';

export const PAINTED_MARK = 'vetter-scorecard-painted';

/** The vendor-library bar and its dependencies load after the scorecard has painted. */
const SnapshotBar = lazy(() => import('./SnapshotBar.tsx').then((m) => ({ default: m.SnapshotBar })));

export function Popup() {
  const { phase, info, report, profile, load, auditAnyway } = usePopup();
  useEffect(() => { void load(window.location.search); }, [load]);
  // a mark the popup benchmark reads: popup opened → scorecard painted
  useEffect(() => {
    if (phase === 'ready') requestAnimationFrame(() => performance.mark(PAINTED_MARK));
  }, [phase]);

  if (phase === 'loading') return <main className="popup" aria-busy="true"><p className="muted">Reading the page…</p></main>;
  if (phase === 'unreachable' || !info) {
    return (
      <main className="popup" data-state="unreachable">
        <h1>Vetter can’t read this tab</h1>
        <p>Browser pages and the extension store are off limits. If the page was open before Vetter was installed, reload it.</p>
      </main>
    );
  }
  const required = new Set(profile?.requirements.map((r) => r.control) ?? []);
  return (
    <main className="popup" data-state={report ? 'report' : 'not-trust-page'}>
      <PageHeader info={info} report={report} />
      {report ? (
        <>
          {!report.recognition.isTrustPage && (
            <p className="low-confidence" role="alert" data-testid="low-confidence">
              <strong>This page may not be a vendor’s own trust page.</strong> You asked Vetter to audit it anyway: it may be a glossary, a blog post or someone else’s advice, so its claims may not be the vendor’s.
            </p>
          )}
          <Suspense fallback={null}><SnapshotBar /></Suspense>
          {profile && <Scorecard report={report} profile={profile} />}
          <SecurityTxtRow />
          <ClaimList report={report} exclude={required} />
        </>
      ) : (
        <section className="not-trust" aria-live="polite">
          <p><strong>This doesn’t look like a vendor trust page.</strong> Vetter audits a vendor’s own Security, Trust Center or Security posture page.</p>
          <button type="button" onClick={() => void auditAnyway()}>Audit anyway</button>
        </section>
      )}
    </main>
  );
}
