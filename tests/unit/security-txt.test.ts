import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSecurityTxt } from '../../extractors/security-txt/index.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const check = (text: string, url?: string) => parseSecurityTxt(text, { now: NOW, ...(url ? { url } : {}) });
const codes = (text: string, url?: string) => check(text, url).findings.map((f) => f.code);
const MINIMAL = 'Contact: mailto:security@example.com\nExpires: 2027-06-01T00:00:00Z\n';

describe('parseSecurityTxt', () => {
  it('reads a minimal valid file, its fields and its recommendations', () => {
    const r = check(MINIMAL);
    expect(r.valid).toBe(true);
    expect(r.signed).toBe(false);
    expect(r.fields.contact).toEqual(['mailto:security@example.com']);
    expect(r.fields.expires).toBe('2027-06-01T00:00:00Z');
    expect(r.findings.map((f) => [f.severity, f.code])).toEqual([['info', 'no_canonical'], ['info', 'no_encryption'], ['info', 'not_signed']]);
  });

  it('an expired file is not valid and says when it expired', () => {
    const r = check('Contact: mailto:security@example.com\nExpires: 2026-01-31T00:00:00Z\n');
    expect(r.valid).toBe(false);
    expect(r.findings.find((f) => f.code === 'expired')?.message).toMatch(/expired on 2026-01-31/);
  });

  it('a file without Contact is not valid', () => {
    const r = check('Expires: 2027-06-01T00:00:00Z\nPolicy: https://example.com/policy\n');
    expect(r.valid).toBe(false);
    expect(r.findings.find((f) => f.code === 'no_contact')?.message).toMatch(/Contact is missing/);
  });

  it('Expires more than a year ahead is a warning, not an error', () => {
    const r = check('Contact: mailto:s@example.com\nExpires: 2028-06-01T00:00:00Z\n');
    expect(r.valid).toBe(true);
    expect(r.findings.find((f) => f.code === 'long_expiry')?.severity).toBe('warning');
  });

  it('http: URIs are errors; https:, mailto: and tel: are fine', () => {
    expect(codes('Contact: http://example.com/report\nExpires: 2027-06-01T00:00:00Z\n')).toContain('no_https');
    expect(check('Contact: tel:+1-201-555-0123\nContact: https://example.com/r\nExpires: 2027-06-01T00:00:00Z\n').valid).toBe(true);
  });

  it('Canonical must name the URL the file was read from', () => {
    const text = `Canonical: https://example.com/.well-known/security.txt\n${MINIMAL}`;
    expect(check(text, 'https://example.com/.well-known/security.txt').valid).toBe(true);
    expect(codes(text, 'https://other.example/.well-known/security.txt')).toContain('canonical_mismatch');
  });

  it('two Expires, a bad date, a missing space, a line that is no field: each an error on its line', () => {
    expect(codes(`${MINIMAL}Expires: 2027-07-01T00:00:00Z\n`)).toContain('multi_expire');
    expect(codes('Contact: mailto:s@example.com\nExpires: next Tuesday\n')).toContain('invalid_expiry');
    const r = check('Contact:mailto:s@example.com\nExpires: 2027-06-01T00:00:00Z\nhello\n');
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.line])).toEqual([['no_space', 1], ['invalid_line', 3]]);
  });

  it('accepts CRLF line ends, comments, blank lines and unknown fields', () => {
    const r = check('# security contacts\r\n\r\nContact: mailto:s@example.com\r\nX-Team: red\r\nExpires: 2027-06-01T00:00:00Z\r\n');
    expect(r.valid).toBe(true);
    expect(r.fields.other).toEqual({ 'X-Team': ['red'] });
  });

  it('a signed file with broken framing is not valid; its body is still read', () => {
    const signed = `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n${MINIMAL}-----BEGIN PGP SIGNATURE-----\n\n!!!not base64!!!\n-----END PGP SIGNATURE-----\n`;
    const r = check(signed);
    expect(r.valid).toBe(false);
    expect(r.signed).toBe(false);
    expect(r.findings.map((f) => f.code)).toContain('pgp_data_error');
    expect(r.fields.contact).toEqual(['mailto:security@example.com']);
  });

  it('a byte-order mark and bytes that are not UTF-8 are findings', () => {
    expect(parseSecurityTxt(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(MINIMAL)]), { now: NOW }).findings.map((f) => f.code)).toContain('bom_in_file');
    expect(parseSecurityTxt(new Uint8Array([0xff, 0xfe, 0x43, 0x0a]), { now: NOW }).findings.map((f) => f.code)).toContain('utf8');
  });

  it('never throws and stays fast on hostile input', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 2000 }), fc.array(fc.constantFrom('Contact: ', 'Expires: ', '-----BEGIN PGP SIGNED MESSAGE-----', '-----BEGIN PGP SIGNATURE-----', '-----END PGP SIGNATURE-----', '- ', '\n', '\r\n', ' ', ':', '#', 'https://x', '=AbCd', 'Hash: SHA256'), { maxLength: 60 }).map((a) => a.join(''))), (input) => {
      const r = parseSecurityTxt(input, { now: NOW });
      expect(typeof r.valid).toBe('boolean');
    }), { numRuns: 500 });
    const big = `${'Contact: mailto:a@b.c\n'.repeat(40_000)}Expires: 2027-01-01T00:00:00Z\n`;
    const t = performance.now();
    expect(check(big).valid).toBe(true);
    expect(performance.now() - t).toBeLessThan(5000); // a generous bound: linear work on ~1 MB
  });
});

describe('audit CLI --security-txt', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const tmp = mkdtempSync(join(tmpdir(), 'vetter-sectxt-'));
  const file = (name: string, text: string) => { const p = join(tmp, name); writeFileSync(p, text); return p; };
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', '--security-txt', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('prints { valid, fields, findings } as JSON, exit 0 when valid', () => {
    const r = run('--json', '--now', '2026-11-23T00:00:00Z', file('ok.txt', MINIMAL));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(true);
    expect(out.fields.contact).toEqual(['mailto:security@example.com']);
    expect(out.findings.every((f: { severity: string; message: string }) => f.severity && f.message)).toBe(true);
  });

  it('an expired file is not valid, and --now decides what "expired" means', () => {
    const expired = file('expired.txt', 'Contact: mailto:s@example.com\nExpires: 2026-01-31T00:00:00Z\n');
    const r = run('--json', '--now', '2026-11-23T00:00:00Z', expired);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.findings).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/expired/) })]));
    expect(run('--json', '--now', '2025-12-01T00:00:00Z', expired).status).toBe(0);
  });

  it('a file without Contact is not valid; the text output says why, one finding per line', () => {
    const r = run('--now', '2026-11-23T00:00:00Z', file('nocontact.txt', 'Expires: 2027-01-31T00:00:00Z\n'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/NOT valid/);
    expect(r.stdout).toMatch(/^ {2}error {3}Contact is missing/m);
  });

  it('a missing file is a one-line error', () => {
    const r = run(join(tmp, 'missing.txt'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no such file/);
  });
});
