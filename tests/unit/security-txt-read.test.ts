import { describe, expect, it } from 'vitest';
import { auditText } from '../../extractors/index.ts';
import { withSecurityTxt } from '../../lib/security-txt/claims.ts';
import { readSecurityTxt } from '../../lib/security-txt/read.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const VALID = 'Contact: mailto:security@acme.io\nExpires: 2027-03-01T00:00:00Z\n';
const fakeFetch = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
  const calls: string[] = [];
  const impl = (async (url: string) => { calls.push(url); return new Response(status === 404 ? 'nope' : body, { status, headers: { 'content-type': type } }); }) as unknown as typeof fetch;
  return { impl, calls };
};

describe('readSecurityTxt', () => {
  it('asks the page’s own origin for /.well-known/security.txt, once, and nothing else', async () => {
    const { impl, calls } = fakeFetch(200, VALID);
    const check = await readSecurityTxt('https://trust.acme.io', NOW, impl);
    expect(calls).toEqual(['https://trust.acme.io/.well-known/security.txt']);
    expect(check.status).toBe('found');
    expect(check.result?.fields.contact).toEqual(['mailto:security@acme.io']);
  });

  it('tells missing, served-as-HTML, failing and invalid apart', async () => {
    expect((await readSecurityTxt('https://a.io', NOW, fakeFetch(404, '').impl)).status).toBe('missing');
    const html = await readSecurityTxt('https://a.io', NOW, fakeFetch(200, '<!doctype html><p>app', 'text/html').impl);
    expect(html).toMatchObject({ status: 'missing', note: expect.stringMatching(/HTML/) });
    expect((await readSecurityTxt('https://a.io', NOW, fakeFetch(500, 'x').impl)).status).toBe('unreachable');
    const failing = (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch;
    expect((await readSecurityTxt('https://a.io', NOW, failing)).status).toBe('unreachable');
    expect((await readSecurityTxt('https://a.io', NOW, fakeFetch(200, 'Expires: 2027-03-01T00:00:00Z\n').impl)).status).toBe('invalid');
  });

  it('a valid file served with another type is still valid, with a warning', async () => {
    const check = await readSecurityTxt('https://a.io', NOW, fakeFetch(200, VALID, 'application/octet-stream').impl);
    expect(check.status).toBe('found');
    expect(check.result?.findings.find((f) => f.code === 'content_type')?.severity).toBe('warning');
  });
});

describe('withSecurityTxt', () => {
  const report = auditText('# Security at Acme\n\nAll data is encrypted at rest with AES-256. We use TLS 1.2+.\n\nWe are SOC 2 Type II certified.\n', 'page');

  it('a valid file adds security_txt and a disclosure contact, quoting the file', async () => {
    const check = await readSecurityTxt('https://acme.io', NOW, fakeFetch(200, VALID).impl);
    const merged = withSecurityTxt(report, check);
    expect(merged.controls.security_txt).toMatchObject({ status: 'implemented', attributes: { url: 'https://acme.io/.well-known/security.txt' } });
    expect(merged.controls.vulnerability_disclosure).toMatchObject({ status: 'implemented', attributes: { contact: 'security@acme.io' } });
    expect(merged.claims.filter((c) => c.evidence[0]!.startsWith('security.txt: '))).toHaveLength(2);
    expect(merged.controls.soc2).toEqual(report.controls.soc2);
  });

  it('an invalid or missing file adds nothing', async () => {
    const invalid = await readSecurityTxt('https://acme.io', NOW, fakeFetch(200, 'Contact: mailto:a@acme.io\nExpires: 2020-01-01T00:00:00Z\n').impl);
    expect(withSecurityTxt(report, invalid)).toBe(report);
    expect(withSecurityTxt(report, null)).toBe(report);
  });
});
