import { describe, expect, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim, expectNotImplemented } from './_helpers.ts';

describe('data_residency', () => {
  it('stored exclusively in Germany', () => {
    expectClaim(controlsOf('Customer data is stored exclusively in the EU (Frankfurt, Germany).'), 'data_residency', 'implemented', { regions: ['EU', 'DE'] });
  });
  // catalog v2: "regions a customer chooses between, with no default, are left out" (this one listed them before)
  it('residency options: the control, but no default region', () => {
    expectClaim(controlsOf('Data residency options: US, EU and Australia.'), 'data_residency', 'implemented');
    expect(controlsOf('Data residency options: US, EU and Australia.').data_residency?.attributes.regions).toBeUndefined();
  });
  it('hosted in Canada or Australia', () => {
    expectClaim(controlsOf('Workspaces can be hosted in Canada or Australia.'), 'data_residency', 'implemented', { regions: ['CA', 'AU'] });
  });
  it('the default region, not the one offered on request or on some plans', () => {
    expectClaim(controlsOf('US-region storage by default, with EU or Canadian residency available on request.', 'EU-region storage is available on Team and Enterprise plans.'), 'data_residency', 'implemented', { regions: ['US'] });
  });
  it.each([
    'Core staff are located in the US and Canada.',
    'Our offices are in Berlin and London.',
    'Third-party data processors that integrate with the portal are also US and Canada-based.',
    'Our support engineers are based in Ireland.',
    'Sub-processors are located in the United States.',
  ])('NEG: where people or sub-processors are is no residency: %s', (line) => {
    expectNoClaim(controlsOf('## Data location', line), 'data_residency');
  });
  it('a region list under a hosting heading', () => {
    expectClaim(controlsOf('## Hosting regions', '- sjc (US)', '- mad (EU)'), 'data_residency', 'implemented', { regions: ['US', 'EU'] });
  });
  it('a cloud region id', () => {
    expectClaim(controlsOf('All production data is hosted in AWS eu-central-1.'), 'data_residency', 'implemented', { regions: ['DE', 'EU'] });
  });
  it('NEG: "contact us" is no region', () => {
    expectNoClaim(controlsOf('## Where your data is stored', 'For details about our hosting, contact us.'), 'data_residency');
  });
  it('NEG: data subjects are no residency', () => {
    expectNoClaim(controlsOf('Personal data of EU data subjects is transferred under Standard Contractual Clauses.'), 'data_residency');
  });
});

describe('self_hosting', () => {
  it('self-hosted on your own infrastructure', () => {
    expectClaim(controlsOf('Acme can be self-hosted on your own infrastructure using Docker or Kubernetes.'), 'self_hosting', 'implemented');
  });
  it('an on-premise edition', () => {
    expectClaim(controlsOf('An on-premise edition is available for enterprise customers.'), 'self_hosting', 'implemented');
  });
  it('NEG: cloud only', () => {
    expectClaim(controlsOf('We do not offer an on-premises version; Acme is available only as a cloud service.'), 'self_hosting', 'denied');
  });
  it('NEG: no plans', () => {
    expectClaim(controlsOf('We have no plans to offer a self-hosted edition.'), 'self_hosting', 'denied');
  });
});

describe('data_export', () => {
  it('CSV or JSON at any time', () => {
    expectClaim(controlsOf('You can export all of your data at any time in CSV or JSON format.'), 'data_export', 'implemented', { formats: ['CSV', 'JSON'] });
  });
  it('an export SLA', () => {
    expectClaim(controlsOf('Data export requests are fulfilled within 30 days.'), 'data_export', 'implemented', { sla_days: 30 });
  });
  it('a 30-day SLA does not take the 5-day retention next to it', () => {
    const c = controlsOf('Exports of all workspace data are delivered under a 30-day SLA, and backups have 5-day retention.');
    expectClaim(c, 'data_export', 'implemented', { sla_days: 30 });
    expectClaim(c, 'backups', 'implemented', { retention_days: 5 });
  });
  it('"data exports" with a delivery time', () => {
    expectClaim(controlsOf('Full data exports are delivered within 7 days of a request.'), 'data_export', 'implemented', { sla_days: 7 });
  });
  it('NEG: export control laws', () => {
    expectNoClaim(controlsOf('Our products are subject to U.S. export control laws.'), 'data_export');
  });
});

