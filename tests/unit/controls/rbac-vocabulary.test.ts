import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim } from './_helpers.ts';

describe('rbac: permissions by role without the word "role-based"', () => {
  const claims = [
    'This includes multiple user access levels.',
    'Organization invites and role assignment are handled in the admin console.',
    'Permission profiles scope what each user can do.',
    'Announcement channels, where only organization owners and administrators can post.',
    'Only workspace admins can invite new members.',
    'Admins can assign users roles from the settings page.',
  ];
  for (const sentence of claims) it(sentence, () => expectClaim(controlsOf(sentence), 'rbac', 'implemented'));
  it('NEG: staff levels in a support team', () => {
    expectNoClaim(controlsOf('Our support team offers multiple service levels.'), 'rbac');
  });
});

describe('small vocabulary fixes', () => {
  it('accesses are audit logged', () => {
    expectClaim(controlsOf('Operators can log in for troubleshooting. These accesses are audit logged.'), 'audit_logging', 'implemented');
  });
  it('data exports', () => {
    expectClaim(controlsOf('Our data exports can be imported into third-party tools for legal discovery.'), 'data_export', 'implemented');
  });
  it('NEG: export controls', () => {
    expectNoClaim(controlsOf('Export controls and sanctions laws apply to data exports.'), 'data_export');
  });
  it('NEG: behind the customer\'s firewall is no network control of the vendor', () => {
    expectNoClaim(controlsOf('The on-premise edition can be hosted entirely behind your firewall.'), 'network_security');
  });
});
