import { describe, it, expect } from 'vitest';
import { ALIGNMENT_ONLY, qualifiersIn } from '../../../extractors/language/hedges.ts';

describe('hedges become qualifiers', () => {
  it.each([
    ['Our target RTO is 4 hours.', 'target'],
    ['We aim for a recovery point of one hour.', 'target'],
    ['Support responds on a best-effort basis during weekends.', 'target'],
    ['Personal data is pseudonymised where feasible.', 'where_feasible'],
    ['Data is encrypted at rest where possible.', 'where_feasible'],
    ['EU data residency may be available for larger contracts.', 'may'],
    ['Our SOC 2 Type II report is available on request.', 'on_request'],
    ['Penetration test summaries can be shared under NDA.', 'on_request'],
    ['Session recordings are kept for 30 days if enabled.', 'optional'],
    ['SSO is available on the Enterprise plan.', 'optional'],
    ['Our security program is aligned with ISO 27001.', 'aligned'],
    ['We follow the NIST Cybersecurity Framework.', 'aligned'],
    ['Backups of self-hosted instances are customer-operated.', 'customer_operated'],
    ['Encryption keys are customer-managed through your own KMS.', 'customer_operated'],
  ])('%s → %s', (text, qualifier) => {
    expect(qualifiersIn(text)).toContain(qualifier);
  });

  it('a plain claim has no qualifier', () => {
    expect(qualifiersIn('All customer data is encrypted at rest with AES-256.')).toEqual([]);
  });
  it('a month name is no hedge ("May 2024")', () => {
    expect(qualifiersIn('Our SOC 2 Type II report was issued in May 2024.')).toEqual([]);
  });
  it('several hedges in one sentence all count', () => {
    const q = qualifiersIn('Where feasible, a dedicated environment may be provided on request.');
    expect(q).toEqual(expect.arrayContaining(['where_feasible', 'may', 'on_request']));
  });
});

describe('alignment is not a certificate', () => {
  it('"aligned with" right before the name', () => {
    expect(ALIGNMENT_ONLY.test('Our ISMS is aligned with ')).toBe(true);
  });
  it('"based on" right before the name', () => {
    expect(ALIGNMENT_ONLY.test('Our controls are based on ')).toBe(true);
  });
  it('"certified to" is a certificate', () => {
    expect(ALIGNMENT_ONLY.test('We are certified to ')).toBe(false);
  });
});
