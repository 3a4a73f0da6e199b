import { describe, it, expect } from 'vitest';
import { isProviderAttributed } from '../../../extractors/language/attribution.ts';

function provider(text: string, mention: string): boolean {
  const start = text.indexOf(mention);
  if (start < 0) throw new Error(`"${mention}" not in "${text}"`);
  return isProviderAttributed(text, start, start + mention.length);
}

describe("a provider's certificate", () => {
  it.each([
    ['Our infrastructure runs on AWS, which is ISO 27001 and SOC 2 certified.', 'SOC 2'],
    ['Customer data is hosted in SOC 2 Type II certified data centers.', 'SOC 2'],
    ['Card payments are processed by Stripe, a PCI DSS Level 1 service provider.', 'PCI DSS'],
    ['Our sub-processors maintain ISO 27001 certification.', 'ISO 27001'],
    ['We use a managed PostgreSQL database hosted with an ISO 27001 certified provider.', 'ISO 27001'],
    ["Google Cloud's ISO 27001 certificate covers the data centres we use.", 'ISO 27001'],
  ])('%s', (text, mention) => {
    expect(provider(text, mention)).toBe(true);
  });
});

describe("the vendor's own certificate", () => {
  it.each([
    ['We are SOC 2 Type II certified and host on AWS.', 'SOC 2'],
    ['Acme is ISO 27001 certified.', 'ISO 27001'],
    ['We hold our own SOC 2 Type II report, issued by an independent auditor.', 'SOC 2'],
    ['We are ISO 27001 certified; our hosting provider AWS holds its own certifications.', 'ISO 27001'],
  ])('%s', (text, mention) => {
    expect(provider(text, mention)).toBe(false);
  });
});
