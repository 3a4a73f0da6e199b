import type { Attributes, Claim, Qualifier, ResolvedControl, Status } from './claim.ts';
import type { ControlId } from './controls.ts';

/** Strongest first: the catalog's precedence when one page makes several claims about a control. */
export const STATUS_PRECEDENCE: readonly Status[] = ['implemented', 'in_progress', 'planned', 'denied', 'inherited'];

const rank = (s: Status) => STATUS_PRECEDENCE.indexOf(s);

/** Attributes where the higher value of equally strong claims is the answer: a SOC 2 Type II report supersedes Type I. */
const HIGHER_WINS = new Set(['report_type']);

/** Qualifiers that restrict access to the control itself, whichever statement says so. */
const RESTRICTIONS: ReadonlySet<Qualifier> = new Set<Qualifier>(['on_request', 'optional', 'customer_operated']);

/**
 * One resolved entry for the claims about one control: the strongest status;
 * attributes merged from the resolved-status claims only (catalog v2;
 * earlier claims win among equals, lists are united); the qualifiers of the
 * resolved-status claims: restrictions (on request, optional, customer-operated)
 * from any of them, doubts (may, target, where feasible, aligned) only from a
 * claim whose values are used or when every claim of that status has them.
 */
export function resolveClaims(claims: readonly Claim[]): ResolvedControl {
  if (claims.length === 0) throw new Error('resolveClaims needs at least one claim');
  const status = claims.map((c) => c.status).reduce((a, b) => (rank(b) < rank(a) ? b : a));
  const ordered = [...claims.filter((c) => c.status === status), ...claims.filter((c) => c.status !== status)];
  const attributes: Attributes = {};
  /** Claims whose values the resolved attributes use: their hedges bear on those values. */
  const contributors = new Set<Claim>();
  // catalog v2: the resolved attributes come only from claims with the resolved status (a planned Type II lends
  // an implemented Type I nothing)
  for (const claim of ordered) {
    const sameStatus = claim.status === status;
    if (!sameStatus) continue;
    for (const [key, value] of Object.entries(claim.attributes)) {
      const have = attributes[key];
      if (have === undefined) { attributes[key] = Array.isArray(value) ? [...value] : value; contributors.add(claim); }
      else if (sameStatus && HIGHER_WINS.has(key) && typeof have === 'number' && typeof value === 'number') {
        if (value > have) { attributes[key] = value; contributors.add(claim); }
      } else if (sameStatus && Array.isArray(have) && Array.isArray(value)) {
        for (const v of value) if (!have.includes(v)) { have.push(v); contributors.add(claim); }
      }
    }
  }
  const strongest = ordered.filter((c) => c.status === status);
  const qualifiers = new Set<Qualifier>();
  for (const claim of strongest) {
    for (const q of claim.qualifiers) {
      // a restriction on getting the control (on request, a paid plan, run by the customer) holds wherever it is said;
      // doubt about one statement (may, a target, where feasible, aligned) holds if that statement gave a value used,
      // or if every statement of that status has it
      if (RESTRICTIONS.has(q) || contributors.has(claim) || strongest.every((c) => c.qualifiers.includes(q))) qualifiers.add(q);
    }
  }
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
