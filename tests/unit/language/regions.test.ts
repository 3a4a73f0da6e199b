import { describe, it, expect } from 'vitest';
import { REGION_MENTION, regionsIn } from '../../../extractors/language/regions.ts';

const sorted = (text: string) => [...regionsIn(text)].sort();

describe('regions', () => {
  it('"sjc (US)" → US', () => expect(sorted('sjc (US)')).toEqual(['US']));
  it('"mad (EU)" → EU', () => expect(sorted('mad (EU)')).toEqual(['EU']));
  it('"Germany" → DE and EU', () => expect(sorted('Data is stored in Germany.')).toEqual(['DE', 'EU']));
  it('"eu-central-1" → DE and EU', () => expect(sorted('Our primary region is eu-central-1.')).toEqual(['DE', 'EU']));
  it('"us-east-1" → US', () => expect(sorted('Workloads run in us-east-1.')).toEqual(['US']));
  it('"London" → UK, not EU', () => expect(sorted('Hosted in London.')).toEqual(['UK']));
  it('"Frankfurt and Virginia" → DE, EU, US', () => expect(sorted('Servers in Frankfurt and Virginia.')).toEqual(['DE', 'EU', 'US']));
  it('"Sydney" → AU', () => expect(sorted('Australian customers are hosted in Sydney.')).toEqual(['AU']));
  it('"contact us" is not US', () => expect(sorted('For details, contact us.')).toEqual([]));
  it('"Let us know" is not US', () => expect(sorted('Let us know if you need a DPA.')).toEqual([]));
  it('REGION_MENTION sees a region and ignores the pronoun', () => {
    expect(REGION_MENTION.test('stored in the EU')).toBe(true);
    expect(REGION_MENTION.test('email us anytime')).toBe(false);
  });
});
