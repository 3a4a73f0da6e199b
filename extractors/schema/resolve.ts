import type { Attributes, Claim, Qualifier, ResolvedControl, Status } from './claim.ts';
import type { ControlId } from './controls.ts';

/** Strongest first: the catalog's precedence when one page makes several claims about a control. */
export const STATUS_PRECEDENCE: readonly Status[] = ['implemented', 'in_progress', 'planned', 'denied', 'inherited'];

const rank = (s: Status) => STATUS_PRECEDENCE.indexOf(s);

/** Attributes where the higher value of equally strong claims is the answer: a SOC 2 Type II report supersedes Type I. */
const HIGHER_WINS = new Set(['report_type']);

/**
 * One resolved entry for the claims about one control: the strongest status;
 * attributes merged with the resolved-status claims first (they win a conflict,
 * earlier claims win among equals, lists are united); the qualifiers of the
 * resolved-status claims, so that every restriction a buyer must see survives
 * ("may" only when no claim of that status is firm).
 */
export function resolveClaims(claims: readonly Claim[]): ResolvedControl {
  if (claims.length === 0) throw new Error('resolveClaims needs at least one claim');
  const status = claims.map((c) => c.status).reduce((a, b) => (rank(b) < rank(a) ? b : a));
  const ordered = [...claims.filter((c) => c.status === status), ...claims.filter((c) => c.status !== status)];
  const attributes: Attributes = {};
  for (const claim of ordered) {
    const sameStatus = claim.status === status;
    for (const [key, value] of Object.entries(claim.attributes)) {
      const have = attributes[key];
      if (have === undefined) attributes[key] = Array.isArray(value) ? [...value] : value;
      else if (sameStatus && HIGHER_WINS.has(key) && typeof have === 'number' && typeof value === 'number') attributes[key] = Math.max(have, value);
      else if (sameStatus && Array.isArray(have) && Array.isArray(value)) {
        for (const v of value) if (!have.includes(v)) have.push(v);
      }
    }
  }
  const qualifiers = new Set<Qualifier>();
  const strongest = ordered.filter((c) => c.status === status);
  for (const claim of strongest) claim.qualifiers.forEach((q) => qualifiers.add(q));
  // "may" is doubt about one statement: a firm statement of the same status settles it. Restrictions (on request, a target, …) stay.
  if (!strongest.every((c) => c.qualifiers.includes('may'))) qualifiers.delete('may');
  return { status, attributes, qualifiers: [...qualifiers] };
}

/** Groups claims by control (first-seen order) and resolves each. */
export function resolveAll(claims: readonly Claim[]): Partial<Record<ControlId, ResolvedControl>> {
  const byControl = new Map<ControlId, Claim[]>();
  for (const claim of claims) {
    const list = byControl.get(claim.control) ?? [];
    list.push(claim);
    byControl.set(claim.control, list);
  }
  const out: Partial<Record<ControlId, ResolvedControl>> = {};
  for (const [id, list] of byControl) out[id] = resolveClaims(list);
  return out;
}
