import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim } from './_helpers.ts';

/** What a section says about everything in it: roadmaps, out-of-scope lists, glossaries. */

describe('a roadmap section', () => {
  const c = controlsOf('## Security Roadmap', '- SOC 2 Type II', '- SAML single sign-on', '- SCIM provisioning');
  it('makes a certification planned', () => expectClaim(c, 'soc2', 'planned', { report_type: 2 }));
  it('makes SSO planned', () => expectClaim(c, 'sso', 'planned', { protocols: ['saml'] }));
  it('makes SCIM planned', () => expectClaim(c, 'scim', 'planned'));
});

describe('a list lead-in', () => {
  it('"Upcoming milestones include:" makes items planned', () => {
    const c = controlsOf('## Compliance', 'Upcoming milestones include:', '- ISO 27001 certification', '- HIPAA compliance');
    expectClaim(c, 'iso27001', 'planned');
    expectClaim(c, 'hipaa', 'planned');
  });
  it('a heading about planned maintenance does not make a claim planned', () => {
    expectClaim(controlsOf('## Planned maintenance', 'Maintenance is announced on our status page at https://status.acme.io.'), 'status_page', 'implemented');
  });
});

describe('a bug bounty policy', () => {
  const c = controlsOf(
    '## Bug bounty',
    'We run a bug bounty program on HackerOne.',
    '## Out of scope',
    '- Missing HSTS headers',
    '- Lack of rate limiting',
    '- Missing CSP on static pages',
    '- Denial of service attacks',
    '- MFA bypass requiring physical access to the device',
  );
  it('claims the bounty itself', () => expectClaim(c, 'bug_bounty', 'implemented', { platform: 'HackerOne' }));
  it.each(['hsts', 'rate_limiting', 'security_headers', 'ddos_protection', 'mfa'] as const)('claims nothing for %s in the exclusions', (id) => expectNoClaim(c, id));
});

describe('a glossary', () => {
  const c = controlsOf(
    '## Glossary',
    '- SOC 2: an auditing procedure that ensures service providers manage data securely.',
    '- Penetration test: a simulated attack against a system.',
    '- SSO: single sign-on, logging in once for many applications.',
  );
  it.each(['soc2', 'pentest', 'sso'] as const)('claims nothing for %s', (id) => expectNoClaim(c, id));
});

describe('a FAQ answer', () => {
  it('"Do you support SSO?" answered "Yes, via SAML"', () => {
    expectClaim(controlsOf('## Do you support SSO?', 'Yes, via SAML 2.0 with any identity provider.'), 'sso', 'implemented', { protocols: ['saml'] });
  });
  it('"Are you SOC 2 certified?" answered "Not yet"', () => {
    expectClaim(controlsOf('## Are you SOC 2 certified?', 'Not yet.'), 'soc2', 'denied');
  });
});

describe('claims read from a section heading rather than from words naming the control', () => {
  it('lose a conflict to a sentence that names the control ("works on every day" is no backup frequency)', () => {
    const c = controlsOf('## Backups and disaster recovery', 'Acme hosts the projects your team works on every day.', 'We take hourly snapshots of every production database and retain them for 30 days.');
    expectClaim(c, 'backups', 'implemented', { frequency: 'hourly', retention_days: 30 });
  });

  it('are not read from a sentence that opens by defining something', () => {
    const c = controlsOf('## Hosting and data location', 'SOC 2 is a US attestation framework and we do not have a SOC 2 report.', 'Customer data is stored in Germany.');
    expectClaim(c, 'data_residency', 'implemented', { regions: ['DE', 'EU'] });
  });
});

describe('export formats', () => {
  it('a ZIP is the container, not the format, when the sentence names what is inside', () => {
    expectClaim(controlsOf('## Your data', 'Owners can download a full export as a ZIP archive containing JSON files.'), 'data_export', 'implemented', { formats: ['JSON'] });
    expectClaim(controlsOf('## Your data', 'Owners can export everything as a ZIP file.'), 'data_export', 'implemented', { formats: ['ZIP'] });
  });
});
