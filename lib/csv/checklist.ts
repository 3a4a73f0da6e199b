import { CONTROL_IDS, type AuditReport } from '../../extractors/schema/index.ts';
import type { Profile } from '../profiles/schema.ts';
import { evaluate } from '../verdicts.ts';
import { ROW_HEADER, rowOf } from './rows.ts';
import { toCsv } from './write.ts';

/**
 * One vendor's checklist: a row per requirement of the profile, then a row per
 * other control the page claims. Every row names the vendor, the page and the
 * date, so the sheet stands on its own in a procurement file.
 */
export const CHECKLIST_HEADER = ROW_HEADER;

export interface ChecklistInput {
  report: AuditReport;
  profile: Profile;
  sourceUrl: string;
  /** The snapshot's date; null before the page is saved, then `auditedAt` (default: now) is used. */
  capturedAt: string | null;
  auditedAt?: string;
}

export function checklistRows({ report, profile, sourceUrl, capturedAt, auditedAt }: ChecklistInput): string[][] {
  const page = { report, url: sourceUrl, date: capturedAt ?? auditedAt ?? new Date().toISOString() };
  const required = new Set(profile.requirements.map((r) => r.control));
  return [
    ...evaluate(report, profile).map((v) => rowOf(page, v.control, v)),
    ...CONTROL_IDS.filter((id) => !required.has(id) && report.controls[id]).map((id) => rowOf(page, id, null)),
  ];
}

export function checklistCsv(input: ChecklistInput): string {
  return toCsv([[...CHECKLIST_HEADER], ...checklistRows(input)]);
}
