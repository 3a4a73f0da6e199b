import { CONTROLS, type ControlId, type Status } from '../../extractors/schema/index.ts';
import type { AttributeRule, Profile } from '../../lib/profiles/schema.ts';
import { attributeOf, attributesOf, ruleKindsFor, type AttributeType, type RuleKind } from './attributes.ts';

/**
 * A profile as the editor holds it: the inputs' text, not yet typed or
 * validated. `toCandidate` turns it back into a plain object for
 * ProfileSchema to judge, so an invalid edit never reaches storage.
 */
export interface DraftRule {
  uid: number;
  key: string;
  kind: RuleKind;
  /** min, max, equals, includes, or the comma-separated list of a free-text "one of" */
  value: string;
  /** the upper bound of a range */
  value2: string;
  /** the ticked values of a closed-set "one of" */
  values: string[];
}

export interface DraftRequirement {
  uid: number;
  control: ControlId;
  status: Status;
  rules: DraftRule[];
  /** SOC 2, ISO 27001, PCI DSS: a report shared on request / under NDA does not meet it */
  publicReport?: boolean;
}

export interface Draft {
  id: string;
  name: string;
  description: string;
  requirements: DraftRequirement[];
}

let nextUid = 1;
const uid = () => nextUid++;

const str = (v: unknown) => (v === undefined ? '' : String(v));

function ruleToDraft(rule: AttributeRule): DraftRule {
  const base = { uid: uid(), key: rule.key, value: '', value2: '', values: [] as string[] };
  if (rule.min !== undefined && rule.max !== undefined) return { ...base, kind: 'range', value: str(rule.min), value2: str(rule.max) };
  if (rule.min !== undefined) return { ...base, kind: 'min', value: str(rule.min) };
  if (rule.max !== undefined) return { ...base, kind: 'max', value: str(rule.max) };
  if (rule.includes !== undefined) return { ...base, kind: 'includes', value: rule.includes };
  if (rule.oneOf !== undefined) return { ...base, kind: 'oneOf', value: rule.oneOf.join(', '), values: rule.oneOf.map(String) };
  return { ...base, kind: 'equals', value: str(rule.equals) };
}

export function toDraft(profile: Profile): Draft {
  return {
    id: profile.id,
    name: profile.name,
    description: profile.description ?? '',
    requirements: profile.requirements.map((r) => ({ uid: uid(), control: r.control, status: r.status, rules: r.rules.map(ruleToDraft), ...(r.publicReport !== undefined ? { publicReport: r.publicReport } : {}) })),
  };
}

const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

/** The typed value of one input for an attribute: 2 for SOC 2 report type "2", true for "true". */
function typed(s: string, type: AttributeType | undefined): string | number | boolean | undefined {
  if (s.trim() === '') return undefined;
  switch (type?.kind) {
    case 'boolean': return s === 'true' ? true : s === 'false' ? false : s;
    case 'number': return Number(s);
    case 'choice': return type.values.find((v) => String(v) === s) ?? s;
    default: return s.trim();
  }
}

function ruleToCandidate(rule: DraftRule, control: ControlId): Record<string, unknown> {
  const type = attributeOf(control, rule.key)?.type;
  const out: Record<string, unknown> = { key: rule.key };
  switch (rule.kind) {
    case 'min': out.min = num(rule.value); break;
    case 'max': out.max = num(rule.value); break;
    case 'range': out.min = num(rule.value); out.max = num(rule.value2); break;
    case 'includes': out.includes = rule.value.trim() || undefined; break;
    case 'equals': out.equals = typed(rule.value, type); break;
    case 'oneOf': {
      const raw = type?.kind === 'choice' ? rule.values : rule.value.split(',');
      out.oneOf = raw.map((v) => typed(v, type)).filter((v) => v !== undefined);
      break;
    }
  }
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/** The draft as a plain object for ProfileSchema (not yet validated). */
export function toCandidate(draft: Draft): unknown {
  return {
    id: draft.id,
    name: draft.name,
    ...(draft.description.trim() ? { description: draft.description } : {}),
    requirements: draft.requirements.map((r) => ({ control: r.control, status: r.status, rules: r.rules.map((rule) => ruleToCandidate(rule, r.control)), ...(r.publicReport !== undefined ? { publicReport: r.publicReport } : {}) })),
  };
}

/** A rule's inputs set to fit a kind: the first choice pre-selected where the input is a select. */
function resetValues(rule: DraftRule, kind: RuleKind, type: AttributeType | undefined): DraftRule {
  const first = type?.kind === 'boolean' ? 'true' : type?.kind === 'choice' ? str(type.values[0]) : type?.kind === 'list' && type.item.kind === 'choice' ? str(type.item.values[0]) : '';
  const usesSelect = kind === 'equals' || kind === 'includes' || (type?.kind === 'choice' && kind !== 'oneOf');
  return { ...rule, kind, value: usesSelect ? first : '', value2: kind === 'range' && type?.kind === 'choice' ? first : '', values: [] };
}

/** A new rule on the first attribute of the control no rule names yet (or null: the control has no attributes). */
export function newRule(control: ControlId, existing: readonly DraftRule[]): DraftRule | null {
  const attrs = attributesOf(control);
  const attr = attrs.find((a) => !existing.some((r) => r.key === a.key)) ?? attrs[0];
  if (!attr) return null;
  const kind = ruleKindsFor(attr.type)[0]!;
  return resetValues({ uid: uid(), key: attr.key, kind, value: '', value2: '', values: [] }, kind, attr.type);
}

export function withRuleKey(rule: DraftRule, control: ControlId, key: string): DraftRule {
  const type = attributeOf(control, key)?.type;
  const kinds = type ? ruleKindsFor(type) : [rule.kind];
  const kind = kinds.includes(rule.kind) ? rule.kind : kinds[0]!;
  return resetValues({ ...rule, key }, kind, type);
}

export function withRuleKind(rule: DraftRule, control: ControlId, kind: RuleKind): DraftRule {
  const type = attributeOf(control, rule.key)?.type;
  // keep a typed number when switching between at least / at most / between
  const numeric = (k: RuleKind) => k === 'min' || k === 'max' || k === 'range';
  if (numeric(kind) && numeric(rule.kind)) return { ...rule, kind, value2: kind === 'range' ? rule.value2 : '' };
  return resetValues(rule, kind, type);
}

export function newRequirement(control: ControlId): DraftRequirement {
  return { uid: uid(), control, status: 'implemented', rules: [] };
}

export const controlLabel = (control: ControlId) => CONTROLS[control].label;

/** A free profile id made from `base`: lower-case letters, digits and dashes, at most 41 characters. */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  const slug = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 34).replace(/-+$/, '') || 'profile';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const id = `${slug}-${n}`;
    if (!taken.has(id)) return id;
  }
}
