import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim, expectNotImplemented } from './_helpers.ts';

describe('soc2', () => {
  it('a completed Type II audit', () => {
    expectClaim(controlsOf('Acme has completed a SOC 2 Type II audit performed by an independent CPA firm.'), 'soc2', 'implemented', { report_type: 2 });
  });
  it('Type 1, written with a digit', () => {
    expectClaim(controlsOf('We are SOC 2 Type 1 compliant.'), 'soc2', 'implemented', { report_type: 1 });
  });
  it('a report available on request keeps the qualifier', () => {
    expectClaim(controlsOf('Our SOC 2 Type II report is available on request under NDA.'), 'soc2', 'implemented', { report_type: 2 }, ['on_request']);
  });
  it('an observation period under way is in progress', () => {
    expectClaim(controlsOf('Our SOC 2 Type II observation period began in March.'), 'soc2', 'in_progress');
  });
  it('"working toward" is planned', () => {
    expectClaim(controlsOf('We are working toward SOC 2 Type II.'), 'soc2', 'planned');
  });
  it('"not currently certified, but working toward" resolves to planned', () => {
    expectClaim(controlsOf('We are not currently SOC 2 certified, but we are working toward a Type I report.'), 'soc2', 'planned');
  });
  it('a plain denial', () => {
    expectClaim(controlsOf('Acme is not SOC 2 certified.'), 'soc2', 'denied');
  });
  it('NEG: a glossary definition is no claim', () => {
    expectNoClaim(controlsOf('SOC 2 is a framework developed by the AICPA for service organizations.'), 'soc2');
  });
  it('NEG: advice to buyers is no claim', () => {
    expectNoClaim(controlsOf('Customers should ask every vendor for a recent SOC 2 report.'), 'soc2');
  });
  it("NEG: the cloud provider's SOC 2 is inherited", () => {
    expectClaim(controlsOf('Our application is hosted on Google Cloud, whose data centers are SOC 2 and ISO 27001 certified.'), 'soc2', 'inherited');
  });
  it("NEG: AWS's certificate, introduced by \", which\", is inherited", () => {
    expectClaim(controlsOf('Our infrastructure runs on AWS, which is ISO 27001 and SOC 2 certified.'), 'soc2', 'inherited');
  });
});

describe('iso27001', () => {
  it('a certificate with its edition', () => {
    expectClaim(controlsOf('Acme is ISO/IEC 27001:2022 certified.'), 'iso27001', 'implemented');
  });
  it('a table row with a status cell', () => {
    expectClaim(controlsOf('## Certifications', '| Framework | Status |', '|---|---|', '| ISO 27001 | In progress |'), 'iso27001', 'in_progress');
  });
  it('"ISO 27001: No"', () => {
    expectClaim(controlsOf('ISO 27001: No'), 'iso27001', 'denied');
  });
  it('"not certified"', () => {
    expectClaim(controlsOf('We are not ISO 27001 certified at this time.'), 'iso27001', 'denied');
  });
  it('NEG: alignment is no certificate', () => {
    expectNotImplemented(controlsOf('Our information security program is aligned with ISO 27001.'), 'iso27001');
  });
  it("NEG: the sub-processors' certificates are inherited", () => {
    expectClaim(controlsOf('All of our sub-processors maintain ISO 27001 certification.'), 'iso27001', 'inherited');
  });
});

describe('iso27701', () => {
  it('an extended certificate', () => {
    expectClaim(controlsOf('In 2024 we extended our certification to ISO 27701 for privacy information management.'), 'iso27701', 'implemented');
  });
  it('a plan to pursue it', () => {
    expectClaim(controlsOf('We plan to pursue ISO 27701 certification next year.'), 'iso27701', 'planned');
  });
  it('NEG: a glossary entry', () => {
    expectNoClaim(controlsOf('## Glossary', '- ISO 27701: a privacy extension to ISO 27001.'), 'iso27701');
  });
  it('NEG: a definition in running text', () => {
    expectNoClaim(controlsOf('ISO/IEC 27701 is a privacy extension to ISO/IEC 27001.'), 'iso27701');
  });
});

describe('pci_dss', () => {
  it('the vendor is a Level 1 service provider', () => {
    expectClaim(controlsOf('Acme is a PCI DSS Level 1 Service Provider.'), 'pci_dss', 'implemented', { level: 1 });
  });
  it('a PCI compliance attestation', () => {
    expectClaim(controlsOf('We maintain PCI DSS compliance and complete an annual Report on Compliance.'), 'pci_dss', 'implemented');
  });
  it("NEG: the payment processor's PCI DSS is inherited", () => {
    expectClaim(controlsOf('Card payments are handled by Stripe, a PCI DSS Level 1 certified payment processor.'), 'pci_dss', 'inherited');
  });
});

describe('hipaa', () => {
  it('a BAA on a plan', () => {
    expectClaim(controlsOf('We sign a Business Associate Agreement (BAA) with healthcare customers on the Enterprise plan.'), 'hipaa', 'implemented', { baa: true }, ['optional']);
  });
  it('HIPAA compliance', () => {
    expectClaim(controlsOf('Acme is HIPAA compliant.'), 'hipaa', 'implemented');
  });
  it('NEG: not compliant, no BAAs', () => {
    expectClaim(controlsOf('Acme is not HIPAA compliant and cannot sign BAAs.'), 'hipaa', 'denied');
  });
  it('NEG: a definition of the law', () => {
    expectNoClaim(controlsOf('HIPAA is a US law that governs protected health information.'), 'hipaa');
  });
});

