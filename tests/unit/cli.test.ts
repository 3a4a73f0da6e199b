import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditReportSchema } from '../../extractors/schema/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const audit = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
const tmp = mkdtempSync(join(tmpdir(), 'vetter-cli-'));
const file = (name: string, content: string | Buffer) => { const p = join(tmp, name); writeFileSync(p, content); return p; };

describe('audit CLI', () => {
  it('--json prints one catalog-format report per file, per line', () => {
    const r = audit('--json', 'tests/fixtures/zentrik/source.html', 'tests/fixtures/neg-pricing/source.html');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [zentrik, pricing] = lines.map((l) => AuditReportSchema.parse(JSON.parse(l)));
    expect(zentrik!.recognition.isTrustPage).toBe(true);
    expect(zentrik!.vendor).toEqual({ name: 'Zentrik', domain: 'zentrik.ai' });
    expect(zentrik!.lastUpdated).toBe('2026-04-03');
    expect(zentrik!.controls.backups?.attributes).toMatchObject({ retention_days: 5, frequency: 'daily' });
    expect(pricing!.recognition.isTrustPage).toBe(false);
    expect(pricing!.claims).toEqual([]);
  });

  it('reads .md and .txt pages', () => {
    const md = file('page.md', '# Security at Acme\n\nLast updated: 2026-01-05\n\n## Encryption\n\n- All customer data is encrypted at rest with AES-256.\n- We use TLS 1.3 for data in transit.\n\n## Compliance\n\nWe are SOC 2 Type II certified.\n');
    const r = audit('--json', md);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.controls.encryption_at_rest).toMatchObject({ status: 'implemented', attributes: { algorithm: 'AES-256' } });
    expect(report.controls.encryption_in_transit.attributes.tls_min_version).toBe('1.3');
    expect(report.controls.soc2).toMatchObject({ status: 'implemented', attributes: { report_type: 2 } });
  });

  it('prints a readable table by default', () => {
    const r = audit('tests/fixtures/zentrik/source.html');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/trust page .*Zentrik \(zentrik\.ai\)/);
    expect(r.stdout).toMatch(/SOC 2\s+in progress\s+Type II/);
    expect(r.stdout).toMatch(/Backups\s+in place\s+.*kept 5 days/);
  });

  it('reports a missing, empty, binary or oversized file on stderr, exits non-zero, and still audits the others', () => {
    const empty = file('empty.html', '');
    const binary = file('junk.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 0]));
    const big = file('big.html', `<p>${'a'.repeat(5 * 1024 * 1024 + 10)}</p>`);
    const r = audit('--json', join(tmp, 'missing.html'), empty, binary, big, 'tests/fixtures/centrali/source.html', join(tmp, 'page.pdf'));
    expect(r.status).toBe(1);
    const errors = r.stderr.trim().split('\n').filter((l) => l.startsWith('audit:'));
    expect(errors).toHaveLength(5);
    expect(errors[0]).toContain('no such file');
    expect(errors[1]).toContain('empty');
    expect(errors[2]).toContain('binary');
    expect(errors[3]).toContain('over the 5 MB limit');
    expect(errors[4]).toContain('unsupported file type');
    const reports = r.stdout.trim().split('\n');
    expect(reports).toHaveLength(1);
    expect(JSON.parse(reports[0]!).vendor.name).toBe('Centrali');
  });

  it('--profile adds verdicts to the JSON report and a verdict table to the text output', () => {
    const json = audit('--profile', 'enterprise', '--json', 'tests/fixtures/zentrik/source.html');
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout);
    const verdict = (control: string) => report.verdicts.find((v: { control: string }) => v.control === control);
    expect(report.verdicts).toHaveLength(15);
    expect(verdict('soc2')).toMatchObject({ verdict: 'partial', reason: expect.stringMatching(/in progress/) });
    expect(verdict('backups')).toMatchObject({ verdict: 'fail', reason: expect.stringMatching(/5.*30/) });
    expect(verdict('iso27001').verdict).toBe('unknown');
    const text = audit('--profile', 'eu-data', 'tests/fixtures/zenworkflow/source.html');
    expect(text.stdout).toMatch(/against EU personal data: \d+ met/);
    expect(text.stdout).toMatch(/met\s+Data residency/);
  });

  it('--profile reads a profile file, and rejects a bad one with a readable message', () => {
    const good = file('mine.json', JSON.stringify({ id: 'mine', name: 'Mine', requirements: [{ control: 'hsts', rules: [{ key: 'preload', equals: true }] }] }));
    const r = audit('--profile', good, '--json', 'tests/fixtures/zenworkflow/source.html');
    expect(JSON.parse(r.stdout).verdicts).toEqual([{ control: 'hsts', verdict: 'pass', reason: expect.any(String) }]);
    const bad = file('bad.json', JSON.stringify({ id: 'bad', name: 'Bad', requirements: [{ control: 'hsts', rules: [{ key: 'retention_days', min: 3 }] }] }));
    const e = audit('--profile', bad, 'tests/fixtures/zenworkflow/source.html');
    expect(e.status).toBe(2);
    expect(e.stderr).toMatch(/hsts has no attribute "retention_days"/);
    expect(audit('--profile', 'gold-plated', 'x.html').stderr).toMatch(/unknown profile "gold-plated"/);
  });

  it('rejects an unknown option with usage', () => {
    const r = audit('--jsn', 'x.html');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option --jsn');
  });
});
