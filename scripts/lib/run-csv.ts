import { compareVendors } from '../../lib/compare.ts';
import { checklistCsv } from '../../lib/csv/checklist.ts';
import { comparisonCsv, comparisonWideCsv } from '../../lib/csv/comparison.ts';
import type { Profile } from '../../lib/profiles/schema.ts';
import type { CliOptions } from '../audit.ts';
import { auditFile, describeReadError } from './run-audit.ts';

/**
 * --csv: one FILE → its checklist CSV under the profile; several → the
 * comparison CSV of them, side by side. Written to stdout (BOM, CRLF); a page
 * that cannot be read is reported on stderr and left out.
 */
export async function runCsv(opts: CliOptions, profile: Profile | null): Promise<number> {
  if (!profile) return 2; // scripts/audit.ts requires --profile with --csv
  const audited = [];
  let failed = 0;
  for (const file of opts.files) {
    try {
      audited.push({ file, report: await auditFile(file, opts.force) });
    } catch (e) {
      failed++;
      console.error(describeReadError(file, e));
    }
  }
  if (opts.files.length === 1) {
    const [one] = audited;
    if (one) process.stdout.write(checklistCsv({ report: one.report, profile, sourceUrl: one.file, capturedAt: null, auditedAt: new Date().toISOString() }));
  } else if (audited.length) {
    const vendors = audited.map(({ file, report }) => ({ domain: report.vendor.domain ?? file, name: report.vendor.name ?? file, report, capturedAt: null, url: file }));
    const matrix = compareVendors(vendors, profile, 'all');
    process.stdout.write(opts.wide ? comparisonWideCsv(matrix) : comparisonCsv(matrix, profile));
  }
  return failed ? 1 : 0;
}
