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
