import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim } from './_helpers.ts';

describe('mfa: the words for a second factor, in several languages', () => {
  const claims = [
    'Multi-factor authentication for all users.',
    'We offer two-step verification for every account.',
    'Dual authentication protects every login.',
    'Die Zwei-Faktor-Authentifizierung steht allen Nutzern zur Verfügung.',
    "Nous proposons l'authentification à deux facteurs à tous nos clients.",
    'Tweestapsverificatie is beschikbaar voor alle gebruikers.',
  ];
  for (const sentence of claims) it(sentence, () => expectClaim(controlsOf(sentence), 'mfa', 'implemented'));
  it('a code sent by email is the email method (Dutch)', () => {
    expectClaim(controlsOf('Gebruikers kunnen enkel inloggen via een twee-weg authenticatie welke gebruik maakt van de e-mailaccount van de gebruiker.'), 'mfa', 'implemented', { methods: ['email'] });
  });
  it('a code sent to your email', () => {
    expectClaim(controlsOf('Two-factor authentication sends a one-time code to your email.'), 'mfa', 'implemented', { methods: ['email'] });
  });
  it('NEG: advice to the reader', () => {
    expectNoClaim(controlsOf('You should enable two-factor authentication on your account.'), 'mfa');
  });
  it('NEG: staff 2FA is employee_access', () => {
    const c = controlsOf('Our engineers must use Two-Factor authentication to access production systems.');
    expectNoClaim(c, 'mfa');
    expectClaim(c, 'employee_access', 'implemented', { mfa_required: true });
  });
});
