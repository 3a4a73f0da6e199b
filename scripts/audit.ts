#!/usr/bin/env -S npx tsx
/**
 * npm run audit -- [--json] [--force] FILE...
 * Audits saved pages (.html, .htm, .md, .txt) with the same extractors the
 * extension runs. --json prints one audit report (claim-catalog format) per line.
 */
import { readPage, PageReadError } from './lib/read-page.ts';
import { formatReportTable } from './lib/format-table.ts';
import { auditDocument, auditText, type AuditReport } from '../extractors/index.ts';

interface Options { json: boolean; force: boolean; files: string[] }

function parseArgs(argv: string[]): Options {
  const opts: Options = { json: false, force: false, files: [] };
  for (const arg of argv) {
    if (arg === '--json') opts.json = true;
    else if (arg === '--force') opts.force = true;
    else if (arg === '--help' || arg === '-h') { usage(); process.exit(0); }
    else if (arg.startsWith('--')) { console.error(`audit: unknown option ${arg}`); usage(); process.exit(2); }
    else opts.files.push(arg);
  }
  return opts;
}

function usage() {
  console.error('usage: npm run audit -- [--json] [--force] FILE...   (.html .htm .md .txt, at most 5 MB each)');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.files.length) { usage(); process.exit(2); }
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
    process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : formatReportTable(report));
  }
  process.exit(failed ? 1 : 0);
}

void main();
