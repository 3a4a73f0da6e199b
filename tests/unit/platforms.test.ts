import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectPlatform, platformMessage } from '../../extractors/platforms/detect.ts';
import { PLATFORM_DOMAINS, TRUST_PLATFORMS } from '../../extractors/platforms/platforms.ts';

const doc = (body: string, head = '') => new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;
const TRUST = '<h1>Trust Center</h1><p>We hold a SOC 2 Type II report.</p>';

describe('detectPlatform', () => {
  it('knows a platform by its hostname', () => {
    expect(detectPlatform(doc(TRUST), 'https://acme.safebase.io/')).toMatchObject({ id: 'safebase', gated: true, signals: ['hostname acme.safebase.io'] });
    expect(detectPlatform(doc(TRUST), 'https://trust.vanta.com/acme')?.id).toBe('vanta');
    expect(detectPlatform(doc(TRUST), 'https://acme.conveyor.com/')?.id).toBe('conveyor');
  });

  it('knows a custom domain by the assets it loads from the platform', () => {
    const m = detectPlatform(doc(TRUST, '<script src="https://cdn.safebase.io/trust/app.js"></script>'), 'https://trust.acme.com/');
    expect(m).toMatchObject({ id: 'safebase', signals: ['loads assets from cdn.safebase.io'] });
  });

  it('knows a custom domain by the credit line at the end of the page', () => {
    expect(detectPlatform(doc(`${TRUST}<footer>Powered by Drata</footer>`), 'https://trust.acme.com/')?.id).toBe('drata');
    expect(detectPlatform(doc(`${TRUST}<div>© Acme · Powered by Whistic</div>`), 'https://security.acme.com/')?.name).toBe('Whistic');
  });

  it('is not fooled by a page that only talks about a platform', () => {
    const blog = `<h1>SafeBase vs Vanta: which trust center?</h1><p>We evaluated SafeBase, Vanta, Drata and Conveyor. Many trust centers are powered by SafeBase today.</p>${'<p>More text about compliance tooling.</p>'.repeat(60)}`;
    expect(detectPlatform(doc(blog), 'https://blog.example.com/trust-centers')).toBeNull();
    // its own marketing site is not a trust center it hosts
    expect(detectPlatform(doc(TRUST), 'https://www.conveyor.com/')).toBeNull();
    // a consent banner from a company that also sells trust centers is not a marker
    expect(detectPlatform(doc(TRUST, '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"></script><script src="https://consent.trustarc.com/notice"></script>'), 'https://acme.com/security')).toBeNull();
  });

  it('says so in words for the popup', () => {
    const m = detectPlatform(doc(TRUST), 'https://acme.safebase.io/')!;
    expect(platformMessage(m)).toBe('Trust center hosted on SafeBase — some documents need a request or NDA.');
  });
});

describe('detectPlatform at page load', () => {
  it('can skip the page text: hosts still count, the credit line does not', () => {
    const page = doc(`${TRUST}<footer>Powered by Drata</footer>`, '<script src="https://cdn.safebase.io/x.js"></script>');
    expect(detectPlatform(page, 'https://trust.acme.com/', { readCredits: false })?.id).toBe('safebase');
    expect(detectPlatform(doc(`${TRUST}<footer>Powered by Drata</footer>`), 'https://trust.acme.com/', { readCredits: false })).toBeNull();
  });
});

describe('platform hosts lie under PLATFORM_DOMAINS', () => {
  // detectPlatform tests no host outside these domains, so a pattern for any other host would never fire
  const escaped = (d: string) => d.replace(/\./g, '\\.');
  it.each(TRUST_PLATFORMS.flatMap((p) => [...p.hostnames, ...p.assetHosts].map((re) => [p.id, re.source] as const)))('%s: %s', (_id, source) => {
    // the domain ends the pattern, whole: after "^", "\." or "(?:^|\.)", never inside a longer label ("notsafebase.io")
    const endsWithDomain = (d: string) => [`^${escaped(d)}$`, `\\.${escaped(d)}$`, `(?:^|\\.)${escaped(d)}$`].some((end) => source.endsWith(end));
    expect(PLATFORM_DOMAINS.some(endsWithDomain)).toBe(true);
  });

  it('a host that merely contains a platform domain is not under it', () => {
    const dom = new JSDOM('<html><head><script src="https://notsafebase.io/x.js"></script></head><body>x</body></html>');
    expect(detectPlatform(dom.window.document, 'https://acme.com/security')).toBeNull();
    const real = new JSDOM('<html><head><script src="//static.safebase.io/x.js"></script></head><body>x</body></html>');
    expect(detectPlatform(real.window.document, 'https://acme.com/security')?.id).toBe('safebase');
  });
});
