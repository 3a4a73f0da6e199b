import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSecurityTxt } from '../../extractors/security-txt/index.ts';
import { readSecurityTxt } from '../../lib/security-txt/read.ts';

const NOW = new Date('2026-11-23T00:00:00Z');
const VALID = 'Contact: mailto:security@acme.io\nExpires: 2027-03-01T00:00:00Z\n';
const PROTO_FIELDS = `${VALID}__proto__: polluted\nconstructor: x\ntoString: y\nhasOwnProperty: z\n__proto__: again\n`;

describe('security.txt parser on hostile field names', () => {
  it('keeps __proto__, constructor and toString as ordinary extension fields, and pollutes nothing', () => {
    const result = parseSecurityTxt(PROTO_FIELDS, { now: NOW });
    expect(result.valid).toBe(true);
    expect(Object.getPrototypeOf(result.fields.other)).toBeNull();
    expect(Object.keys(result.fields.other).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty', 'toString']);
    expect(result.fields.other['__proto__']).toEqual(['polluted', 'again']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.parse(JSON.stringify(result.fields.other)).toString).toEqual(['y']);
  });

  it('turns any exception inside the check into an invalid file with a finding, never a throw', () => {
    const hostile = { get length(): number { throw new Error('boom'); } } as unknown as string;
    const result = parseSecurityTxt(hostile, { now: NOW });
    expect(result.valid).toBe(false);
    expect(result.findings).toEqual([expect.objectContaining({ severity: 'error', code: 'parse_failed', message: expect.stringMatching(/^The file could not be checked \(.+\); treat it as not valid\.$/) })]);
  });
});

/** A fetch whose body is a stream we control: how much of it was pulled, and whether it was cancelled. */
function streamingFetch(opts: { chunks: number; chunkBytes: number; headers?: Record<string, string>; stallAfter?: number; status?: number; url?: string }) {
  const seen = { pulled: 0, cancelled: false, init: undefined as RequestInit | undefined };
  const impl = (async (_url: string, init: RequestInit) => {
    seen.init = init;
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (opts.stallAfter !== undefined && sent >= opts.stallAfter) {
          await new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
        }
        if (sent >= opts.chunks) { controller.close(); return; }
        sent++;
        seen.pulled += opts.chunkBytes;
        controller.enqueue(new TextEncoder().encode('#'.repeat(opts.chunkBytes - 1) + '\n'));
      },
      cancel() { seen.cancelled = true; },
    }, { highWaterMark: 0 });
    const response = new Response(body, { status: opts.status ?? 200, headers: { 'content-type': 'text/plain', ...opts.headers } });
    if (opts.url) Object.defineProperty(response, 'url', { value: opts.url });
    return response;
  }) as unknown as typeof fetch;
  return { impl, seen };
}

describe('readSecurityTxt bounds what it reads', () => {
  it('refuses a Content-Length over 64 KB without reading the body', async () => {
    const { impl, seen } = streamingFetch({ chunks: 4096, chunkBytes: 65536, headers: { 'content-length': String(256 * 1024 * 1024) } });
    const check = await readSecurityTxt('https://a.io', NOW, impl);
    expect(check).toMatchObject({ status: 'invalid', note: expect.stringMatching(/over 64 KB \(268435456 bytes or more\)/) });
    expect(seen.pulled).toBe(0);
  });

  it('streams a body of unknown length and cancels it as soon as it passes 64 KB (a 256 MB file is not read whole)', async () => {
    const { impl, seen } = streamingFetch({ chunks: 16384, chunkBytes: 16384 });
    const check = await readSecurityTxt('https://a.io', NOW, impl);
    expect(check).toMatchObject({ status: 'invalid', note: expect.stringMatching(/over 64 KB/) });
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(64 * 1024 + 2 * 16384);
  });

  it('a body that stalls until the timeout is a row saying unreachable, not an exception', async () => {
    const { impl } = streamingFetch({ chunks: 10, chunkBytes: 10, stallAfter: 1 });
    const check = await readSecurityTxt('https://a.io', NOW, impl);
    expect(check).toMatchObject({ status: 'unreachable', note: expect.stringMatching(/did not arrive within 5 seconds/) });
  }, 10_000);

  it('asks the browser not to follow redirects, and a redirect or another site’s answer is never the vendor’s file', async () => {
    const redirect = streamingFetch({ chunks: 1, chunkBytes: 10, status: 301 });
    const check = await readSecurityTxt('https://a.io', NOW, redirect.impl);
    expect(redirect.seen.init?.redirect).toBe('manual');
    expect(check).toMatchObject({ status: 'missing', note: expect.stringMatching(/redirects .* does not follow redirects/) });
    const opaque = (async () => Response.redirect('https://evil.example/security.txt', 302)) as unknown as typeof fetch;
    expect((await readSecurityTxt('https://a.io', NOW, opaque)).status).toBe('missing');
    const elsewhere = (async () => { const r = new Response(VALID, { headers: { 'content-type': 'text/plain' } }); Object.defineProperty(r, 'url', { value: 'https://evil.example/.well-known/security.txt' }); return r; }) as unknown as typeof fetch;
    const cross = await readSecurityTxt('https://a.io', NOW, elsewhere);
    expect(cross.status).toBe('missing');
    expect(cross.result).toBeUndefined();
  });

  it('a file with __proto__, constructor and toString fields is a row, found', async () => {
    const impl = (async () => new Response(PROTO_FIELDS, { headers: { 'content-type': 'text/plain' } })) as unknown as typeof fetch;
    const check = await readSecurityTxt('https://a.io', NOW, impl);
    expect(check.status).toBe('found');
    expect(check.result?.fields.other['constructor']).toEqual(['x']);
  });
});

describe('audit CLI --security-txt on hostile field names', () => {
  it('prints a report, not an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vetter-sectxt-'));
    const file = join(dir, 'security.txt');
    writeFileSync(file, PROTO_FIELDS);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', '--security-txt', '--json', '--now', NOW.toISOString(), file], { cwd: resolve(import.meta.dirname, '../..'), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ file, valid: true });
    expect(Object.entries(report.fields.other)).toEqual([['__proto__', ['polluted', 'again']], ['constructor', ['x']], ['toString', ['y']], ['hasOwnProperty', ['z']]]);
  });
});

describe('readSecurityTxt never rejects', () => {
  it('a response whose headers throw is still a row, unreachable', async () => {
    const weird = (async () => ({ type: 'basic', status: 200, ok: true, url: '', headers: { get: () => { throw new Error('headers gone'); } }, body: null })) as unknown as typeof fetch;
    expect(await readSecurityTxt('https://a.io', NOW, weird)).toMatchObject({ status: 'unreachable', note: 'The file could not be read (headers gone).' });
  });
});
