import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim } from './_helpers.ts';

describe('session_security: an automatic logout', () => {
  const claims: [string, Record<string, unknown>][] = [
    ['- Auto logout (after 30 mins)', { idle_timeout_minutes: 30 }],
    ['Every account has a timed log out.', {}],
    ['Users are logged out automatically after 15 minutes of inactivity.', { idle_timeout_minutes: 15 }],
    ['Inactive users are automatically signed out.', {}],
    ['Nach 20 Minuten Inaktivität erfolgt eine automatische Abmeldung.', { idle_timeout_minutes: 20 }],
    ['Une déconnexion automatique protège les postes partagés.', {}],
  ];
  for (const [sentence, attributes] of claims) it(sentence, () => expectClaim(controlsOf(sentence), 'session_security', 'implemented', attributes));
  it('NEG: advice to log out', () => {
    expectNoClaim(controlsOf('Remember to log out when you use a shared computer.'), 'session_security');
  });
  it('NEG: a menu instruction', () => {
    expectNoClaim(controlsOf('Click Log out in the menu to leave.'), 'session_security');
  });
});
