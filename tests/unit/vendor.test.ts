import { describe, expect, it } from 'vitest';
import { vendorDomain } from '../../extractors/vendor.ts';

describe('vendorDomain', () => {
  it('is the registrable domain of the page’s URL', () => {
    expect(vendorDomain('https://trust.acme.co.uk/security', 'Write to security@other.io')).toBe('acme.co.uk');
  });

  it('on a loopback host (localhost, *.localhost, 127.0.0.1) is the domain the page names most', () => {
    const text = 'Write to security@zentrik.ai or see https://zentrik.ai/status. Hosted by fly.io.';
    for (const url of ['http://localhost:3000/security', 'http://zentrik.localhost:8080/zentrik/', 'http://127.0.0.1:8080/x']) expect(vendorDomain(url, text), url).toBe('zentrik.ai');
  });
});
