import { describe, it, expect } from 'vitest';
import { clauseAround } from '../../../extractors/language/clauses.ts';

const clause = (text: string, at: string) => {
  const span = clauseAround(text, text.indexOf(at));
  return text.slice(span.start, span.end).trim();
};

describe('clauses', () => {
  it('a sentence without a break is one clause', () => {
    const t = 'All data is encrypted at rest and in transit.';
    expect(clause(t, 'rest')).toBe(t);
  });
  it('", but" splits', () => {
    const t = 'We are not yet ISO 27001 certified, but we hold SOC 2 Type II.';
    expect(clause(t, 'SOC 2')).not.toContain('not yet');
  });
  it('";" splits', () => {
    expect(clause('SSO is not available; SCIM is supported.', 'SCIM')).toBe('SCIM is supported.');
  });
  it('a dash between spaces splits', () => {
    expect(clause('No on-prem edition — all plans are cloud hosted.', 'cloud')).not.toContain('No');
  });
});
