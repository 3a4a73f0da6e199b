import { readPage, PageReadError } from './read-page.ts';
import { formatReportTable, formatVerdictTable } from './format-table.ts';
import { auditDocument, auditText, type AuditOptions, type AuditReport } from '../../extractors/index.ts';
import type { Profile } from '../../lib/profiles/schema.ts';
import { evaluate } from '../../lib/verdicts.ts';
import { vendorKey } from '../../lib/vendor-identity.ts';
import type { CliOptions } from '../audit.ts';

/** Reads and audits one saved page; a page that cannot be read throws PageReadError. */
export async function auditFile(file: string, force: boolean, more: Omit<AuditOptions, 'force'> = {}): Promise<AuditReport> {
  const page = await readPage(file);
  const options = { ...more, force };
  const report = page.kind === 'html'
    ? auditDocument(page.document, page.url, options)
    : auditText(page.text, file, options);
  if (page.kind === 'html') report.source = file;
  // the engine reports the page's host; the vendor's key (platform address, private suffixes) is made here, as the extension's pages make it
  report.vendor.domain = vendorKey(page.kind === 'html' ? page.url : null, report.vendor.domain);
  return report;
}

export const describeReadError = (file: string, e: unknown) =>
  `audit: ${file}: ${e instanceof PageReadError ? e.message : `could not be audited (${(e as Error).message})`}`;

/** The default mode: one report (table or JSON line) per file. Returns the exit code. */
export async function runAudit(opts: CliOptions, profile: Profile | null): Promise<number> {
  let failed = 0;
  for (const file of opts.files) {
    let report: AuditReport;
    try {
      report = await auditFile(file, opts.force, { today: opts.now?.slice(0, 10) });
    } catch (e) {
      failed++;
      console.error(describeReadError(file, e));
      continue;
    }
    const verdicts = profile && report.recognition.isTrustPage ? evaluate(report, profile) : null;
    if (opts.json) {
      const out = verdicts ? { ...report, verdicts: verdicts.map(({ control, verdict, reason }) => ({ control, verdict, reason })) } : report;
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } else {
      process.stdout.write(formatReportTable(report));
      if (profile && verdicts) process.stdout.write(formatVerdictTable(profile, verdicts));
    }
  }
  return failed ? 1 : 0;
}
