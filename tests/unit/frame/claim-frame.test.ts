import { describe, expect, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim, expectNotImplemented } from '../controls/_helpers.ts';

/**
 * The claim frame and its decision table, on paraphrases: each mechanism is tested with several ways of saying
 * it, under a plain "Compliance" heading (the way a forced audit of a real page reads it), so that no single
 * wording is what passes.
 */
const underCompliance = (...lines: string[]) => controlsOf('## Compliance', ...lines);

describe('a future time makes an attestation planned, wherever the date stands', () => {
  it.each([
    'SOC 2 Type II is targeted for next year.',
    'Our SOC 2 Type II audit is due to complete next spring.',
    'SOC 2 Type II — 2028',
    'SOC 2 Type II: expected before year end.',
    'We are on track to receive our SOC 2 Type II report.',
    "We'll add SOC 2 Type II once our first audit window closes.",
    'SOC 2 Type II due in Q1 2028.',
    'SOC 2 Type II – targeted H2 2029',
    'SOC 2 Type II (ETA Q3 2028)',
    'Roadmap: SOC 2 Type II final attestation — target Q1 2029.',
  ])('%s', (line) => {
    expectClaim(underCompliance(line), 'soc2', 'planned');
  });
  it('a past date beside a report held is no plan', () => {
    expectClaim(underCompliance('Our first SOC 2 Type II report was issued in December 2025.'), 'soc2', 'implemented', { report_type: 2 });
    expectClaim(underCompliance('SOC 2 Type II report 2025 — request access.'), 'soc2', 'implemented');
  });
  it('a condition\'s consequence is a commitment, not a plan', () => {
    expectClaim(controlsOf('## Disclosure', 'If you report a vulnerability to security@acme.io, we will respond within 2 business days.'), 'vulnerability_disclosure', 'implemented');
  });
});

describe('progress under way', () => {
  it.each([
    'Auditors are testing our SOC 2 controls now.',
    'Our SOC 2 Type II audit is in progress.',
    'SOC 2 Type II: in audit, with the observation window under way.',
    'We are currently undergoing our SOC 2 Type II audit.',
  ])('%s', (line) => {
    expectClaim(underCompliance(line), 'soc2', 'in_progress');
  });
});

describe('alignment without an audit is never implemented', () => {
  it.each([
    'Our platform is designed to meet SOC 2 requirements.',
    'Acme meets the requirements of ISO 27001.',
    'Everything is built to the standards of SOC 2 and ISO 27001.',
    'We are aligned with ISO 27001.',
    'Our controls follow the principles of SOC 2.',
    'PIILOT is designed around SOC 2 and ISO 27001-aligned controls.',
  ])('%s', (line) => {
    const c = underCompliance(line);
    for (const id of ['soc2', 'iso27001'] as const) expectNotImplemented(c, id);
  });
  it('coordinated mentions after the phrase are aligned too', () => {
    const c = underCompliance('Everything is built to the standards of SOC 2 and ISO 27001.');
    expectClaim(c, 'iso27001', 'denied', {}, ['aligned']);
    expectClaim(c, 'soc2', 'denied', {}, ['aligned']);
  });
});

describe('what is not a claim', () => {
  it.each([
    'SOC 2 | ISO 27001 | GDPR',
    'Read more about our SOC 2.',
    'To learn more, refer to the SOC 2 page in our blog.',
    'A SOC 2 Type II report covers a period of months.',
    'SOC 2 is the standard US enterprise buyers expect from SaaS vendors.',
    'ISO 27001 and ISO 27017 define international standards for managing information security.',
    'We operate many controls a SOC 2 audit would test.',
    'Use “SOC 2-aligned controls” in your questionnaire answers.',
    'Many organizations that do not store cardholder data still rely on SOC 2 reports.',
  ])('%s', (line) => {
    const c = underCompliance(line);
    for (const id of ['soc2', 'iso27001'] as const) expectNotImplemented(c, id);
  });
  it('advice to the reader about MFA is no MFA claim, and the vendor\'s own plan beside it stands', () => {
    expectClaim(controlsOf('## Authentication', 'We recommend enabling two-factor authentication — 2FA support is coming soon.'), 'mfa', 'planned');
  });
  it('instructions to report a vulnerability are the disclosure claim itself', () => {
    expectClaim(controlsOf('## How to report', "If you can't use our bug bounty, email security@acme.io."), 'vulnerability_disclosure', 'implemented', { contact: 'security@acme.io' });
  });
});

