import type { AuditReport } from '../../extractors/schema/index.ts';
import type { Profile } from '../profiles/schema.ts';
import { rawChanges, type ChangeKind, type RawChange } from './changes.ts';
import { classify, requirementOf, type Classification, type Direction } from './classify.ts';
import { describeChange } from './describe.ts';

/**
 * What changed between two snapshots of one vendor, each change classified
 * against the active profile. Pure: the popup, the vendors page, the CLI and
 * the benchmark call the same function.
 */
export type { ChangeKind, Classification, Direction };

export interface Change extends RawChange {
  direction?: Direction;
  classification: Classification;
  /** The control is a requirement of the profile. */
  required: boolean;
  summary: string;
}

const ORDER: Record<Classification, number> = { regression: 0, improvement: 1, neutral: 2 };

export function diffReports(older: AuditReport, newer: AuditReport, profile: Profile | null): Change[] {
  return rawChanges(older, newer)
    .map((raw) => {
      const requirement = requirementOf(profile, raw.control);
      const { classification, direction } = classify(raw, requirement, older, newer);
      return { ...raw, ...(direction ? { direction } : {}), classification, required: requirement !== undefined, summary: describeChange(raw) };
    })
    .sort((a, b) => ORDER[a.classification] - ORDER[b.classification]);
}

export function countByClassification(changes: readonly Change[]): Record<Classification, number> {
  const counts: Record<Classification, number> = { regression: 0, improvement: 0, neutral: 0 };
  for (const c of changes) counts[c.classification]++;
  return counts;
}
