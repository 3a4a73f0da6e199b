import { CONTROL_IDS, CONTROLS, type AuditReport, type ControlId } from '../../extractors/schema/index.ts';
import { frameworksLine } from '../../extractors/schema/frameworks.ts';
import { keyAttributes } from '../key-attributes.ts';
import type { Profile } from '../profiles/schema.ts';
import { describeRequirement, evaluate } from '../verdicts.ts';
import { toCsv } from './write.ts';

/**
 * One vendor's checklist: a row per requirement of the profile, then a row per
 * other control the page claims. Every row carries its quote, the page and the
 * capture date, so the sheet stands on its own in a procurement file.
 */
export const CHECKLIST_HEADER = ['requirement', 'control', 'control id', 'verdict', 'reason', 'status', 'attributes', 'qualifiers', 'evidence', 'source URL', 'captured date', 'MVSP v3.0', 'CSA CCM v4'] as const;

const frameworkCells = (id: ControlId) => { const f = frameworksLine(id); return [f.mvsp, f.ccm]; };

export interface ChecklistInput { report: AuditReport; profile: Profile; sourceUrl: string; capturedAt: string | null }

export function checklistRows({ report, profile, sourceUrl, capturedAt }: ChecklistInput): string[][] {
  const captured = capturedAt?.slice(0, 10) ?? '';
  const requiredRows = evaluate(report, profile).map((v) => {
    const resolved = report.controls[v.control];
    return [describeRequirement(v.requirement), CONTROLS[v.control].label, v.control, v.verdict, v.reason, resolved?.status ?? 'unknown', resolved ? keyAttributes(resolved.attributes) : '', resolved?.qualifiers.join('; ') ?? '', v.evidence ?? '', sourceUrl, captured, ...frameworkCells(v.control)];
  });
  const required = new Set(profile.requirements.map((r) => r.control));
  const otherRows = CONTROL_IDS.filter((id) => !required.has(id) && report.controls[id]).map((id) => {
    const resolved = report.controls[id]!;
    const evidence = report.claims.find((c) => c.control === id && c.status === resolved.status)?.evidence[0] ?? '';
    return ['', CONTROLS[id].label, id, '', '', resolved.status, keyAttributes(resolved.attributes), resolved.qualifiers.join('; '), evidence, sourceUrl, captured, ...frameworkCells(id)];
  });
  return [...requiredRows, ...otherRows];
}

export function checklistCsv(input: ChecklistInput): string {
  return toCsv([[...CHECKLIST_HEADER], ...checklistRows(input)]);
}
