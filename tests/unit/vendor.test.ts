import { describe, expect, it } from 'vitest';
import { mostNamedHost, vendorDomain, vendorName } from '../../extractors/vendor.ts';

describe('vendorDomain (the host the page reports; the library keys it)', () => {
  it('is the host of the page’s URL, never a domain its text names', () => {
    expect(vendorDomain('https://trust.acme.co.uk/security', 'Write to security@other.io')).toBe('trust.acme.co.uk');
    expect(vendorDomain('http://10.0.0.5/trust', 'Write to security@zentrik.com, see https://zentrik.com')).toBe('10.0.0.5');
    expect(vendorDomain('http://intranet/trust', 'security@zentrik.com')).toBe('intranet');
  });

  it('without a URL is null: text alone never names the vendor’s key', () => {
    expect(vendorDomain(null, 'Write to security@zentrik.ai')).toBeNull();
  });

  it('on a loopback host (localhost, *.localhost, 127.0.0.1) is the host the page names most', () => {
    const text = 'Write to security@zentrik.ai or see https://trust.zentrik.ai/status and https://zentrik.ai. Hosted by fly.io, see https://fly.io.';
    for (const url of ['http://localhost:3000/security', 'http://zentrik.localhost:8080/zentrik/', 'http://127.0.0.1:8080/x']) expect(vendorDomain(url, text), url).toBe('zentrik.ai');
  });
});

describe('mostNamedHost', () => {
  it('counts a sub-host with its named parent', () => {
    expect(mostNamedHost('a@acme.io https://docs.acme.io https://status.acme.io https://aws.amazon.com https://aws.amazon.com')).toBe('acme.io');
  });
});

describe('vendorName from the host', () => {
  it('skips the labels that name a part of a site or a platform', () => {
    const text = 'Acme is SOC 2 certified. Trust matters to Acme.';
    expect(vendorName({ domain: 'trust.acme.com', title: '', text })).toBe('Acme');
    expect(vendorName({ domain: 'acme.safebase.io', title: '', text })).toBe('Acme');
  });
});
