import { describe, expect, it } from 'vitest';
import { auditText } from '../../extractors/audit.ts';
import { recogniseStage1 } from '../../extractors/recognise/recognise.ts';

const head = (url: string | null, title = '', h1 = '', description = '') => ({ url, title, h1, description });

describe('stage 1: URL, title, heading, meta only', () => {
  it.each([
    ['https://acme.com/security', 'Security | Acme'],
    ['https://trust.acme.com/', 'Acme Trust Center'],
    ['https://acme.com/legal/security-overview', 'Security overview'],
    ['https://acme.de/sicherheit', 'Sicherheit bei Acme'],
    ['https://acme.com/responsible-disclosure', 'Responsible disclosure policy'],
  ])('%s is likely a trust page', (url, title) => {
    expect(recogniseStage1(head(url, title)).likely).toBe(true);
  });

  it.each([
    ['https://acme.com/blog/soc2-lessons', '5 lessons from SOC 2 audits'],
    ['https://acme.com/glossary/soc-2', 'What is SOC 2? Type I vs Type II explained'],
    ['https://acme.com/pricing', 'Pricing | Acme'],
    ['https://careers.acme.com/jobs/security-engineer', 'Senior Security Engineer at Acme'],
    ['https://news.example.com/2026/03/acme-breach', 'Acme hacked: what we know'],
    ['https://acme.com/', 'Acme — the workflow tool for teams'],
  ])('%s is not', (url, title) => {
    expect(recogniseStage1(head(url, title)).likely).toBe(false);
  });

  it('tolerates a missing or malformed URL', () => {
    expect(() => recogniseStage1(head('not a url', 'Security'))).not.toThrow();
    expect(recogniseStage1(head(null, 'Security')).score).toBeGreaterThan(0);
  });
});

describe('stage 2: the text decides', () => {
  it('a short narrow vendor page (a backups doc) is a trust page', () => {
    const r = auditText('# Backups and disaster recovery\n\nWe back up all customer databases every hour and keep backups for 35 days.\nBackups are encrypted with AES-256 and stored in a separate region.\nWe test restores quarterly. Our RPO is 1 hour and our RTO is 4 hours.\n', 'backups.md');
    expect(r.recognition.isTrustPage).toBe(true);
  });

  it('a job ad that lists security duties is not', () => {
    const r = auditText(`# Senior Security Engineer\n\nAbout the role: you will own our SOC 2 program and ISO 27001 certification.\n\nResponsibilities\n- Run penetration tests and drive MFA and SSO rollout\n- Maintain encryption at rest\n\nRequirements\n- 5+ years of experience in security engineering\n- Salary: $180k–$220k plus benefits\n\nApply now — we're hiring. Equal opportunity employer.\n`, 'job.md');
    expect(r.recognition.isTrustPage).toBe(false);
    expect(r.claims).toEqual([]);
  });

  it('a glossary entry is not', () => {
    const r = auditText(`# What is SOC 2?\n\nSOC 2 is a framework developed by the AICPA for service organizations. In this guide we explain Type I vs Type II.\nA SOC 2 Type II report covers controls such as encryption at rest, MFA and access reviews over a period of time.\nCompanies should enable MFA and encrypt data in transit with TLS 1.2 or higher. Best practices include annual penetration tests.\n`, 'glossary.md');
    expect(r.recognition.isTrustPage).toBe(false);
  });
});

describe('trust pages in other languages', () => {
  it.each(['hostile-de', 'hostile-fr'])('%s is recognised from its security vocabulary', async (name) => {
    const { readFileSync } = await import('node:fs');
    const { auditDocument } = await import('../../extractors/index.ts');
    const { JSDOM } = await import('jsdom');
    const html = readFileSync(new URL(`../fixtures/${name}/source.html`, import.meta.url), 'utf8');
    const report = auditDocument(new JSDOM(html).window.document, null);
    expect(report.recognition.isTrustPage).toBe(true);
    expect(report.recognition.signals?.some((s) => s.startsWith('security vocabulary (any language)'))).toBe(true);
  });
});
