import { describe, expect, it } from 'vitest';
import { vendorKey } from '../../lib/vendor-identity.ts';

describe('vendorKey: who the vendor is, not who hosts its page', () => {
  it.each([
    ['https://acme.safebase.io/', 'acme.safebase.io'],
    ['https://zentrik.safebase.io/documents', 'zentrik.safebase.io'],
    ['https://app.safebase.io/acme/portal', 'app.safebase.io/acme'],
    ['https://trust.vanta.com/acme/overview', 'trust.vanta.com/acme'],
    ['https://trust.vanta.com/Zentrik', 'trust.vanta.com/zentrik'],
    ['https://acme.trust.drata.com/', 'acme.trust.drata.com'],
    ['https://trust.drata.com/acme', 'trust.drata.com/acme'],
    ['https://acme.conveyor.com/', 'acme.conveyor.com'],
    ['https://acme.whistic.com/profile', 'acme.whistic.com'],
  ])('on a trust-center platform, %s is keyed by the per-vendor address %s', (url, key) => {
    expect(vendorKey(url, new URL(url).hostname)).toBe(key);
  });

  it('keeps two vendors on one platform apart', () => {
    expect(vendorKey('https://acme.safebase.io/')).not.toBe(vendorKey('https://zentrik.safebase.io/'));
    expect(vendorKey('https://trust.vanta.com/acme')).not.toBe(vendorKey('https://trust.vanta.com/zentrik'));
  });

  it.each([
    ['https://acme.github.io/security/', 'acme.github.io'],
    ['https://x.vercel.app/trust', 'x.vercel.app'],
    ['https://trust.acme.co.uk/security', 'acme.co.uk'],
    ['https://www.brambleway.io/security', 'brambleway.io'],
    ['https://security.zentrik.ai/', 'zentrik.ai'],
  ])('elsewhere %s is keyed by its registrable domain with private suffixes counted: %s', (url, key) => {
    expect(vendorKey(url, new URL(url).hostname)).toBe(key);
  });

  it('an IP address or a one-word intranet host is its own key, whatever the page names', () => {
    expect(vendorKey('http://10.0.0.5/trust', 'zentrik.ai')).toBe('10.0.0.5');
    expect(vendorKey('http://10.0.0.5/trust', '10.0.0.5')).toBe('10.0.0.5');
    expect(vendorKey('http://[2001:db8::1]/trust', null)).toBe('[2001:db8::1]');
    expect(vendorKey('http://intranet/security', 'zentrik.ai')).toBe('intranet');
  });

  it('a real site is never keyed by a domain the report names', () => {
    expect(vendorKey('https://evil.example.com/x', 'zentrik.ai')).toBe('example.com');
  });

  it('a loopback test host is keyed by the domain its page names, else its host', () => {
    expect(vendorKey('http://127.0.0.1:8080/zentrik/', 'zentrik.ai')).toBe('zentrik.ai');
    expect(vendorKey('http://zentrik.localhost:8080/zentrik/', 'trust.zentrik.ai')).toBe('zentrik.ai');
    expect(vendorKey('http://localhost:3000/', 'acme.safebase.io')).toBe('acme.safebase.io');
    expect(vendorKey('http://127.0.0.1:8080/x', null)).toBe('127.0.0.1');
    expect(vendorKey('http://127.0.0.1:8080/x', 'localhost')).toBe('127.0.0.1');
  });

  it('no http(s) URL: the reported host keyed, or nothing', () => {
    expect(vendorKey(null, null)).toBeNull();
    expect(vendorKey('javascript:alert(1)', null)).toBeNull();
    expect(vendorKey(null, 'trust.acme.co.uk')).toBe('acme.co.uk');
  });
});
