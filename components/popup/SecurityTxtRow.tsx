import { importantFindings } from '../../lib/security-txt/read.ts';
import { usePopup } from './store.ts';

const HEADLINE = {
  found: 'security.txt found and valid',
  invalid: 'security.txt found but not valid',
  missing: 'No security.txt',
  unreachable: 'security.txt could not be read',
} as const;

/** The vendor's /.well-known/security.txt as its own row: found, missing or invalid, with the reasons. */
export function SecurityTxtRow() {
  const check = usePopup((s) => s.securityTxt);
  if (check === null) return null;
  if (check === undefined) return <section className="sectxt" data-testid="security-txt" data-status="checking"><span className="muted">Reading security.txt…</span></section>;
  const findings = importantFindings(check);
  const result = check.result;
  return (
    <section className={`sectxt sectxt-${check.status}`} data-testid="security-txt" data-status={check.status} aria-label="security.txt">
      <div className="row-head">
        <span className="control">{HEADLINE[check.status]}{result?.signed ? ' · signed' : ''}</span>
        <a href={check.url} target="_blank" rel="noreferrer noopener" className="muted small">{new URL(check.url).pathname}</a>
      </div>
      {check.note && <div className="muted">{check.note}</div>}
      {result && result.fields.contact.length > 0 && <div>Contact: <span className="attrs">{result.fields.contact.join(', ')}</span></div>}
      {result?.fields.expires && <div>Expires: <span className="attrs">{result.fields.expires}</span></div>}
      {findings.length > 0 && (
        <ul className="sectxt-findings" data-testid="security-txt-findings">
          {findings.map((f, i) => <li key={i} data-severity={f.severity} data-code={f.code} className={f.severity === 'error' ? 'v-fail' : 'v-partial'}>{f.message}</li>)}
        </ul>
      )}
    </section>
  );
}
