import type { ControlId } from '../../extractors/schema/index.ts';
import type { AttributeRule } from '../../lib/profiles/schema.ts';
import { attributeLabel, attributeOf, attributesOf, ruleKindsFor, RULE_KIND_LABEL, valueLabel, type RuleKind } from './attributes.ts';

type SimpleKind = Exclude<RuleKind, 'range' | 'oneOf'>;
const kindOf = (r: AttributeRule): SimpleKind => (r.min !== undefined ? 'min' : r.max !== undefined ? 'max' : r.includes !== undefined ? 'includes' : 'equals');
const valueOf = (r: AttributeRule) => r.min ?? r.max ?? r.includes ?? r.equals ?? '';

/** One attribute rule: the key (only this control's attributes), the kind that fits its type, the value. */
export function RuleEditor({ control, rule, onChange, onRemove }: { control: ControlId; rule: AttributeRule; onChange: (r: AttributeRule) => void; onRemove: () => void }) {
  const attr = attributeOf(control, rule.key) ?? attributesOf(control)[0]!;
  const kinds = ruleKindsFor(attr.type).filter((k): k is SimpleKind => k !== 'range' && k !== 'oneOf');
  const kind = kindOf(rule);
  const build = (k: SimpleKind, raw: string | number | boolean): AttributeRule => {
    const numeric = attr.type.kind === 'number' || (attr.type.kind === 'choice' && attr.type.ordered && k !== 'equals');
    const value = numeric ? Number(raw) : attr.type.kind === 'boolean' ? raw === true || raw === 'true' : raw;
    return k === 'min' ? { key: attr.key, min: Number(value) } : k === 'max' ? { key: attr.key, max: Number(value) } : k === 'includes' ? { key: attr.key, includes: String(value) } : { key: attr.key, equals: value as string | number | boolean };
  };
  const choices = attr.type.kind === 'choice' ? attr.type.values : attr.type.kind === 'list' && attr.type.item.kind === 'choice' ? attr.type.item.values : attr.type.kind === 'boolean' ? [true, false] : null;
  return (
    <div className="rule">
      <label>attribute{' '}
        <select value={attr.key} onChange={(e) => onChange({ key: e.target.value, ...defaultValue(control, e.target.value) })}>
          {attributesOf(control).map((a) => <option key={a.key} value={a.key}>{attributeLabel(a.key)}</option>)}
        </select>
      </label>{' '}
      <label>rule{' '}
        <select value={kind} onChange={(e) => onChange(build(e.target.value as SimpleKind, valueOf(rule)))}>
          {kinds.map((k) => <option key={k} value={k}>{RULE_KIND_LABEL[k]}</option>)}
        </select>
      </label>{' '}
      <label>value{' '}
        {choices ? (
          <select value={String(valueOf(rule))} onChange={(e) => onChange(build(kind, choices.find((c) => String(c) === e.target.value) ?? e.target.value))}>
            {choices.map((c) => <option key={String(c)} value={String(c)}>{valueLabel(c)}</option>)}
          </select>
        ) : (
          <input value={String(valueOf(rule))} inputMode={attr.type.kind === 'number' ? 'decimal' : 'text'} onChange={(e) => onChange(build(kind, e.target.value))} />
        )}
      </label>{' '}
      <button type="button" onClick={onRemove} aria-label={`Remove rule on ${attributeLabel(attr.key)}`}>×</button>
    </div>
  );
}

function defaultValue(control: ControlId, key: string): Omit<AttributeRule, 'key'> {
  const attr = attributeOf(control, key);
  if (!attr || attr.type.kind === 'number') return { min: 0 };
  if (attr.type.kind === 'boolean') return { equals: true };
  if (attr.type.kind === 'list') return { includes: attr.type.item.kind === 'choice' ? String(attr.type.item.values[0]) : '' };
  if (attr.type.kind === 'choice') return { equals: attr.type.values[0]! };
  return { equals: '' };
}