describe('gdpr', () => {
  it('compliance', () => {
    expectClaim(controlsOf('Acme complies with the GDPR for all customers in the European Union.'), 'gdpr', 'implemented');
  });
  it('alignment keeps the aligned qualifier', () => {
    expectClaim(controlsOf('Our privacy program is aligned with GDPR.'), 'gdpr', 'implemented', {}, ['aligned']);
  });
  it('NEG: a definition', () => {
    expectNoClaim(controlsOf('The GDPR is a regulation in EU law on data protection and privacy.'), 'gdpr');
  });
});

describe('pentest', () => {
  it('annual', () => {
    expectClaim(controlsOf('An independent firm performs a penetration test of the application annually.'), 'pentest', 'implemented', { frequency: 'annual' });
  });
  it('twice a year', () => {
    expectClaim(controlsOf('We commission third-party penetration tests twice a year.'), 'pentest', 'implemented', { frequency: 'biannual' });
  });
  it('quarterly, in a list', () => {
    expectClaim(controlsOf('## Testing', '- Quarterly pentests by an external CREST-accredited firm.'), 'pentest', 'implemented', { frequency: 'quarterly' });
  });
  it('not yet done', () => {
    expectClaim(controlsOf('We have not yet completed a third-party penetration test.'), 'pentest', 'denied');
  });
  it('NEG: rules for customers are no claim', () => {
    expectNoClaim(controlsOf('Customers may not conduct penetration tests without prior written approval.'), 'pentest');
  });
  it('NEG: rules for researchers are no claim', () => {
    expectNoClaim(controlsOf('Please do not run automated scanners or penetration tests against our production environment.'), 'pentest');
  });
});

describe('bug_bounty', () => {
  it('a public programme on HackerOne', () => {
    expectClaim(controlsOf('We run a public bug bounty program on HackerOne.'), 'bug_bounty', 'implemented', { platform: 'HackerOne' });
  });
  it('a private programme with Bugcrowd', () => {
    expectClaim(controlsOf('Our private bug bounty is managed through Bugcrowd.'), 'bug_bounty', 'implemented', { platform: 'Bugcrowd' });
  });
  it('NEG: no paid bounty', () => {
    expectClaim(controlsOf('We do not currently offer a paid bug bounty, but we welcome reports at security@acme.io.'), 'bug_bounty', 'denied');
  });
});

describe('vulnerability_disclosure', () => {
  it('a full policy: contact, acknowledgement and safe harbour', () => {
    expectClaim(
      controlsOf(
        '## Reporting a vulnerability',
        'If you believe you have found a security vulnerability, please report it to security@acme.io. We will acknowledge your report within 2 business days. We will not pursue legal action against researchers acting in good faith.',
      ),
      'vulnerability_disclosure', 'implemented', { contact: 'security@acme.io', ack_business_days: 2, safe_harbor: true },
    );
  });
  it('a heading names the control for the sentence under it', () => {
    expectClaim(controlsOf('## Responsible disclosure', 'Email security@acme.io with a description and steps to reproduce.'), 'vulnerability_disclosure', 'implemented', { contact: 'security@acme.io' });
  });
  it('NEG: no programme', () => {
    expectClaim(controlsOf('We do not have a formal vulnerability disclosure program at this time.'), 'vulnerability_disclosure', 'denied');
  });
});

describe('security_txt', () => {
  it('a published file with its URL', () => {
    expectClaim(controlsOf('We publish a security.txt file at https://acme.io/.well-known/security.txt.'), 'security_txt', 'implemented', { url: 'https://acme.io/.well-known/security.txt' });
  });
  it('NEG: named in an out-of-scope list', () => {
    expectNoClaim(controlsOf('## Out of scope', '- Missing or misconfigured security.txt'), 'security_txt');
  });
});

describe('dpa', () => {
  it('a Data Processing Addendum to sign', () => {
    expectClaim(controlsOf('A Data Processing Addendum is available to sign from your account settings.'), 'dpa', 'implemented');
  });
  it('a DPA offered to all customers', () => {
    expectClaim(controlsOf('We offer a GDPR-compliant DPA to every customer.'), 'dpa', 'implemented');
  });
  it('NEG: not offered', () => {
    expectClaim(controlsOf('We do not currently offer a DPA.'), 'dpa', 'denied');
  });
});

describe('subprocessors', () => {
  it('a published list', () => {
    expectClaim(controlsOf('A list of our sub-processors is published at acme.io/subprocessors.'), 'subprocessors', 'implemented');
  });
  it('a list in the text names the providers', () => {
    expectClaim(controlsOf('We use the following sub-processors: AWS (hosting), Stripe (payments) and Postmark (email).'), 'subprocessors', 'implemented', { providers: ['AWS', 'Stripe', 'Postmark'] });
  });
  it('NEG: a definition of the word', () => {
    expectNoClaim(controlsOf('A sub-processor is a third party that processes personal data on behalf of a processor.'), 'subprocessors');
  });
});

describe('pentest said another way', () => {
  it.each([
    'We engage external testing firms to assess our software security.',
    'Independent security testing firms test our platform every year.',
    'Third-party testers attack our infrastructure twice a year.',
  ])('%s → pentest', (line) => expectClaim(controlsOf(line), 'pentest', 'implemented'));
  it('NEG: testing firms named without testing us', () => {
    expectNoClaim(controlsOf('Our customers include several external testing firms.'), 'pentest');
  });
});

it('NEG: testing firms that assess our SOC 2 controls are auditors, not pentesters', () => {
  expectNoClaim(controlsOf('We engage independent testing firms to assess our SOC 2 controls.'), 'pentest');
});
