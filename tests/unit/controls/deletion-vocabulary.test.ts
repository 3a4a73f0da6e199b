import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim } from './_helpers.ts';

describe('data_deletion: deletion said without naming whose data, and in other languages', () => {
  const claims: [string, Record<string, unknown>][] = [
    ['After retention expires, data is cryptographically purged.', {}],
    ['- Soft-deleted entities are hard-deleted after a 30-day grace window.', { sla_days: 30 }],
    ['Organization delete requests are handled within 30 days.', { sla_days: 30 }],
    ['Records are permanently deleted 90 days after cancellation.', { sla_days: 90 }],
    ['Nach Vertragsende werden alle Daten gelöscht.', {}],
    ['À la fin du contrat, les données sont supprimées.', {}],
    ['Na beëindiging worden uw gegevens verwijderd.', {}],
  ];
  for (const [sentence, attributes] of claims) it(sentence, () => expectClaim(controlsOf(sentence), 'data_deletion', 'implemented', attributes));
  const negatives = [
    'You can delete a file at any time from the menu.',
    'Files are deleted by the user from the trash.',
    'Learn how to delete a project in the settings.',
  ];
  for (const sentence of negatives) it(`NEG: ${sentence}`, () => expectNoClaim(controlsOf(sentence), 'data_deletion'));
});
