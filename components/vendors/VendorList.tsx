import { ageOf, plural } from '../../lib/dates.ts';
import { useVendors, visibleRows, type SortKey } from './store.ts';

const SORTS: [SortKey, string][] = [['captured', 'Last captured'], ['name', 'Name'], ['failures', 'Most failures'], ['regressions', 'Most regressions']];
const MAX_COMPARE = 20;

/** Every saved vendor: name, domain, last capture and its age, verdicts under the profile, regressions since the snapshot before. */
export function VendorList() {
  const { rows, query, sort, compare, setQuery, setSort, openVendor, deleteVendor, toggleCompare, showCompare } = useVendors();
  const shown = visibleRows(rows, query, sort);
  const now = new Date();
  if (!rows.length) {
    return <p className="empty" data-testid="vendors-empty">No vendor saved yet. Open a vendor’s trust page, click the Vetter icon and choose <strong>Save vendor</strong>.</p>;
  }
  return (
    <section aria-label="Saved vendors">
      <div className="toolbar">
         <input type="search" placeholder="Search name or domain" aria-label="Search vendors" size={28} data-testid="vendor-search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label>Sort <select data-testid="vendor-sort" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>{SORTS.map(([k, l]) => <option key={k} value={k}>{l}</option>)}</select></label>
        <button type="button" data-testid="compare-selected" disabled={compare.length < 2} onClick={showCompare}>Compare {compare.length || ''} selected</button>
      </div>
      <table className="vendor-table" data-testid="vendor-table">
        <thead>
          <tr><th scope="col"><span className="sr-only">Compare</span></th><th scope="col">Vendor</th><th scope="col">Last captured</th><th scope="col">Snapshots</th><th scope="col">Verdicts</th><th scope="col">Regressions</th><th scope="col"><span className="sr-only">Actions</span></th></tr>
        </thead>
        <tbody>
          {shown.map(({ entry, summary, regressions }) => {
            const { vendor, latest } = entry;
            return (
              <tr key={vendor.domain} data-vendor={vendor.domain}>
                <td><input type="checkbox" aria-label={`Compare ${vendor.name}`} data-testid="compare-pick" checked={compare.includes(vendor.domain)} disabled={!compare.includes(vendor.domain) && compare.length >= MAX_COMPARE} onChange={() => toggleCompare(vendor.domain)} /></td>
                <td>
                  <button type="button" className="link vendor-name" data-testid="open-vendor" onClick={() => void openVendor(vendor.domain)}>{vendor.name}</button>
                  <div className="muted small">{vendor.domain}</div>
                </td>
                <td>{latest.capturedAt.slice(0, 10)} <span className="muted small">({ageOf(latest.capturedAt.slice(0, 10), now)})</span></td>
                <td data-testid="snapshot-count">{vendor.snapshotCount}</td>
                <td className="summary"><span className="v-pass">{summary.pass} met</span> · <span className="v-fail">{summary.fail} failed</span> · <span className="v-partial">{summary.partial} partial</span> · <span className="v-unknown">{summary.unknown} unknown</span></td>
                <td data-testid="regressions" className={regressions ? 'v-fail' : 'muted'}>{regressions}</td>
                <td><button type="button" className="link danger" data-testid="delete-vendor" onClick={() => { if (window.confirm(`Delete ${vendor.name} and its ${plural(vendor.snapshotCount, 'snapshot')}? You can undo right after.`)) void deleteVendor(vendor.domain); }}>Delete</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!shown.length && <p className="muted">No vendor matches “{query}”.</p>}
    </section>
  );
}
