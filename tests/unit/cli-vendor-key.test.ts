import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm run audit -- --json`: vendor.domain is the vendor's key, from the page's canonical URL, never from its text. */
const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'vetter-cli-key-'));
// the zentrik page names zentrik.ai everywhere in its text: only its canonical URL may key it
const zentrik = readFileSync(join(ROOT, 'tests/fixtures/zentrik/source.html'), 'utf8');
const at = (name: string, canonical: string | null) => {
  const html = zentrik.replace(/<meta property="og:url"[^>]*>/, '').replace(/<link rel="canonical"[^>]*>/, canonical ? `<link rel="canonical" href="${canonical}">` : '');
  const p = join(tmp, `${name}.html`);
  writeFileSync(p, html);
  return p;
};
const auditJson = (...files: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', '--json', ...files], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { vendor: { name: string | null; domain: string | null } });
};

describe('audit CLI: vendor.domain', () => {
  it('is the per-vendor address on a platform, the private-suffix domain, the IP host; null without a URL', () => {
    const reports = auditJson(
      at('safebase', 'https://zentrik.safebase.io/'),
      at('vanta', 'https://trust.vanta.com/zentrik/overview'),
      at('github', 'https://zentrik.github.io/trust/'),
      at('ip', 'http://10.0.0.5/trust'),
      at('ordinary', 'https://trust.zentrik.ai/security'),
      at('none', null),
    );
    expect(reports.map((r) => r.vendor.domain)).toEqual(['zentrik.safebase.io', 'trust.vanta.com/zentrik', 'zentrik.github.io', '10.0.0.5', 'zentrik.ai', null]);
    // the name is still read from the page
    expect(reports.map((r) => r.vendor.name)).toEqual(Array(6).fill('Zentrik'));
  });
});
