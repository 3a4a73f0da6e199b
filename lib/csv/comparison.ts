import type { CompareMatrix } from '../compare.ts';
import { frameworksLine } from '../../extractors/schema/frameworks.ts';
import { toCsv } from './write.ts';

/** The comparison matrix as rows: one per control, three columns per vendor (status, verdict, attributes). */
export function comparisonCsv(matrix: CompareMatrix): string {
  const header = ['control', 'control id', 'required', 'MVSP v3.0', 'CSA CCM v4', ...matrix.vendors.flatMap((v) => [`${v.name} status`, `${v.name} verdict`, `${v.name} attributes`])];
  const rows = matrix.rows.map((row) => [
    row.label, row.control, row.required ? 'yes' : 'no', frameworksLine(row.control).mvsp, frameworksLine(row.control).ccm,
    ...row.cells.flatMap((c) => [c.status ?? 'unknown', c.verdict ?? '', [c.attributes, ...c.qualifiers.map((q) => `⚠ ${q.replaceAll('_', ' ')}`)].filter(Boolean).join('; ')]),
  ]);
  return toCsv([header, ...rows]);
}
