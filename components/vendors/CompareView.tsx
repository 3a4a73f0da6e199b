import { compareVendors, type CompareFilter, type CompareVendor } from '../../lib/compare.ts';
import { comparisonCsv, comparisonWideCsv } from '../../lib/csv/comparison.ts';
import { csvFileName } from '../../lib/csv/filename.ts';
import { STATUS_LABEL, VERDICT_LABEL } from '../format.ts';
import { hedgesOf } from '../../lib/quotes.ts';
import { downloadText } from '../download.ts';
import { useVendors } from './store.ts';

const FILTERS: [CompareFilter, string][] = [['required', 'Requirements of the profile'], ['failures', 'Failures'], ['unknowns', 'Unknowns'], ['all', 'Everything claimed']];

/** Controls × vendors: status, key attributes and the verdict under the profile, with sticky headers for wide comparisons. */
export function CompareView() {
  const { rows, compare, compareFilter, profile, setCompareFilter, back } = useVendors();
  if (!profile) return null;
  const vendors: CompareVendor[] = compare
    .map((d) => rows.find((r) => r.entry.vendor.domain === d)?.entry)
    .filter((e) => e !== undefined)
    .map(({ vendor, latest }) => ({ domain: vendor.domain, name: vendor.name, report: latest.report, capturedAt: latest.capturedAt, url: latest.url }));
  const matrix = compareVendors(vendors, profile, compareFilter);
  const exportCsv = () => downloadText(csvFileName('comparison', `${vendors.length}-vendors`, new Date()), comparisonCsv(matrix, profile), 'text/csv;charset=utf-8');
  const exportWide = () => downloadText(csvFileName('comparison', `${vendors.length}-vendors-verdicts`, new Date()), comparisonWideCsv(matrix), 'text/csv;charset=utf-8');
  return (
    <section aria-label="Comparison" data-testid="compare">
      <button type="button" className="link" data-testid="back" onClick={back}>← All vendors</button>
      <div className="toolbar">
        <label>Show <select data-testid="compare-filter" value={compareFilter} onChange={(e) => setCompareFilter(e.target.value as CompareFilter)}>{FILTERS.map(([k, l]) => <option key={k} value={k}>{l}</option>)}</select></label>
        <button type="button" data-testid="compare-csv" title="One row per vendor and requirement, with the quotes" onClick={exportCsv}>Comparison CSV</button>
        <button type="button" className="secondary" data-testid="compare-wide-csv" title="One verdict column per vendor" onClick={exportWide}>Verdicts side by side (CSV)</button>
      </div>
      <div className="matrix-scroll">
        <table className="matrix" data-testid="matrix">
          <thead>
            <tr>
              <th scope="col" className="corner">Control</th>
              {matrix.vendors.map((v) => <th scope="col" key={v.domain} data-vendor={v.domain}>{v.name}<div className="muted small">{v.capturedAt?.slice(0, 10)}</div></th>)}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.control} data-control={row.control}>
                <th scope="row">{row.label}{row.required && <span className="tag">required</span>}</th>
                {row.cells.map((cell, i) => (
                  <td key={matrix.vendors[i]!.domain} data-vendor={matrix.vendors[i]!.domain} data-verdict={cell.verdict ?? 'none'} data-status={cell.status ?? 'unknown'} className={cell.verdict ? `cell cell-${cell.verdict}` : 'cell'} title={cell.evidence ?? cell.reason ?? ''}>
                    {cell.verdict && <div className={`verdict-${cell.verdict}`}>{VERDICT_LABEL[cell.verdict]}</div>}
                    <div>{cell.status ? STATUS_LABEL[cell.status] : <span className="muted">not mentioned</span>}</div>
                    {cell.attributes && <div className="muted small">{cell.attributes}</div>}
                    {cell.qualifiers.length > 0 && <div className="hedge small">⚠ {hedgesOf(matrix.vendors[i]!.report, row.control).join('; ')}</div>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {!matrix.rows.length && <p className="muted" data-testid="matrix-empty">Nothing to show under this filter.</p>}
      </div>
    </section>
  );
}
