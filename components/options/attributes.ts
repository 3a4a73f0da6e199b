import { z } from '../../extractors/schema/zod.ts';
import { CONTROLS, type ControlId } from '../../extractors/schema/index.ts';

/**
 * What the options page needs to know of a control's attributes: the keys a
 * rule may name, and per key the rule kinds and value inputs that fit its zod
 * type (number → at least / at most; list → includes; a closed set of values or
 * a boolean → equals / one of).
 */
export type AttributeType =
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'text' }
  /** a closed set of values (enum or literal union); `ordered` when every value reads as a number ("1.2", 2) */
  | { kind: 'choice'; values: (string | number)[]; ordered: boolean }
  | { kind: 'list'; item: AttributeType };

export type RuleKind = 'min' | 'max' | 'range' | 'equals' | 'oneOf' | 'includes';

export const RULE_KIND_LABEL: Record<RuleKind, string> = {
  min: 'at least',
  max: 'at most',
  range: 'between',
  equals: 'equals',
  oneOf: 'one of',
  includes: 'includes',
};

const isNumeric = (v: string | number) => typeof v === 'number' || /^\d+(\.\d+)?$/.test(v);

function choice(values: readonly unknown[]): AttributeType {
  if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return { kind: 'boolean' };
  const kept = values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
  return { kind: 'choice', values: kept, ordered: kept.length > 0 && kept.every(isNumeric) };
}

/** The attribute type of one zod schema (unknown shapes are treated as free text). */
export function attributeType(schema: z.ZodType): AttributeType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return attributeType(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodNumber) return { kind: 'number' };
  if (schema instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (schema instanceof z.ZodEnum) return choice(schema.options);
  if (schema instanceof z.ZodLiteral) return choice([...schema.values]);
  if (schema instanceof z.ZodArray) return { kind: 'list', item: attributeType(schema.element as z.ZodType) };
  if (schema instanceof z.ZodUnion) {
    const parts = (schema.options as readonly z.ZodType[]).map(attributeType);
    if (parts.every((p) => p.kind === 'boolean')) return { kind: 'boolean' };
    if (parts.every((p) => p.kind === 'choice')) return choice(parts.flatMap((p) => (p.kind === 'choice' ? p.values : [])));
    if (parts.every((p) => p.kind === 'number')) return { kind: 'number' };
  }
  return { kind: 'text' };
}

export interface AttributeInfo {
  key: string;
  type: AttributeType;
}

/** The attributes of a control, in catalog order. */
export function attributesOf(control: ControlId): AttributeInfo[] {
  const shape = CONTROLS[control].attributes as Record<string, z.ZodType>;
  return Object.entries(shape).map(([key, schema]) => ({ key, type: attributeType(schema) }));
}

export function attributeOf(control: ControlId, key: string): AttributeInfo | undefined {
  return attributesOf(control).find((a) => a.key === key);
}

/** The rule kinds that fit an attribute type, the usual one first. */
export function ruleKindsFor(type: AttributeType): RuleKind[] {
  switch (type.kind) {
    case 'number': return ['min', 'max', 'range'];
    case 'boolean': return ['equals'];
    case 'text': return ['equals', 'oneOf'];
    case 'choice': return type.ordered ? ['equals', 'oneOf', 'min', 'max', 'range'] : ['equals', 'oneOf'];
    case 'list': return ['includes'];
  }
}

/** A readable attribute name: "retention_days" → "retention (days)". */
export function attributeLabel(key: string): string {
  const unit = /_(days|hours|minutes|business_days)$/.exec(key);
  const words = (unit ? key.slice(0, unit.index) : key).replaceAll('_', ' ');
  if (key === 'hours') return 'hours';
  return unit ? `${words} (${unit[1]!.replaceAll('_', ' ')})` : words;
}

/** The text a value of a choice or boolean is shown as. */
export const valueLabel = (v: string | number | boolean) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));
