import type { AuditReport, ControlId, Qualifier, ResolvedControl, Status } from '../../extractors/schema/index.ts';

/**
 * What changed between two reports of one vendor, before any judgement:
 * controls added and removed, status, each attribute, each hedge, and a quote
 * reworded while the claim stayed the same. Resolved controls are compared, not
 * raw claims: a sentence moved on the page is not a change.
 */
export type ChangeKind = 'added' | 'removed' | 'status' | 'attribute' | 'qualifier-added' | 'qualifier-removed' | 'evidence';

export interface RawChange {
  control: ControlId;
  kind: ChangeKind;
  attribute?: string;
  qualifier?: Qualifier;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** Lists compare as sets: ["EU","US"] and ["US","EU"] say the same. */
const normalise = (v: unknown) => (Array.isArray(v) ? [...v].map(String).sort() : v);
const quoteKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

type ClaimsByControl = Map<ControlId, AuditReport['claims']>;

/** A report's claims by control, built once per diff: the vendors list diffs a thousand pairs. */
function byControl(report: AuditReport): ClaimsByControl {
  const map: ClaimsByControl = new Map();
  for (const c of report.claims) {
    const list = map.get(c.control);
    if (list) list.push(c);
    else map.set(c.control, [c]);
  }
  return map;
}

function evidenceOf(claims: ClaimsByControl, control: ControlId, status: Status): string[] {
  return (claims.get(control) ?? []).filter((c) => c.status === status).flatMap((c) => c.evidence).map(quoteKey).sort();
}

function compareControl(control: ControlId, a: ResolvedControl, b: ResolvedControl, older: ClaimsByControl, newer: ClaimsByControl): RawChange[] {
  const out: RawChange[] = [];
  if (a.status !== b.status) out.push({ control, kind: 'status', before: a.status, after: b.status });
  const keys = new Set([...Object.keys(a.attributes), ...Object.keys(b.attributes)]);
  for (const key of keys) {
    const before = a.attributes[key];
    const after = b.attributes[key];
    if (!same(normalise(before), normalise(after))) out.push({ control, kind: 'attribute', attribute: key, before: before ?? null, after: after ?? null });
  }
  for (const q of b.qualifiers) if (!a.qualifiers.includes(q)) out.push({ control, kind: 'qualifier-added', qualifier: q, before: null, after: q });
  for (const q of a.qualifiers) if (!b.qualifiers.includes(q)) out.push({ control, kind: 'qualifier-removed', qualifier: q, before: q, after: null });
  if (!out.length) {
    const before = evidenceOf(older, control, a.status);
    const after = evidenceOf(newer, control, b.status);
    if (!same(before, after)) {
      const first = (claims: ClaimsByControl, status: Status) => claims.get(control)?.find((c) => c.status === status)?.evidence[0] ?? null;
      out.push({ control, kind: 'evidence', before: first(older, a.status), after: first(newer, b.status) });
    }
  }
  return out;
}

export function rawChanges(older: AuditReport, newer: AuditReport): RawChange[] {
  const out: RawChange[] = [];
  const ids = new Set([...Object.keys(older.controls), ...Object.keys(newer.controls)] as ControlId[]);
  const olderClaims = byControl(older);
  const newerClaims = byControl(newer);
  for (const control of ids) {
    const a = older.controls[control];
    const b = newer.controls[control];
    if (!a && b) out.push({ control, kind: 'added', before: null, after: b.status });
    else if (a && !b) out.push({ control, kind: 'removed', before: a.status, after: null });
    else if (a && b) out.push(...compareControl(control, a, b, olderClaims, newerClaims));
  }
  return out;
}
