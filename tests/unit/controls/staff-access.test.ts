import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim } from './_helpers.ts';

describe('employee_access: ways vendors say staff access to production is restricted', () => {
  const claims: [string, Record<string, unknown>][] = [
    ['We restrict access to production systems to the small team of employees who maintain our infrastructure.', {}],
    ['Only a small handful of people have access to production servers or to sensitive customer data.', {}],
    ['Internal access to the cloud service is strictly regulated.', {}],
    ['Authorized server administrator access is via SSH using cryptographic key authentication (key-pair).', {}],
    ['Our operators never access customer data, unless explicitly requested by the customer.', {}],
    ['No Acme employee has access to the database except the Operations team.', {}],
    ['Only authorised staff can access customer data.', {}],
    ['Access grants are reviewed quarterly.', {}],
    ['Access to all production systems is through SSO, with MFA enabled.', { mfa_required: true, sso_required: true }],
    ['We regularly audit access to internal systems.', {}],
  ];
  for (const [sentence, attributes] of claims) it(sentence, () => expectClaim(controlsOf(sentence), 'employee_access', 'implemented', attributes));
  const negatives = [
    'You should restrict access to production systems to a small group.',
    'Restrict your employees access to customer data with custom roles.',
    'Admins can restrict access to the workspace by role.',
    'You will design and enforce least-privilege access to production systems.',
    'Give your team members access to the dashboard.',
    'Customers can review access to their projects at any time.',
  ];
  for (const sentence of negatives) it(`NEG: ${sentence}`, () => expectNoClaim(controlsOf(sentence), 'employee_access'));
});

describe('staff access said by its section or by the sentence before', () => {
  it('SSO and 2FA under "Corporate Security" are employee_access, not the product\'s', () => {
    const c = controlsOf('## Corporate Security', '- Access to our services and applications is gated on an SSO Identity Provider.', '- We require strong, phishing-resistant 2FA in all enrolled IdP accounts.', '- We rely on IdP-backed WireGuard with strict, default-deny, role-based access controls to access internal applications.');
    expectClaim(c, 'employee_access', 'implemented', { sso_required: true, mfa_required: true });
    expectNoClaim(c, 'sso');
    expectNoClaim(c, 'mfa');
    expectNoClaim(c, 'rbac');
  });
  it.each(['## Internal access', '## Employee access', '## Workforce security'])('%s gives its 2FA to staff', (heading) => {
    const c = controlsOf(heading, 'Hardware security keys are required for 2FA.');
    expectClaim(c, 'employee_access', 'implemented', { mfa_required: true });
    expectNoClaim(c, 'mfa');
  });
  it('a 2FA sentence right after one about internal access speaks of the staff', () => {
    const c = controlsOf('## Data security', '- Access control: Internal access to Acme Cloud is strictly regulated. A two-factor authentication (2FA) system is in place, with detailed audit logs.');
    expectClaim(c, 'employee_access', 'implemented', { mfa_required: true });
    expectNoClaim(c, 'mfa');
  });
  it('NEG: a sentence about the customer\'s users after one about staff keeps its own subject', () => {
    const c = controlsOf('## Access', '- Internal access to production is restricted. Your users can sign in with 2FA.');
    expectClaim(c, 'mfa', 'implemented');
  });
  it('NEG: a section about customers\' team members is no staff section', () => {
    expectClaim(controlsOf('## Team members', 'Admins can require 2FA for every member of the workspace.'), 'mfa', 'implemented');
  });
});

describe('the vendor\'s own IP addresses are no allowlisting', () => {
  it.each([
    'Connections to your databases come exclusively through whitelisted IP addresses 18.223.74.85 and 3.131.104.27.',
    'Add our static IP addresses to your firewall allowlist.',
  ])('NEG: %s', (line) => expectNoClaim(controlsOf('## Network', line), 'ip_allowlisting'));
  it('customers restricting access by IP still is', () => {
    expectClaim(controlsOf('Enterprise admins can restrict access to specific IP address ranges.'), 'ip_allowlisting', 'implemented');
  });
});

describe('review: what the staff readings must not take', () => {
  it.each([
    ['## Personnel Security', 'All employees complete background checks before they start.'],
    ['## Employee security', 'Every employee signs a confidentiality agreement.'],
  ])('NEG: %s / %s is no employee_access', (heading, line) => expectNoClaim(controlsOf(heading, line), 'employee_access'));
  it('NEG: a sentence about the team hands no subject to the next one', () => {
    const c = controlsOf('## Support', '- Our team is available around the clock. SSO with SAML is supported on the Enterprise plan.');
    expectNoClaim(c, 'employee_access');
    expectClaim(c, 'sso', 'implemented');
  });
});

it('a customer IP range in CIDR form is still allowlisting', () => {
  expectClaim(controlsOf('Admins can restrict access to IP ranges such as 203.0.113.0/24.'), 'ip_allowlisting', 'implemented');
});
