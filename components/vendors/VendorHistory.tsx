import { ChangeList } from '../ChangeList.tsx';
import { checklistCsv } from '../../lib/csv/checklist.ts';
import { csvFileName } from '../../lib/csv/filename.ts';
import { downloadText } from '../download.ts';
import { localDateTime } from '../../lib/dates.ts';
import { VendorQuestions } from './VendorQuestions.tsx';
import { useVendors } from './store.ts';

/** In the buyer's time zone, named. */
const when = (iso: string) => localDateTime(iso);

/** One vendor's snapshots, newest first, and the diff of any two. */
export function VendorHistory() {
  const { vendor, history, diffPick, diff, profile, pickDiff, back } = useVendors();
  const latest = history.at(-1);
  if (!vendor || !latest) return null;
  const [older, newer] = diffPick;
  const options = [...history].reverse();
  const exportChecklist = () => {
    if (!profile) return;
    downloadText(csvFileName('checklist', latest.report.vendor.name ?? vendor, new Date()), checklistCsv({ report: latest.report, profile, sourceUrl: latest.url, capturedAt: latest.capturedAt }), 'text/csv;charset=utf-8');
  };
  return (
    <section aria-label={`History of ${vendor}`} data-testid="vendor-history">
      <button type="button" className="link" data-testid="back" onClick={back}>← All vendors</button>
      <h2>{latest.report.vendor.name ?? vendor} <span className="muted small">{vendor}</span></h2>
      <div className="toolbar">
        <button type="button" data-testid="history-checklist" onClick={exportChecklist}>Checklist CSV of the latest snapshot</button>
      </div>
      {profile && <VendorQuestions report={latest.report} profile={profile} />}
      <h3>Snapshots <span className="muted small">(newest first)</span></h3>
      {/* numbered as saved: the newest is the highest number */}
      <ol className="snapshots" data-testid="snapshots" reversed>
        {options.map((s, i) => (
          <li key={s.id} data-snapshot={s.id}>
            <strong>{when(s.capturedAt)}</strong>{i === 0 && <span className="tag">latest</span>} · {Object.keys(s.report.controls).length} controls · <a href={s.url} target="_blank" rel="noreferrer noopener">{s.url}</a>
          </li>
        ))}
      </ol>
      {history.length >= 2 ? (
        <>
          <h3>What changed</h3>
          <div className="toolbar">
            <label>From <select data-testid="diff-older" value={older ?? ''} onChange={(e) => pickDiff(e.target.value, newer)}>{options.map((s) => <option key={s.id} value={s.id}>{when(s.capturedAt)}</option>)}</select></label>
            <label>to <select data-testid="diff-newer" value={newer ?? ''} onChange={(e) => pickDiff(older, e.target.value)}>{options.map((s) => <option key={s.id} value={s.id}>{when(s.capturedAt)}</option>)}</select></label>
          </div>
          {diff === null ? <p className="muted">Pick two different snapshots.</p> : diff.length ? <ChangeList changes={diff} /> : <p className="muted" data-testid="no-changes">No change in what the page claims.</p>}
        </>
      ) : <p className="muted">One snapshot so far: save the page again after it changes to see a diff.</p>}
    </section>
  );
}
