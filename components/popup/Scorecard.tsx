import { useState } from 'react';
import { CONTROLS, type AuditReport, type ControlId } from '../../extractors/schema/index.ts';
import type { Profile } from '../../lib/profiles/schema.ts';
import { VERDICT_WORDS } from '../../lib/buyer-words.ts';
import { hedgesOf } from '../../lib/quotes.ts';
import { describeRequirement, evaluate, rankVerdicts, summarise, type Verdict, type VerdictValue } from '../../lib/verdicts.ts';
import { frameworksOf } from '../../extractors/schema/frameworks.ts';
import { formatAttributes, STATUS_LABEL, VERDICT_LABEL } from '../format.ts';
import { ProfileSwitcher } from './ProfileSwitcher.tsx';
import { Questions } from './Questions.tsx';
import { Quote } from './Quote.tsx';

/** What the toolbar badge counts, said where the counts are. */
export const BADGE_RULE = 'Toolbar badge: ✓ only when every requirement is met; otherwise the number failed (red) or, with none failed, the number not met (amber). Click a count to show only those rows.';

/** The counts, in the order the rows are ranked; each one filters the rows. */
const FILTER_ORDER: readonly VerdictValue[] = ['fail', 'partial', 'unknown', 'pass'];

/**
 * The requirements of the active profile, ranked: failed, partial, unknown,
 * then met (the profile's order within each), so what needs attention is on
 * the first screen. Met rows are folded away; a count shows only its rows.
 */
export function Scorecard({ report, profile }: { report: AuditReport; profile: Profile }) {
  const [filter, setFilter] = useState<VerdictValue | null>(null);
  const verdicts = rankVerdicts(evaluate(report, profile));
  const s = summarise(verdicts);
  const shown = filter ? verdicts.filter((v) => v.verdict === filter) : verdicts.filter((v) => v.verdict !== 'pass');
  const met = verdicts.filter((v) => v.verdict === 'pass');
  const toggle = (v: VerdictValue) => setFilter((f) => (f === v ? null : v));
  return (
    <section className="scorecard" aria-label={`Requirements of ${profile.name}`}>
      <ProfileSwitcher />
      <div className="summary" data-testid="summary" role="group" aria-label="Show only the requirements that are" title={BADGE_RULE}>
        {FILTER_ORDER.map((v, i) => (
          <span key={v}>
            {i > 0 && <span aria-hidden="true"> · </span>}
            <button type="button" className={`count v-${v}`} data-testid={`count-${v}`} aria-pressed={filter === v} disabled={s[v] === 0} onClick={() => toggle(v)}>
              {s[v]} {VERDICT_WORDS[v]}
            </button>
          </span>
        ))}
        {filter && <button type="button" className="link show-all" data-testid="show-all" onClick={() => setFilter(null)}>show all</button>}
      </div>
      {s.pass === verdicts.length && <p className="all-met v-pass" data-testid="all-met">Every requirement of {profile.name} is met.</p>}
      <ul className="rows" data-testid="ranked-rows">
        {shown.map((v) => <VerdictRow key={v.control} verdict={v} report={report} />)}
      </ul>
      {!filter && met.length > 0 && (
        <details className="fold" data-testid="met-rows">
          <summary>{met.length} requirement{met.length === 1 ? '' : 's'} met</summary>
          <ul className="rows">{met.map((v) => <VerdictRow key={v.control} verdict={v} report={report} />)}</ul>
        </details>
      )}
      <Questions report={report} profile={profile} />
    </section>
  );
}

function VerdictRow({ verdict, report }: { verdict: Verdict; report: AuditReport }) {
  const resolved = report.controls[verdict.control];
  const hedges = hedgesOf(report, verdict.control);
  return (
    <li data-control={verdict.control} data-verdict={verdict.verdict} data-status={resolved?.status ?? 'unknown'} className={`row row-${verdict.verdict}`}>
      <div className="row-head">
        <span className="control">{CONTROLS[verdict.control].label}</span>
        <span className={`verdict verdict-${verdict.verdict}`}>{VERDICT_LABEL[verdict.verdict]}</span>
      </div>
      <div className="reason">{verdict.reason}</div>
      {verdict.note && <div className="note small" role="note" data-testid="note">ⓘ {verdict.note}</div>}
      <div className="muted small">
        Required: {describeRequirement(verdict.requirement)} · Page says: {resolved ? <><span className={`status status-${resolved.status}`}>{STATUS_LABEL[resolved.status]}</span> <span className="attrs">{formatAttributes(resolved.attributes)}</span></> : 'nothing'}
      </div>
      {hedges.length > 0 && <div className="hedges small" role="note">⚠ Hedged: {hedges.join('; ')}</div>}
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