describe('the holder: a provider\'s certificate is inherited', () => {
  it.each([
    'Our hosting provider is SOC 2 and ISO 27001 certified.',
    'All data centres are ISO 27001 certified.',
    'We run on AWS, which holds ISO 27001 certification.',
    'Alle Rechenzentren sind ISO/IEC 27001 zertifiziert.',
    'Het datacentrum is ISO 27001 gecertificeerd.',
    'Nous utilisons des services d’IA tiers certifiés ISO 27001.',
  ])('%s', (line) => {
    expectClaim(underCompliance(line), 'iso27001', 'inherited');
  });
  it('"it" after a provider is the provider', () => {
    expectClaim(underCompliance('Our data is hosted by AWS in Frankfurt. It is ISO 27001 certified.'), 'iso27001', 'inherited');
  });
  it('a list under a heading about the data centres', () => {
    expectClaim(controlsOf('## Our data centres', '- ISO/IEC 27001:2013 certified', '- PCI DSS compliant'), 'iso27001', 'inherited');
  });
  it('an inherited claim carries no attributes (a processor\'s PCI level is not the vendor\'s)', () => {
    const c = underCompliance('Card payments run through Stripe, a PCI DSS Level 1 service provider.');
    expectClaim(c, 'pci_dss', 'inherited');
    expect(c.pci_dss?.attributes.level).toBeUndefined();
  });
  it('the vendor in its own voice beside a provider keeps its own certificate', () => {
    expectClaim(underCompliance('We are ISO 27001 certified, and our hosting provider is too.'), 'iso27001', 'implemented');
  });
  it('a product that runs on AWS is not AWS', () => {
    expectClaim(underCompliance('When configured appropriately, Acme Cloud on AWS and GCP also meets the requirements of HIPAA.'), 'hipaa', 'implemented');
  });
});

describe('attributes bound to their claim', () => {
  it('a Type I held and a Type II planned: report type 1', () => {
    expectClaim(underCompliance('We hold a SOC 2 Type I report; the Type II audit follows next year.'), 'soc2', 'implemented', { report_type: 1 });
  });
  it('both reports held: the stronger', () => {
    expectClaim(underCompliance('Both our SOC 2 Type 1 and Type 2 reports are available.'), 'soc2', 'implemented', { report_type: 2 });
  });
});

describe('cards and status pills', () => {
  it('a status pill after the card\'s body is the status of its title', () => {
    const c = controlsOf('## Standards', '### SOC 2 Type I', 'Point-in-time review of security controls.', '### In audit', '### Q2 2026', '### ISO 27001', 'Information security management system certification.', '### On roadmap', '### 2027');
    expectClaim(c, 'soc2', 'in_progress', { report_type: 1 });
    expectClaim(c, 'iso27001', 'planned');
  });
  it('a status subtitle right under the title', () => {
    expectClaim(controlsOf('## Compliance posture', '### SOC 2', '### Type I planned · Q3 2026', 'No report yet. A readiness plan is available under NDA.'), 'soc2', 'planned', { report_type: 1 });
  });
  it('a status cell before the title in a row of cards', () => {
    const c = controlsOf('## Certifications', '| Status | Standard | Notes |', '|---|---|---|', '| Certified | SOC 2 Type II | Audited every year. |', '| Coming soon | ISO 27001 | Stage 1 next quarter. |', '| Via Stripe | PCI DSS | Stripe handles card data. |');
    expectClaim(c, 'soc2', 'implemented', { report_type: 2 });
    expectNotImplemented(c, 'iso27001');
    expectClaim(c, 'pci_dss', 'inherited');
  });
});

describe('nothing is implemented by default', () => {
  it('an attestation named without an audit, report or certificate gives no claim', () => {
    expectNoClaim(underCompliance('- SOC 2 Type II', '- ISO 27001'), 'soc2');
  });
  it('a lead-in that speaks of certifications gives its list items their claim', () => {
    expectClaim(controlsOf('## Assurance', 'We maintain annual certifications of compliance with the following:', '- SOC 2 Type I', '- ISO 27001'), 'iso27001', 'implemented');
  });
});

describe('the section and the list lend a sentence its subject and predicate', () => {
  it('a sentence about its audits under the attestation\'s heading is its claim', () => {
    expectClaim(controlsOf('## ISO 27001 (Since 2023)', 'ISO 27001 is an international standard for information security.', 'Acme works with independent external auditors to undergo audits and interim inspections.'), 'iso27001', 'implemented');
  });
  it('a denial under the attestation\'s heading', () => {
    expectClaim(controlsOf('## SOC 2 Type II — Trust Services Criteria', 'SOC 2 is an AICPA framework.', 'We are not currently certified to this standard.'), 'soc2', 'denied');
  });
  it('NEG: a fragment that names an institute under the heading is no claim', () => {
    expectNoClaim(controlsOf('## SOC II', 'A framework for security in cloud organizations, established by the American Institute of Certified Public Accountants.'), 'soc2');
  });
  it('a lead-in in which the vendor says it has the list\'s items', () => {
    expectClaim(controlsOf('## Security', 'The measures we have implemented to secure our platform include:', '- PCI compliance', '- Secure TLS protocols'), 'pci_dss', 'implemented');
  });
  it('NEG: a noun phrase naming an audit is a label, not a claim', () => {
    expectNoClaim(controlsOf('## Standards', 'Available now. ISO 27001 Information security management system certification.'), 'iso27001');
  });
});
