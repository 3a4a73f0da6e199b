import { CONTROLS, type AuditReport, type ControlId } from '../../extractors/schema/index.ts';
import type { Profile } from '../../lib/profiles/schema.ts';
import { describeRequirement, evaluate, summarise, type Verdict } from '../../lib/verdicts.ts';
import { frameworksOf } from '../../extractors/schema/frameworks.ts';
import { formatAttributes, STATUS_LABEL, VERDICT_LABEL } from '../format.ts';
import { ProfileSwitcher } from './ProfileSwitcher.tsx';
import { Quote } from './Quote.tsx';

/** The requirements of the active profile, one row each: what was required, what the page says, the verdict and the quote. */
export function Scorecard({ report, profile }: { report: AuditReport; profile: Profile }) {
  const verdicts = evaluate(report, profile);
  const s = summarise(verdicts);
  return (
    <section className="scorecard" aria-label={`Requirements of ${profile.name}`}>
      <ProfileSwitcher />
      <div className="summary" data-testid="summary" aria-live="polite">
        <span className="v-pass">{s.pass} met</span> · <span className="v-fail">{s.fail} failed</span> · <span className="v-partial">{s.partial} partial</span> · <span className="v-unknown">{s.unknown} unknown</span>
      </div>
      <ul>
        {verdicts.map((v) => <VerdictRow key={v.control} verdict={v} report={report} />)}
      </ul>
    </section>
  );
}

function VerdictRow({ verdict, report }: { verdict: Verdict; report: AuditReport }) {
  const resolved = report.controls[verdict.control];
  const hedges = resolved?.qualifiers ?? [];
  return (
    <li data-control={verdict.control} data-verdict={verdict.verdict} data-status={resolved?.status ?? 'unknown'} className={`row row-${verdict.verdict}`}>
      <div className="row-head">
        <span className="control">{CONTROLS[verdict.control].label}</span>
        <span className={`verdict verdict-${verdict.verdict}`}>{VERDICT_LABEL[verdict.verdict]}</span>
      </div>
      <div className="muted">Required: {describeRequirement(verdict.requirement)}</div>
      <div>
        Page says: {resolved ? <><span className={`status status-${resolved.status}`}>{STATUS_LABEL[resolved.status]}</span> <span className="attrs">{formatAttributes(resolved.attributes)}</span></> : <span className="muted">nothing</span>}
      </div>
      {hedges.length > 0 && <div className="hedges" role="note">⚠ Hedged: {hedges.join(', ').replaceAll('_', ' ')}</div>}
      <div className="reason">{verdict.reason}</div>
      {verdict.evidence && <Quote text={verdict.evidence} />}
      <Frameworks control={verdict.control} />
    </li>
  );
}

/** The public frameworks this control serves: MVSP v3.0 and CSA CCM v4. */
export function Frameworks({ control }: { control: ControlId }) {
  const { mvsp, ccm } = frameworksOf(control);
  return (
    <div className="muted small frameworks" data-testid="frameworks">
      {mvsp.length > 0 && <span title={mvsp.map((m) => `MVSP ${m.id} ${m.name}`).join('; ')}>MVSP {mvsp.map((m) => m.id).join(', ')}</span>}
      {mvsp.length > 0 && ' · '}
      <span title={ccm.map((c) => `${c.id}: ${c.name}`).join('; ')}>CCM {ccm.map((c) => c.id).join(', ')}</span>
    </div>
  );
}
