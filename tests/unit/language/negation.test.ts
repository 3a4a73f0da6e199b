import { describe, it, expect } from 'vitest';
import { isNegated, isPhraseNegated, maskNonNegations } from '../../../extractors/language/negation.ts';

/** Whether the first occurrence of `mention` in `text` is denied. */
function denies(text: string, mention: string): boolean {
  const start = text.indexOf(mention);
  if (start < 0) throw new Error(`"${mention}" not in "${text}"`);
  return isNegated(text, start, start + mention.length);
}

describe('negation before the mention', () => {
  it('a plain statement is not negated', () => {
    expect(denies('All plans include SSO with SAML.', 'SSO')).toBe(false);
  });
  it('"not certified" denies the certification', () => {
    expect(denies('We are not ISO 27001 certified.', 'ISO 27001')).toBe(true);
  });
  it('denies across "or": both items of the list are denied', () => {
    const text = 'We do not offer SSO or SCIM provisioning.';
    expect(denies(text, 'SSO')).toBe(true);
    expect(denies(text, 'SCIM')).toBe(true);
  });
  it('"never" denies ("We never store card numbers")', () => {
    expect(denies('We never store full card numbers on our servers.', 'card numbers')).toBe(true);
  });
  it('"doesn\'t support X yet" is a denial', () => {
    expect(denies("The mobile app doesn't support passkeys yet.", 'passkeys')).toBe(true);
  });
  it('curly apostrophes count too ("don’t")', () => {
    expect(denies('We don’t offer an on-premises edition.', 'on-premises')).toBe(true);
  });
});

describe('negation after the mention', () => {
  it('"SSO is not available"', () => {
    expect(denies('SSO is not available.', 'SSO')).toBe(true);
  });
  it('"SAML SSO isn\'t available on the Starter plan"', () => {
    expect(denies("SAML SSO isn't available on the Starter plan.", 'SAML SSO')).toBe(true);
  });
  it('a table-like answer "ISO 27001: No"', () => {
    expect(denies('ISO 27001: No', 'ISO 27001')).toBe(true);
  });
  it('"HIPAA — not supported"', () => {
    expect(denies('HIPAA: not supported', 'HIPAA')).toBe(true);
  });
});

describe('phrases that look negative but deny nothing', () => {
  it('"not only"', () => {
    expect(denies('We not only encrypt backups, we also test restores monthly.', 'encrypt backups')).toBe(false);
  });
  it('"not just"', () => {
    expect(denies('Access is logged not just for admins but for every user.', 'logged')).toBe(false);
  });
  it('"not solely"', () => {
    expect(denies('Backups are stored not solely in one region but in three.', 'Backups')).toBe(false);
  });
  it('"no later than"', () => {
    expect(denies('We notify affected customers of a breach no later than 72 hours after discovery.', 'breach')).toBe(false);
  });
  it('"without undue delay"', () => {
    expect(denies('Affected customers are informed of any breach without undue delay.', 'breach')).toBe(false);
  });
  it('masking keeps every position in place', () => {
    const text = 'We respond no later than 72 hours, not only by email.';
    const masked = maskNonNegations(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/no later|not only/);
    expect(masked.indexOf('72 hours')).toBe(text.indexOf('72 hours'));
  });
});

describe('a negation stays in its own clause', () => {
  it('stops at ", but"', () => {
    const text = 'We are not yet ISO 27001 certified, but we hold a SOC 2 Type II report.';
    expect(denies(text, 'ISO 27001')).toBe(true);
    expect(denies(text, 'SOC 2')).toBe(false);
  });
  it('stops at ";"', () => {
    const text = 'We do not offer an on-premises edition; all plans include SSO.';
    expect(denies(text, 'on-premises')).toBe(true);
    expect(denies(text, 'SSO')).toBe(false);
  });
  it('stops at ", and" before a new subject', () => {
    expect(denies('We do not sell personal data, and all traffic is encrypted with TLS.', 'TLS')).toBe(false);
  });
});

describe('negated phrases (cues, hedges)', () => {
  it('"no plans to" is negated', () => {
    const text = 'We have no plans to offer on-premise hosting.';
    expect(isPhraseNegated(text, text.indexOf('plans to'))).toBe(true);
  });
  it('"we plan to" is not', () => {
    const text = 'We plan to offer SCIM provisioning next quarter.';
    expect(isPhraseNegated(text, text.indexOf('plan to'))).toBe(false);
  });
});
