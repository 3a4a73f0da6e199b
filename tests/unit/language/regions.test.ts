import { describe, it, expect } from 'vitest';
import { defaultRegionsIn, REGION_MENTION, regionsIn } from '../../../extractors/language/regions.ts';

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

describe('defaultRegionsIn: where data is by default, not a region offered instead', () => {
  const d = (text: string) => [...defaultRegionsIn(text)].sort();
  it.each([
    ['All data is stored on servers in the European Union (Frankfurt, Germany) by default.', ['DE', 'EU']],
    ['US-region storage by default, with EU, Canadian, or APAC residency available on request.', ['US']],
    ['Hosted on AWS in us-east-1, with an EU region available for Enterprise plans.', ['US']],
    ['Customer data is stored in Germany; a US region can be chosen instead.', ['DE', 'EU']],
    ['Data is hosted in the EU, while US hosting is an add-on.', ['EU']],
    ['Servers and networks reside in US-based data centers.', ['US']],
    ['Data is stored in the EU on all plans.', ['EU']],
    // the seed's own answer (zentralink): where a self-hosted install may run is named, not offered instead of a default
    ['ZentraLink can be self-hosted on your own German or EU infrastructure.', ['DE', 'EU']],
    ['Workspaces can be hosted in Canada or Australia.', ['AU', 'CA']],
  ])('%s → %j', (text, want) => expect(d(text)).toEqual(want));

  it.each([
    'US-region storage is available on Team and Enterprise plans.',
    'EU, Canadian, or APAC residency available on request.',
    'Customers can choose between EU and US data centers.',
    'Data residency options: US, EU and Australia.',
    'We host in the EU or the US, your choice.',
    'Enterprise customers may request hosting in Switzerland.',
  ])('%s → none (an option, no default)', (text) => expect(d(text)).toEqual([]));
});
