import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument, auditText } from '../../extractors/audit.ts';
import { blocksFromText } from '../../extractors/blocks/from-text.ts';
import { FEATURE_NAMES, pageFeatures } from '../../extractors/recognise/features.ts';
import { checkModel } from '../../extractors/recognise/model.ts';
import { recognise, recogniseStage1 } from '../../extractors/recognise/recognise.ts';
import { RECOGNITION_MODEL } from '../../extractors/recognise/weights.ts';
import { DEFINITION, FIRST_PERSON, PASSIVE_PRACTICE, PRACTICE_VERB, SECURITY_TERM } from '../../extractors/recognise/vocabulary.ts';

const noHead = { url: null, title: '', h1: '', description: '' };
const featuresOf = (text: string) => pageFeatures(noHead, blocksFromText(text));
const isTrustPage = (text: string) => auditText(text, 'page.md').recognition.isTrustPage;

describe('stage 2 features are shares of the page, not counts of words', () => {
  it.each([
    'We encrypt customer data at rest with AES-256.',
    'Our team reviews access rights every quarter.',
    'Acme stores all customer data in Frankfurt, Germany.',
    'Customer data is backed up daily to a second region.',
    'Backups are encrypted and retained for 30 days.',
    'Wir verschlüsseln alle Daten mit AES-256.',
    'Nous chiffrons les données au repos avec AES-256.',
    'Alle Kundendaten werden im Ruhezustand mit AES-256 verschlüsselt.',
  ])('"%s" is a practice statement', (sentence) => {
    const f = pageFeatures({ url: 'https://acme.com/security', title: 'Security', h1: '', description: '' }, blocksFromText(sentence));
    expect(f.practice_share).toBe(1);
  });

  it.each([
    'You should enable MFA for every account you own.',
    'What is a SOC 2 Type II report, and who needs one?',
    'Make sure your backups are tested every month.',
  ])('"%s" is not', (sentence) => {
    expect(featuresOf(sentence).practice_share).toBe(0);
  });

  it('one "you should" is a small share of a page that speaks of itself', () => {
    const page = ['We encrypt all data at rest.', 'We back up databases hourly.', 'Our staff use hardware keys for MFA.', 'We run an annual penetration test.', 'You should enable SSO for your workspace.'].join('\n\n');
    expect(featuresOf(page).advice_share).toBeCloseTo(0.2, 5);
  });

  it('questions in a row are unanswered; an FAQ answers each', () => {
    const questionnaire = featuresOf('How is data encrypted at rest?\n\nWhere is customer data stored?\n\nDo you enforce MFA for employees?\n');
    const faq = featuresOf('How is data encrypted at rest?\n\nWe encrypt all data at rest with AES-256.\n\nWhere is customer data stored?\n\nWe store customer data in Frankfurt.\n');
    expect(questionnaire.unanswered_question_share).toBeGreaterThan(0.6);
    expect(faq.unanswered_question_share).toBe(0);
  });

  it.each(['In audit', 'Type I planned · Q3 2026', 'Available now', 'On roadmap'])('a status label "%s" is a claim, however short', (label) => {
    expect(featuresOf(`SOC 2\n\n${label}\n`).practice_share).toBe(1);
  });

  it('a job ad\'s headings count among its markers', () => {
    const f = featuresOf('# Key Responsibilities\n\nDesign secure OAuth flows for the platform.\n\n# Qualifications\n\nDeep knowledge of encryption and rate limiting.\n');
    expect(f.job_share).toBeCloseTo(0.5, 5);
  });

  it.each([
    'SOC 2 is a framework developed by the AICPA for service organizations.',
    'A mandatory document listing every Annex A control with a statement of applicability.',
    'The set of policies and controls that an organisation establishes to manage risk.',
    'Annex A refers to the list of controls in ISO 27001.',
  ])('"%s" is a definition', (sentence) => {
    expect(featuresOf(sentence).definition_share).toBe(1);
  });

  it('"The data that we store is encrypted." is no definition', () => {
    expect(featuresOf('The data that we store is encrypted at rest.').definition_share).toBe(0);
  });

  it('lines under four words are furniture, outside every share', () => {
    expect(featuresOf('27 Apr 2026\n\n1 Minute to read\n\nWe encrypt all backups with AES-256.\n').practice_share).toBe(1);
  });
});

