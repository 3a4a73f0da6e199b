import type { Status } from '../schema/claim.ts';
import type { ClaimFrame, Holder, StatementKind } from './frame.ts';

/**
 * The one decision table: a frame becomes a claim's status, or no claim. Rules are data, tried in order; the
 * first whose conditions all hold decides. A frame that no rule accepts gives no claim: nothing is
 * `implemented` by default.
 */
export interface DecisionRule {
  /** Named in --explain output. */
  id: string;
  when: {
    kind?: readonly StatementKind[];
    holder?: readonly Holder[];
    attestation?: boolean;
    attestationWording?: boolean;
    derivation?: ClaimFrame['derivation'];
  };
  then: Status | null;
}

export const DECISION_TABLE: readonly DecisionRule[] = [
  { id: 'a definition, a pointer, a quote, advice or a hypothetical claims nothing', when: { kind: ['defines', 'name_only', 'hypothetical', 'advises'] }, then: null },
  { id: 'organisations in general are not the vendor', when: { holder: ['generic'] }, then: null },
  { id: 'a third party\'s attestation is inherited', when: { holder: ['third_party'], attestation: true }, then: 'inherited' },
  { id: 'a denial', when: { kind: ['denies'] }, then: 'denied' },
  { id: 'underway now', when: { kind: ['underway'] }, then: 'in_progress' },
  { id: 'a future intention or date', when: { kind: ['intends'] }, then: 'planned' },
  { id: 'alignment without an audit is no attestation', when: { kind: ['aligned'], attestation: true }, then: 'denied' },
  { id: 'an attestation named without an audit, report or certificate claims nothing', when: { kind: ['holds'], attestation: true, attestationWording: false }, then: null },
  { id: 'the vendor holds or does it', when: { kind: ['holds', 'aligned'] }, then: 'implemented' },
];

export interface Decision { status: Status | null; rule: string }

const matches = <T>(allowed: readonly T[] | undefined, value: T) => allowed === undefined || allowed.includes(value);

export function decide(frame: ClaimFrame): Decision {
  for (const rule of DECISION_TABLE) {
    const w = rule.when;
    if (!matches(w.kind, frame.kind) || !matches(w.holder, frame.holder)) continue;
    if (w.attestation !== undefined && w.attestation !== frame.attestation) continue;
    if (w.attestationWording !== undefined && w.attestationWording !== frame.attestationWording) continue;
    if (w.derivation !== undefined && w.derivation !== frame.derivation) continue;
    return { status: rule.then, rule: rule.id };
  }
  return { status: null, rule: 'no rule: unknown wording gives no claim' };
}
