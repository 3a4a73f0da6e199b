#!/usr/bin/env -S npx tsx
/**
 * npm run audit -- [--profile <mvsp|enterprise|eu-data|FILE.json>] [--json] [--force] FILE...
 * npm run audit -- --profile <p> --csv FILE            the checklist CSV of one page
 * npm run audit -- [--profile <p>] --diff OLD NEW [--json]   what changed between two saved pages
 * npm run audit -- --profile <p> --questions FILE...        the questions to send the vendor, one per line
 * npm run audit -- --security-txt [--json] [--now ISO] FILE  checks a saved security.txt (RFC 9116)
 * npm run audit -- --explain [--now ISO] FILE             every claim frame and the rule that decided it
 *
 * Audits saved pages (.html, .htm, .md, .txt) with the same extractors the
 * extension runs. --json prints one audit report (claim-catalog format) per line;
 * with --profile each report also carries `verdicts: [{ control, verdict, reason }]`.
 * Each mode lives in its own file under scripts/lib/; this file only reads arguments.
 */
import { loadProfileArgument } from './lib/profile-arg.ts';
import type { Profile } from '../lib/profiles/schema.ts';
import { runAudit } from './lib/run-audit.ts';
import { runCsv } from './lib/run-csv.ts';
import { runDiff } from './lib/run-diff.ts';
import { runSecurityTxt } from './lib/run-security-txt.ts';
import { runExplain } from './lib/run-explain.ts';
import { runQuestions } from './lib/run-questions.ts';

export interface CliOptions {
  json: boolean;
  /** --csv of several files: one verdict column per vendor instead of the long form */
  wide: boolean;
  force: boolean;
  profile: string | null;
  mode: 'audit' | 'csv' | 'diff' | 'security-txt' | 'explain' | 'questions';
  /** --now: the reference time for security.txt expiry checks */
  now: string | null;
  files: string[];
}

const USAGE = [
  'usage: npm run audit -- [--profile <mvsp|enterprise|eu-data|FILE.json>] [--json] [--force] FILE...   (.html .htm .md .txt, at most 5 MB each)',
  '       npm run audit -- --profile <p> --csv [--wide] FILE...   (one file: its checklist; several: the comparison)',
  '       npm run audit -- [--profile <p>] --diff OLD NEW [--json]',
  '       npm run audit -- --profile <p> --questions FILE...   (the questions to ask the vendor, one per line)',
  '       npm run audit -- --security-txt [--json] [--now <ISO date-time>] FILE',
  '       npm run audit -- --explain [--now <ISO date-time>] FILE',
].join('\n');

function fail(message: string): never {
  console.error(`audit: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

function setMode(opts: CliOptions, mode: CliOptions['mode']) {
  if (opts.mode !== 'audit' && opts.mode !== mode) fail(`--${opts.mode} and --${mode} cannot be combined`);
  opts.mode = mode;
}

function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { json: false, wide: false, force: false, profile: null, mode: 'audit', now: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--profile') {
      const value = argv[++i];
      if (!value) fail('--profile needs a preset id (mvsp, enterprise, eu-data) or a profile file');
      opts.profile = value;
    } else if (arg === '--now') {
      const value = argv[++i];
      if (!value || Number.isNaN(Date.parse(value))) fail('--now needs an ISO date-time, e.g. 2026-11-23T00:00:00Z');
      opts.now = value;
    } else if (arg === '--json') opts.json = true;
    else if (arg === '--wide') opts.wide = true;
    else if (arg === '--force') opts.force = true;
    else if (arg === '--csv') setMode(opts, 'csv');
    else if (arg === '--diff') setMode(opts, 'diff');
    else if (arg === '--questions') setMode(opts, 'questions');
    else if (arg === '--security-txt') setMode(opts, 'security-txt');
    else if (arg === '--explain') setMode(opts, 'explain');
    else if (arg === '--help' || arg === '-h') { console.error(USAGE); process.exit(0); }
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else opts.files.push(arg);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.files.length) fail('no file given');
  if (opts.mode === 'diff' && opts.files.length !== 2) fail('--diff needs exactly two files: OLD NEW');
  if (opts.mode === 'csv' && !opts.profile) fail('--csv needs --profile <p>');
  if (opts.mode === 'questions' && !opts.profile) fail('--questions needs --profile <p>');
  let profile: Profile | null = null;
  if (opts.profile) {
    try { profile = await loadProfileArgument(opts.profile); } catch (e) { console.error(`audit: ${(e as Error).message}`); process.exit(2); }
  }
  const run = { audit: runAudit, csv: runCsv, diff: runDiff, 'security-txt': runSecurityTxt, explain: runExplain, questions: runQuestions }[opts.mode];
  process.exit(await run(opts, profile));
}

void main();
