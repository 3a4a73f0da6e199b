import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const audit = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
const V1 = 'tests/fixtures/lib-brambleway-v1/source.html';
const V2 = 'tests/fixtures/lib-brambleway-v2/source.html';

describe('audit CLI --diff', () => {
  it('prints each change with its classification, regressions first, and a count', () => {
    const r = audit('--profile', 'enterprise', '--diff', V1, V2);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^regression\s+Backups: retention 7 → 5 days$/);
    expect(lines[1]).toMatch(/^improvement\s+SOC 2: in progress → in place$/);
    expect(lines.at(-1)).toBe('2 changes: 1 regression, 1 improvement, 0 neutral (under Enterprise)');
  });

  it('--json gives the changes and counts as one object', () => {
    const r = audit('--diff', V1, V2, '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.profile).toBeNull();
    expect(out.counts).toEqual({ regression: 1, improvement: 1, neutral: 0 });
    expect(out.changes).toEqual(expect.arrayContaining([
      expect.objectContaining({ control: 'backups', attribute: 'retention_days', before: 7, after: 5, direction: 'down', classification: 'regression' }),
      expect.objectContaining({ control: 'soc2', kind: 'status', before: 'in_progress', after: 'implemented', classification: 'improvement' }),
    ]));
  });

  it('says "No changes." for the same page, and needs exactly two files', () => {
    expect(audit('--diff', V1, V1).stdout).toBe('No changes.\n');
    const r = audit('--diff', V1);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/exactly two files/);
  });

  it('an unreadable file is a one-line error and exit 1', () => {
    const r = audit('--diff', V1, 'nope.html');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^audit: nope\.html: no such file$/m);
  });
});

describe('audit CLI --csv', () => {
  it('prints the checklist of one page, which parses back', () => {
    const r = audit('--profile', 'enterprise', '--csv', V2);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(r.stdout, { bom: true });
    const header = rows[0]!;
    expect(header.slice(0, 3)).toEqual(['vendor', 'domain', 'page URL']);
    const col = (name: string) => header.indexOf(name);
    const backups = rows.find((row) => row[col('requirement')] === 'Backups')!;
    expect(backups[col('verdict')]).toBe('failed');
    const incident = rows.find((row) => row[col('requirement')] === 'Incident response')!;
    expect(incident[col('quote')]!.startsWith("'=HYPERLINK(")).toBe(true);
  });

  it('prints the comparison of several pages', () => {
    const r = audit('--profile', 'enterprise', '--csv', V1, 'tests/fixtures/zentrik/source.html');
    const rows: string[][] = parse(r.stdout, { bom: true });
    // long form: one row per vendor × control
    expect(rows[0]!.slice(0, 5)).toEqual(['vendor', 'domain', 'page URL', 'captured (or audited) date', 'requirement']);
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(['Brambleway', 'Zentrik']));
    const wide: string[][] = parse(audit('--profile', 'enterprise', '--csv', '--wide', V1, 'tests/fixtures/zentrik/source.html').stdout, { bom: true });
    expect(wide[0]).toEqual(['requirement', 'required', 'Brambleway', 'Zentrik']);
  });

  it('needs a profile', () => {
    const r = audit('--csv', V1);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--csv needs --profile/);
  });
});

describe('audit CLI --csv on every seed under Enterprise (the checks a buyer’s spreadsheet needs)', () => {
  const SNAKE = /\b[a-z0-9]+_[a-z0-9_]+\b/;
  it.each(['centrali', 'zentralink', 'zentrik', 'zentro', 'zenworkflow'])('%s: vendor, page URL and quote columns; the four verdict words; no snake_case id outside URLs', (seed) => {
    const r = audit('--profile', 'enterprise', '--csv', `tests/fixtures/${seed}/source.html`);
    expect(r.status).toBe(0);
    const rows: string[][] = parse(r.stdout, { bom: true });
    const header = rows[0]!;
    for (const column of ['vendor', 'page URL', 'quote']) expect(header).toContain(column);
    const verdicts = rows.slice(1).map((row) => row[header.indexOf('verdict')]).filter(Boolean);
    expect(verdicts.length).toBe(15);
    expect(verdicts.every((v) => ['met', 'failed', 'partial', 'unknown'].includes(v!))).toBe(true);
    // a quote is the page's own text: a word such as "pg_dump" that the page itself prints is not an id
    const page = readFileSync(`tests/fixtures/${seed}/source.html`, 'utf8');
    const quote = header.indexOf('quote');
    const bad = rows.flatMap((row) => row.filter((cell, i) => !/^https?:\/\//.test(cell) && (cell.match(new RegExp(SNAKE, 'g')) ?? []).some((w) => i !== quote || !page.includes(w))));
    expect(bad).toEqual([]);
  });
});

describe('audit CLI --questions', () => {
  it('prints ZenWorkflow’s questions under Enterprise as plain text, one per line: SOC 2 asked, MFA (met) not', () => {
    const r = audit('--profile', 'enterprise', '--questions', 'tests/fixtures/zenworkflow/source.html');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((l) => l.endsWith('?'))).toBe(true);
    expect(lines.some((l) => /SOC 2/.test(l))).toBe(true);
    expect(lines.some((l) => /multi-factor|MFA/i.test(l))).toBe(false);
  });

  it('needs a profile', () => {
    expect(audit('--questions', 'tests/fixtures/zenworkflow/source.html').stderr).toMatch(/--questions needs --profile/);
  });
});
