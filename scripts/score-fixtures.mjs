#!/usr/bin/env node
// Scores the audit CLI on tests/fixtures with ../shared/tools/score.mjs: each
// fixture folder (source.html + expected.json) is linked into a flat corpus
// folder as NAME.html + NAME.expected.json, the layout the scorer reads.
//   node scripts/score-fixtures.mjs [--verbose] [--only NAME,NAME]
import { mkdtempSync, readdirSync, existsSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = resolve(root, '../shared/tools/score.mjs');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const fixtures = join(root, 'tests/fixtures');
const corpus = mkdtempSync(join(tmpdir(), 'vetter-corpus-'));
for (const name of readdirSync(fixtures)) {
  if (only && !only.includes(name)) continue;
  const dir = join(fixtures, name);
  if (!existsSync(join(dir, 'source.html')) || !existsSync(join(dir, 'expected.json'))) continue;
  symlinkSync(join(dir, 'source.html'), join(corpus, `${name}.html`));
  symlinkSync(join(dir, 'expected.json'), join(corpus, `${name}.expected.json`));
}
const r = spawnSync(process.execPath, [scorer, '--corpus', corpus, '--cwd', root, ...(args.includes('--verbose') ? ['--verbose'] : [])], { stdio: 'inherit' });
rmSync(corpus, { recursive: true, force: true });
process.exit(r.status ?? 1);
