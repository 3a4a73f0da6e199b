import { CONTROLS, FAMILIES, type AuditReport, type ControlId, type Family } from '../../extractors/schema/index.ts';
import { Quote } from './Quote.tsx';
import { formatAttributes, STATUS_LABEL } from '../format.ts';
import { Frameworks } from './Scorecard.tsx';
import { hedgesOf } from '../../lib/quotes.ts';

/** Everything else the page claims (not already a requirement row), grouped by family; every row with the quote it came from. */
export function ClaimList({ report, exclude = new Set() }: { report: AuditReport; exclude?: ReadonlySet<ControlId> }) {
  const all = Object.keys(report.controls) as ControlId[];
  if (!all.length) return <p className="muted" data-testid="no-claims">No security claims found on this page.</p>;
  const ids = all.filter((id) => !exclude.has(id));
  if (!ids.length) return null;
  const byFamily = new Map<Family, ControlId[]>();
  for (const id of ids) byFamily.set(CONTROLS[id].family, [...(byFamily.get(CONTROLS[id].family) ?? []), id]);
  return (
    <details className="claims fold" aria-label="Everything else the page claims" data-testid="other-claims">
      <summary className="section-title">Everything else the page claims ({ids.length})</summary>
      {[...byFamily].map(([family, list]) => (
        <div key={family}>
          <h2>{FAMILIES[family]}</h2>
          <ul>
            {list.map((id) => {
              const resolved = report.controls[id]!;
              const quote = report.claims.find((c) => c.control === id && c.status === resolved.status)?.evidence[0];
              return (
                <li key={id} data-claim={id} data-status={resolved.status}>
                  <span className="control">{CONTROLS[id].label}</span>{' '}
                  <span className={`status status-${resolved.status}`}>{STATUS_LABEL[resolved.status]}</span>{' '}
                  <span className="attrs">{formatAttributes(resolved.attributes)}</span>
                  {resolved.qualifiers.length > 0 && <span className="hedges"> ⚠ {hedgesOf(report, id).join('; ')}</span>}
                  {quote && <Quote text={quote} />}
                  <Frameworks control={id} />
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </details>
  );
}
