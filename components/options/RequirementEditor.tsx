import { useId } from 'react';
import { CONTROLS, FAMILIES, type Status } from '../../extractors/schema/index.ts';
import { STATUS_LABEL } from '../format.ts';
import { ATTESTATION_REPORTS } from '../../lib/verdicts.ts';
import { attributesOf } from './attributes.ts';
import { newRule, type DraftRequirement, type DraftRule } from './draft.ts';
import { useOptions } from './store.ts';
import { RuleEditor } from './RuleEditor.tsx';

/** The statuses a requirement may ask for, each meaning "this or stronger". */
const REQUIRED_STATUSES: readonly Status[] = ['implemented', 'in_progress', 'planned'];
const STATUS_CHOICE: Partial<Record<Status, string>> = {
  implemented: 'in place',
  in_progress: 'in progress or better',
  planned: 'planned or better',
};

/** One requirement: the control, its required status, its attribute rules, and Remove. */
export function RequirementEditor({ requirement }: { requirement: DraftRequirement }) {
  const edit = useOptions((s) => s.edit);
  const statusId = useId();
  const control = CONTROLS[requirement.control];
  const attributes = attributesOf(requirement.control);
  const statuses = REQUIRED_STATUSES.includes(requirement.status) ? REQUIRED_STATUSES : [...REQUIRED_STATUSES, requirement.status];

  const update = (recipe: (r: DraftRequirement) => DraftRequirement) =>
    edit((d) => ({ ...d, requirements: d.requirements.map((r) => (r.uid === requirement.uid ? recipe(r) : r)) }));
  const remove = () => edit((d) => ({ ...d, requirements: d.requirements.filter((r) => r.uid !== requirement.uid) }));
  const addRule = () => update((r) => {
    const rule = newRule(r.control, r.rules);
    return rule ? { ...r, rules: [...r.rules, rule] } : r;
  });
  const setRule = (rule: DraftRule) => update((r) => ({ ...r, rules: r.rules.map((x) => (x.uid === rule.uid ? rule : x)) }));
  const removeRule = (uid: number) => update((r) => ({ ...r, rules: r.rules.filter((x) => x.uid !== uid) }));

  return (
    <li className="requirement" data-testid="requirement" data-control={requirement.control}>
      <div className="requirement-head">
        <div>
          <span className="control">{control.label}</span>{' '}
          <span className="muted">· {FAMILIES[control.family]}</span>
          <div className="muted small">{control.description}</div>
        </div>
        <button type="button" className="secondary danger" aria-label={`Remove requirement ${control.label}`} onClick={remove}>Remove</button>
      </div>
      <div className="field inline">
        <label htmlFor={statusId}>Required status</label>
        <select id={statusId} value={requirement.status} onChange={(e) => { const status = e.target.value as Status; update((r) => ({ ...r, status })); }}>
          {statuses.map((s) => <option key={s} value={s}>{STATUS_CHOICE[s] ?? STATUS_LABEL[s]}</option>)}
        </select>
      </div>
      {ATTESTATION_REPORTS.has(requirement.control) && (
        <label className="check">
          <input type="checkbox" data-testid="public-report" checked={requirement.publicReport === true} onChange={(e) => { const publicReport = e.target.checked; update((r) => ({ ...r, publicReport })); }} />
          {' '}The report must be public (one shared on request or under NDA counts as partial)
        </label>
      )}
      {requirement.rules.length > 0 && (
        <ul className="rules" aria-label={`Rules on ${control.label}`}>
          {requirement.rules.map((rule) => (
            <RuleEditor key={rule.uid} control={requirement.control} rule={rule} onChange={setRule} onRemove={() => removeRule(rule.uid)} />
          ))}
        </ul>
      )}
      {attributes.length > 0 ? (
        <button type="button" className="secondary" aria-label={`Add a rule on ${control.label}`} onClick={addRule}>Add rule</button>
      ) : (
        <p className="muted small">{control.label} has no attributes to set rules on.</p>
      )}
    </li>
  );
}
