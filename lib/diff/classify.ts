import type { AuditReport, Status } from '../../extractors/schema/index.ts';
import type { AttributeRule, Profile, Requirement } from '../profiles/schema.ts';
import { checkRule, countedHedges } from '../verdicts.ts';
import { FREQUENCY_ORDER, HIGHER_IS_BETTER, LOWER_IS_BETTER, strength, TRUE_IS_BETTER } from './better.ts';
import type { RawChange } from './changes.ts';

/**
 * Regression, improvement or neutral, judged against the active profile where
 * it has a rule, and by which way is better (better.ts) where it has none.
 */
export type Classification = 'regression' | 'improvement' | 'neutral';
export type Direction = 'up' | 'down';

const asNumber = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : null);

export function directionOf(before: unknown, after: unknown): Direction | undefined {
  const a = asNumber(before);
  const b = asNumber(after);
  if (a !== null && b !== null && a !== b) return b > a ? 'up' : 'down';
  const fa = FREQUENCY_ORDER.indexOf(String(before));
  const fb = FREQUENCY_ORDER.indexOf(String(after));
  // more often is "up"
  if (fa >= 0 && fb >= 0 && fa !== fb) return fb < fa ? 'up' : 'down';
  return undefined;
}

const MET_RANK = { met: 2, missing: 1, broken: 0 } as const;

/** Judged by the profile's rule on this attribute, when it has one. */
function byRule(rule: AttributeRule, before: Record<string, unknown>, after: Record<string, unknown>, direction: Direction | undefined): Classification {
  const was = MET_RANK[checkRule(rule, before)];
  const now = MET_RANK[checkRule(rule, after)];
  if (now !== was) return now > was ? 'improvement' : 'regression';
  // same side of the rule: moving towards or away from its bound still counts
  if (direction && rule.min !== undefined) return direction === 'up' ? 'improvement' : 'regression';
  if (direction && rule.max !== undefined) return direction === 'down' ? 'improvement' : 'regression';
  return 'neutral';
}

/** Judged by which way is better, when no rule speaks. */
function byNature(key: string, before: unknown, after: unknown, direction: Direction | undefined): Classification {
  if (before === null || after === null || before === undefined || after === undefined) return 'neutral';
  if (direction && (HIGHER_IS_BETTER.has(key) || FREQUENCY_ORDER.includes(String(after)))) return direction === 'up' ? 'improvement' : 'regression';
  if (direction && LOWER_IS_BETTER.has(key)) return direction === 'down' ? 'improvement' : 'regression';
  if (typeof before === 'boolean' && typeof after === 'boolean' && TRUE_IS_BETTER.has(key)) return after ? 'improvement' : 'regression';
  return 'neutral';
}

export function classify(change: RawChange, requirement: Requirement | undefined, older: AuditReport, newer: AuditReport): { classification: Classification; direction?: Direction } {
  const required = requirement !== undefined;
  switch (change.kind) {
    case 'status':
      return { classification: strength(change.after as Status) > strength(change.before as Status) ? 'improvement' : 'regression' };
    case 'added':
      if (!required) return { classification: 'neutral' };
      return { classification: change.after === 'denied' ? 'regression' : 'improvement' };
    case 'removed':
      // a requirement the page no longer speaks of is unknown now
      return { classification: required ? 'regression' : 'neutral' };
    case 'qualifier-added':
    case 'qualifier-removed': {
      // an attestation report that turns "on request / under NDA" is how vendors share them, not a regression
      const counts = requirement !== undefined && countedHedges(requirement, [change.qualifier!]).length > 0;
      if (!counts) return { classification: 'neutral' };
      return { classification: change.kind === 'qualifier-added' ? 'regression' : 'improvement' };
    }
    case 'evidence':
      return { classification: 'neutral' };
    case 'attribute': {
      const key = change.attribute!;
      const direction = directionOf(change.before, change.after);
      const rule = requirement?.rules.find((r) => r.key === key);
      const classification = rule
        ? byRule(rule, older.controls[change.control]?.attributes ?? {}, newer.controls[change.control]?.attributes ?? {}, direction)
        : byNature(key, change.before, change.after, direction);
      return direction ? { classification, direction } : { classification };
    }
  }
}

export const requirementOf = (profile: Profile | null, control: string) => profile?.requirements.find((r) => r.control === control);
