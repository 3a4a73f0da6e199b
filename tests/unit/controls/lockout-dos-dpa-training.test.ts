import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim } from './_helpers.ts';

describe('rate_limiting: lockout after failed attempts', () => {
  const claims = [
    '- User lockout (after consecutive fail attempts to login)',
    'Accounts are locked after five failed login attempts.',
    'After 5 consecutive failed login attempts the account is blocked for 24 hours.',
    'Login lockout protects every account.',
  ];
  for (const sentence of claims) it(sentence, () => expectClaim(controlsOf(sentence), 'rate_limiting', 'implemented'));
  it('NEG: a lock screen', () => expectNoClaim(controlsOf('The mobile app has a lock screen after you fail to unlock.'), 'rate_limiting'));
});

describe('ddos_protection: DoS wording', () => {
  it('"Dos attack protection" as a list item', () => expectClaim(controlsOf('Our measures include:', '- Dos attack protection'), 'ddos_protection', 'implemented'));
  it('protected against DoS', () => expectClaim(controlsOf('The platform is protected against DoS attacks by our CDN.'), 'ddos_protection', 'implemented'));
  it('German DDoS-Schutz', () => expectClaim(controlsOf('Ein DDoS-Schutz ist für alle Server aktiv.'), 'ddos_protection', 'implemented'));
  it('NEG: a DOS prompt', () => expectNoClaim(controlsOf('The DOS prompt is no longer supported.'), 'ddos_protection'));
});

describe('dpa: its names', () => {
  const claims = [
    'All customer data is processed under our Data Processor Addendum.',
    'Wir schließen mit jedem Kunden einen Auftragsverarbeitungsvertrag ab.',
    'Un contrat de sous-traitance est signé avec chaque client.',
    'Wij sluiten met iedere klant een verwerkersovereenkomst af.',
  ];
  for (const sentence of claims) it(sentence, () => expectClaim(controlsOf(sentence), 'dpa', 'implemented'));
});

describe('security_training: staff training without the words "security training"', () => {
  const claims: [string, Record<string, unknown>][] = [
    ['The operations team has mandatory recurring training regarding the applicable policies.', {}],
    ['All employees complete annual training on data protection.', { frequency: 'annual' }],
    ['Our engineers receive training on secure coding every year.', { frequency: 'annual' }],
    ['Alle Mitarbeiter erhalten regelmäßige Datenschutzschulungen.', {}],
    ['Nos collaborateurs suivent une formation à la sécurité chaque année.', {}],
  ];
  for (const [sentence, attributes] of claims) it(sentence, () => expectClaim(controlsOf(sentence), 'security_training', 'implemented', attributes));
  const negatives = [
    'We offer regular training webinars for customers on our reporting features.',
    'Your team can take our free onboarding training.',
  ];
  for (const sentence of negatives) it(`NEG: ${sentence}`, () => expectNoClaim(controlsOf(sentence), 'security_training'));
});