describe('stage 2 decisions on paraphrased pages', () => {
  it('ordinary words do not sink a vendor page ("requirements", "according to", "you should")', () => {
    expect(isTrustPage(`# Security at Acme

We encrypt all customer data at rest with AES-256 and in transit with TLS 1.2 or higher.
Acme stores customer data in Frankfurt, Germany.
Data is backed up daily and backups are retained for 30 days.
Our platform meets the requirements of ISO 27001, and we hold a SOC 2 Type II report.
According to our incident response policy, we notify affected customers within 72 hours.
You should enable SSO for your workspace; we support SAML 2.0 on every plan.
`)).toBe(true);
  });

  it('a narrow page in the third person (a sub-processor list) is a trust page', () => {
    expect(isTrustPage(`# Sub-processors

Acme engages the following sub-processors to deliver its service.

| Sub-processor | Purpose | Location |
| --- | --- | --- |
| Amazon Web Services | Hosting | Frankfurt, Germany |
| Stripe | Billing | Ireland |
| Postmark | Email delivery | United States |

Acme notifies customers 30 days before adding or replacing a sub-processor.
Customers may object to a new sub-processor within that period.
`)).toBe(true);
  });

  it('a guide with "you should" stays negative', () => {
    expect(isTrustPage(`# How to secure your workspace

You should enable MFA for every account. You should also review who has admin rights every quarter.
Use SSO where your identity provider supports it. Make sure backups are tested.
Consider encrypting exports before you share them. Avoid sharing passwords over chat.
`)).toBe(false);
  });

  it('a glossary stays negative', () => {
    expect(isTrustPage(`# What is SOC 2?

SOC 2 is a framework developed by the AICPA for service organizations.
A SOC 2 Type II report is an attestation that covers a period of months.
ISO 27001 is an international standard for managing information security.
Companies should choose the report type their customers ask for.
`)).toBe(false);
  });

  it('a job ad stays negative', () => {
    expect(isTrustPage(`# Senior Security Engineer

About the role: you will own our SOC 2 program and the ISO 27001 certification.

Responsibilities
- Run penetration tests and drive the MFA and SSO rollout
- Maintain encryption at rest across our data stores

Qualifications
- 5+ years of experience in security engineering
- Salary: $180k–$220k plus equity and benefits

Apply now: we're hiring for a full-time remote role. We are an equal opportunity employer.
`)).toBe(false);
  });

  it('a demo settings screen stays negative, though its "Enabled" cells resolve to controls', () => {
    const html = `<!doctype html><html><head><title>Workspace settings</title></head><body><main><h1>Security settings</h1>
<p>Demo workspace with sample data. This preview shows what an admin sees.</p>
<table><tr><th>Setting</th><th>State</th></tr><tr><td>SSO (SAML)</td><td>Enabled</td></tr><tr><td>MFA required</td><td>Enabled</td></tr>
<tr><td>Encryption at rest</td><td>Enabled</td></tr><tr><td>Audit log</td><td>Enabled</td></tr><tr><td>IP allowlist</td><td>Disabled</td></tr></table></main></body></html>`;
    const url = 'https://app.example.com/demo/settings/security';
    const forced = auditDocument(new JSDOM(html).window.document, url, { force: true });
    expect(Object.keys(forced.controls).length).toBeGreaterThan(2);
    expect(auditDocument(new JSDOM(html).window.document, url).recognition.isTrustPage).toBe(false);
  });
});

describe('what stage 2 can confirm', () => {
  it('a trust URL and title over a shell with no sentence yet is not confirmed', () => {
    const head = { url: 'https://acme.com/security', title: 'Security | Acme', h1: 'Security', description: '' };
    const r = recognise(recogniseStage1(head), { head, blocks: [{ kind: 'heading', text: 'Security' }, { kind: 'paragraph', text: 'Loading…' }] });
    expect(recogniseStage1(head).likely).toBe(true);
    expect(r.isTrustPage).toBe(false);
    expect(r.signals).toContain('no sentence on the page to confirm it');
  });

  it('the same head over the vendor\'s statements is', () => {
    const head = { url: 'https://acme.com/security', title: 'Security | Acme', h1: 'Security', description: '' };
    const blocks = blocksFromText('We encrypt all customer data at rest with AES-256.\n\nWe back up every database hourly to a second region.\n');
    expect(recognise(recogniseStage1(head), { head, blocks }).isTrustPage).toBe(true);
  });
});

describe('the fitted weights', () => {
  it('name exactly the features the code computes', () => {
    expect(() => checkModel(RECOGNITION_MODEL)).not.toThrow();
    expect(RECOGNITION_MODEL.features.map((f) => f.name)).toEqual([...FEATURE_NAMES]);
  });

  it('refuse weights fitted on other features', () => {
    expect(() => checkModel({ ...RECOGNITION_MODEL, features: RECOGNITION_MODEL.features.slice(1) })).toThrow(/fit:recognition/);
  });
});

describe('stage 2 runs some patterns caseless on the lowercased sentence', () => {
  // features.ts drops their i flag: a capital letter in one of them would then never match
  it.each(Object.entries({ FIRST_PERSON, PRACTICE_VERB, PASSIVE_PRACTICE, SECURITY_TERM, DEFINITION }))('%s holds no capital letter', (_name, re) => {
    const literals = re.source.replace(/\\[pP]\{[^}]*\}|\\./g, '');
    expect(literals).not.toMatch(/\p{Lu}/u);
  });
});
