import { describe, it, expect } from 'vitest';
import { contextStatus, cueInClause, findCues } from '../../../extractors/language/status-cues.ts';

/** The status the first un-negated cue of a sentence gives, 'negated' if all cues are negated, null if none. */
function cueOf(text: string): string | null {
  const cues = findCues(text);
  if (!cues.length) return null;
  const live = cues.filter((c) => !c.negated).sort((a, b) => a.start - b.start);
  return live[0]?.status ?? 'negated';
}

describe('in progress', () => {
  it.each([
    'Our SOC 2 Type II audit is in progress.',
    'Audit engagement initiated with an independent CPA firm.',
    'ISO 27001 documentation is in preparation.',
    'We are currently undergoing our first HIPAA assessment.',
    'The SOC 2 Type II observation period started in January and runs for six months.',
  ])('%s', (text) => {
    expect(cueOf(text)).toBe('in_progress');
  });
});

describe('planned', () => {
  it.each([
    'SSO is on our roadmap.',
    'We are working toward ISO 27001 certification.',
    'Upcoming: SCIM provisioning for Okta and Entra ID.',
    'A SOC 2 Type I report is planned for Q4.',
    'HIPAA compliance is expected by mid-2026.',
    'We intend to complete a third-party penetration test later this year.',
  ])('%s', (text) => {
    expect(cueOf(text)).toBe('planned');
  });
});

describe('no cue', () => {
  it.each([
    'Planned maintenance is announced 48 hours in advance on our status page.',
    'Planned downtime never exceeds four hours per quarter.',
    'Our SOC 2 Type II report is available to customers.',
    'Acme completed its SOC 2 Type II audit in Q3 2024.',
  ])('%s', (text) => {
    expect(cueOf(text)).toBeNull();
  });
});

describe('negated cues', () => {
  it('"no plans to" is a negated cue', () => {
    expect(cueOf('We have no plans to offer an on-premise edition.')).toBe('negated');
  });
  it('"not on our roadmap" is a negated cue', () => {
    expect(cueOf('Self-hosting is not on our roadmap.')).toBe('negated');
  });
});

describe('a cue governs its own clause only', () => {
  const text = 'We completed our SOC 2 Type II audit, and our ISO 27001 certification is in progress.';
  it('the finished audit has no cue', () => {
    expect(cueInClause(text, text.indexOf('SOC 2'))).toBeNull();
  });
  it('the certification in the second clause is in progress', () => {
    expect(cueInClause(text, text.indexOf('ISO 27001'))?.status).toBe('in_progress');
  });
});

describe('headings and lead-ins', () => {
  it('"Security Roadmap" → planned', () => expect(contextStatus('Security Roadmap')).toBe('planned'));
  it('"Upcoming milestones include:" → planned', () => expect(contextStatus('Upcoming milestones include:')).toBe('planned'));
  it('"What we\'re working on" → in progress', () => expect(contextStatus("What we're working on")).toBe('in_progress'));
  it('"Certifications" → none', () => expect(contextStatus('Certifications')).toBeNull());
  it('"Planned maintenance" is no roadmap', () => expect(contextStatus('Planned maintenance')).toBeNull());
});
