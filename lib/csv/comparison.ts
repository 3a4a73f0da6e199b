import type { CompareMatrix } from '../compare.ts';
import { toCsv } from './write.ts';

/** The comparison matrix as rows: one per control, three columns per vendor (status, verdict, attributes). */
export function comparisonCsv(matrix: CompareMatrix): string {
  const header = ['control', 'control id', 'required', ...matrix.vendors.flatMap((v) => [`${v.name} status`, `${v.name} verdict`, `${v.name} attributes`])];
  const rows = matrix.rows.map((row) => [
    row.label, row.control, row.required ? 'yes' : 'no',
    ...row.cells.flatMap((c) => [c.status ?? 'unknown', c.verdict ?? '', [c.attributes, ...c.qualifiers.map((q) => `⚠ ${q.replaceAll('_', ' ')}`)].filter(Boolean).join('; ')]),
  ]);
  return toCsv([header, ...rows]);
}