describe('data_deletion', () => {
  it('deleted within 30 days of closure', () => {
    expectClaim(controlsOf('When you close your account, all customer data is permanently deleted within 30 days.'), 'data_deletion', 'implemented', { sla_days: 30 });
  });
  it('a deletion request with an SLA', () => {
    expectClaim(controlsOf('You can submit a deletion request from the privacy center, which we complete within 14 days.'), 'data_deletion', 'implemented', { sla_days: 14 });
  });
  it('purged after termination', () => {
    expectClaim(controlsOf('Your data is purged 90 days after the termination of your contract.'), 'data_deletion', 'implemented', { sla_days: 90 });
  });
  it('NEG: advice to customers', () => {
    expectNoClaim(controlsOf('Customers should delete personal data they no longer need.'), 'data_deletion');
  });
});

describe('no_ai_training', () => {
  it('never used to train AI models', () => {
    expectClaim(controlsOf('We never use customer data to train AI models.'), 'no_ai_training', 'implemented', { scope: 'all_models' });
  });
  it('not used for third-party models', () => {
    expectClaim(controlsOf('Your content is not used to train third-party models.'), 'no_ai_training', 'implemented', { scope: 'public_models' });
  });
  it('NEG: the vendor does train on feedback', () => {
    expectNotImplemented(controlsOf('We use your feedback to train our models.'), 'no_ai_training');
  });
  it('NEG: an AI training section that says data is used', () => {
    expectNotImplemented(controlsOf('## AI training', 'We may use anonymized usage data to improve our models.'), 'no_ai_training');
  });
});

describe('a sub-processor table', () => {
  const table = [
    '## Current sub-processors',
    '',
    '| Sub-processor | Service | Data Location | Transfer Mechanism |',
    '| --- | --- | --- | --- |',
    '| Amazon Web Services Inc. | Cloud Hosting | Frankfurt | SCCs |',
    '| MessageBird B.V. | Telecommunication | Netherlands | N/A (EU-based) |',
  ];
  it('"N/A" under a transfer-mechanism column is no denial of the row, and providers lose their legal suffix', () => {
    expectClaim(controlsOf(...table), 'subprocessors', 'implemented', { providers: ['Amazon Web Services', 'MessageBird'] });
  });
  it('its locations are the sub-processors\' processing, not the vendor\'s residency', () => {
    expectNoClaim(controlsOf(...table), 'data_residency');
  });
  it('a status column still gives the row its status', () => {
    expectNotImplemented(controlsOf('## Certifications', '| Framework | Status |', '| --- | --- |', '| SOC 2 Type II | No |'), 'soc2');
  });
});

describe('a card whose subtitle is a count', () => {
  it('the list under "Subprocessors / 7 active" is the sub-processors', () => {
    expectClaim(controlsOf('Subprocessors', '', '7 active', '', 'Anthropic · Neon · Vercel · Stripe.'), 'subprocessors', 'implemented', { providers: ['Anthropic', 'Neon', 'Vercel', 'Stripe'] });
  });
});

describe('the Health Insurance Portability Act is no data portability', () => {
  it.each([
    'The Health Insurance Portability and Accountability Act (HIPAA) of 1996 is a United States privacy law.',
    'We comply with the Health Insurance Portability and Accountability Act.',
  ])('NEG: %s', (line) => expectNoClaim(controlsOf(line), 'data_export'));
  it('data portability still is', () => expectClaim(controlsOf('We support data portability: export all your records as CSV.'), 'data_export', 'implemented'));
});
