#!/usr/bin/env -S npx tsx
/**
 * npm run audit -- [--profile <mvsp|enterprise|eu-data|FILE.json>] [--json] [--force] FILE...
 * Audits saved pages (.html, .htm, .md, .txt) with the same extractors the
 * extension runs. --json prints one audit report (claim-catalog format) per line;
 * with --profile each report also carries `verdicts: [{ control, verdict, reason }]`.
 */
import { readPage, PageReadError } from './lib/read-page.ts';
import { formatReportTable, formatVerdictTable } from './lib/format-table.ts';
import { loadProfileArgument } from './lib/profile-arg.ts';
import { auditDocument, auditText, type AuditReport } from '../extractors/index.ts';
import type { Profile } from '../lib/profiles/schema.ts';
import { evaluate } from '../lib/verdicts.ts';

interface Options { json: boolean; force: boolean; profile: string | null; files: string[] }

function parseArgs(argv: string[]): Options {
  const opts: Options = { json: false, force: false, profile: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--profile') {
      const value = argv[++i];
      if (!value) { console.error('audit: --profile needs a preset id (mvsp, enterprise, eu-data) or a profile file'); process.exit(2); }
      opts.profile = value;
    } else if (arg === '--json') opts.json = true;
    else if (arg === '--force') opts.force = true;
    else if (arg === '--help' || arg === '-h') { usage(); process.exit(0); }
    else if (arg.startsWith('--')) { console.error(`audit: unknown option ${arg}`); usage(); process.exit(2); }
    else opts.files.push(arg);
  }
  return opts;
}

function usage() {
  console.error('usage: npm run audit -- [--profile <mvsp|enterprise|eu-data|FILE.json>] [--json] [--force] FILE...   (.html .htm .md .txt, at most 5 MB each)');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.files.length) { usage(); process.exit(2); }
  let profile: Profile | null = null;
  if (opts.profile) {
    try { profile = await loadProfileArgument(opts.profile); } catch (e) { console.error(`audit: ${(e as Error).message}`); process.exit(2); }
  }
  let failed = 0;
  for (const file of opts.files) {
    let report: AuditReport;
    try {
      const page = await readPage(file);
      report = page.kind === 'html'
        ? auditDocument(page.document, page.url, { force: opts.force })
        : auditText(page.text, file, { force: opts.force });
      if (page.kind === 'html') report.source = file;
    } catch (e) {
      failed++;
      console.error(`audit: ${file}: ${e instanceof PageReadError ? e.message : `could not be audited (${(e as Error).message})`}`);
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
  process.exit(failed ? 1 : 0);
}

void main();
