import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim } from './_helpers.ts';

describe('tenant_isolation: more ways to say it', () => {
  const claims: [string, Record<string, unknown>][] = [
    ['Isolation of data per organization is ensured at software level.', { layer: 'application' }],
    ['We use row-level security to ensure users can only access their own data.', {}],
    ['Customers can only see their own records.', {}],
    ['Les niveaux Entreprise utilisent des instances dédiées avec isolation réseau pour éviter la fuite de données entre clients.', { layer: 'infrastructure' }],
    ['Die Daten sind durch Mandantentrennung geschützt.', {}],
  ];
  for (const [sentence, attributes] of claims) it(sentence, () => expectClaim(controlsOf(sentence), 'tenant_isolation', 'implemented', attributes));
  it('NEG: a user sees only their own settings', () => expectNoClaim(controlsOf('Users can only access their own profile settings.'), 'tenant_isolation'));
});
