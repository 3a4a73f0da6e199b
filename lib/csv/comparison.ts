import type { CompareMatrix } from '../compare.ts';
import { STATUS_WORDS, VERDICT_WORDS } from '../buyer-words.ts';
import { judge } from '../verdicts.ts';
import type { Profile } from '../profiles/schema.ts';
import { ROW_HEADER, rowOf } from './rows.ts';
import { toCsv } from './write.ts';

/**
 * The comparison for a spreadsheet. Long form: one row per vendor × control,
 * the checklist's columns, so Excel filters and pivots it. Wide: one verdict
 * column per vendor, a sheet to read at a glance.
 */
export function comparisonCsv(matrix: CompareMatrix, profile: Profile): string {
  const rows = matrix.vendors.flatMap((vendor) => {
    const page = { report: vendor.report, url: vendor.url, date: vendor.capturedAt ?? new Date().toISOString() };
    return matrix.rows.map((row) => {
      const requirement = profile.requirements.find((r) => r.control === row.control);
      return rowOf(page, row.control, requirement ? judge(requirement, vendor.report.controls[row.control], vendor.report) : null);
    });
  });
  return toCsv([[...ROW_HEADER], ...rows]);
}

export function comparisonWideCsv(matrix: CompareMatrix): string {
  const header = ['requirement', 'required', ...matrix.vendors.map((v) => v.name)];
  const rows = matrix.rows.map((row) => [row.label, row.required ? 'yes' : 'no', ...row.cells.map((c) => (c.verdict ? VERDICT_WORDS[c.verdict] : c.status ? STATUS_WORDS[c.status] : 'not mentioned'))]);
  return toCsv([header, ...rows]);
}
