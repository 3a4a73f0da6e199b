import { useId } from 'react';
import type { ControlId } from '../../extractors/schema/index.ts';
import { attributeLabel, attributeOf, attributesOf, ruleKindsFor, RULE_KIND_LABEL, type RuleKind } from './attributes.ts';
import { withRuleKey, withRuleKind, type DraftRule } from './draft.ts';
import { RuleValue } from './RuleValue.tsx';
import { useOptions } from './store.ts';

interface Props {
  control: ControlId;
  rule: DraftRule;
  onChange: (rule: DraftRule) => void;
  onRemove: () => void;
}

/** One attribute rule: which attribute (only the control's own), which condition (fitting its type), the value. */
export function RuleEditor({ control, rule, onChange, onRemove }: Props) {
  const error = useOptions((s) => s.fieldErrors.find((f) => f.field === 'rule' && f.ruleUid === rule.uid));
  const errorId = useId();
  const keyId = useId();
  const kindId = useId();
  const attributes = attributesOf(control);
  const attribute = attributeOf(control, rule.key);
  const kinds = attribute ? ruleKindsFor(attribute.type) : [];
  if (!kinds.includes(rule.kind)) kinds.push(rule.kind); // an imported rule of another kind stays visible
  const label = attributeLabel(rule.key);

  return (
    <li className="rule" data-testid="rule" data-key={rule.key} data-kind={rule.kind}>
      <div className="field">
        <label htmlFor={keyId}>Attribute</label>
        <select id={keyId} value={rule.key} onChange={(e) => onChange(withRuleKey(rule, control, e.target.value))}>
          {!attribute && <option value={rule.key}>{label} (not an attribute of this control)</option>}
          {attributes.map((a) => <option key={a.key} value={a.key}>{attributeLabel(a.key)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={kindId}>Condition</label>
        <select id={kindId} value={rule.kind} onChange={(e) => onChange(withRuleKind(rule, control, e.target.value as RuleKind))}>
          {kinds.map((k) => <option key={k} value={k}>{RULE_KIND_LABEL[k]}</option>)}
        </select>
      </div>
      <RuleValue rule={rule} type={attribute?.type} attributeName={label} onChange={onChange} {...(error ? { errorId } : {})} />
      <button type="button" className="secondary danger" aria-label={`Remove rule on ${label}`} onClick={onRemove}>Remove rule</button>
      {error && <p id={errorId} className="field-error rule-error" data-testid="field-error">{error.message}</p>}
    </li>
  );
}
