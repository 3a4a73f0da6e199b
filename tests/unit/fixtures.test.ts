import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../extractors/audit.ts';
import { AuditReportSchema, CERTIFICATIONS, type ControlId } from '../../extractors/schema/index.ts';
import { documentOf, loadFixtures, normaliseForQuote, sameValue } from '../support/fixtures.ts';

/**
 * Every labelled page under tests/fixtures, audited in-process: recognition,
 * every expected control with its status and attributes, nothing spurious, no
 * certification overclaimed, every quote on the page, and a report the zod
 * schema accepts.
 */
const fixtures = loadFixtures();

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const doc = documentOf(fixture.html, fixture.meta.url);
  const pageText = normaliseForQuote(doc.body.textContent ?? '');
  const report = auditDocument(doc, fixture.meta.url);
  const optional = new Set(fixture.expected.optional ?? []);

  it(`is ${fixture.expected.trust_page ? '' : 'not '}recognised as a trust page`, () => {
    expect(report.recognition.isTrustPage, report.recognition.signals?.join('; ')).toBe(fixture.expected.trust_page);
  });

  it('produces a report the claim schema accepts', () => {
    const parsed = AuditReportSchema.safeParse(report);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  if (!fixture.expected.trust_page) {
    it('claims no certification', () => {
      for (const [id, c] of Object.entries(report.controls)) expect(CERTIFICATIONS.has(id as ControlId) && c?.status === 'implemented', id).toBe(false);
    });
    return;
  }

  it('finds every expected control with its status and attributes', () => {
    const problems: string[] = [];
    for (const [id, want] of Object.entries(fixture.expected.controls)) {
      if (optional.has(id)) continue;
      const have = report.controls[id as ControlId];
      if (!have) { problems.push(`missed ${id}`); continue; }
      const accepted = [want.status].flat();
      if (!accepted.includes(have.status)) problems.push(`${id} is ${have.status}, expected ${accepted.join(' or ')}`);
      for (const [key, value] of Object.entries(want.attributes ?? {})) {
        if (!sameValue(value, have.attributes[key])) problems.push(`${id}.${key} = ${JSON.stringify(have.attributes[key])}, expected ${JSON.stringify(value)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('claims nothing the page does not say', () => {
    const spurious = Object.keys(report.controls).filter((id) => !fixture.expected.controls[id] && !optional.has(id));
    expect(spurious).toEqual([]);
  });

  it('quotes only text that is on the page', () => {
    const off = report.claims.flatMap((c) => c.evidence).filter((q) => !pageText.includes(normaliseForQuote(q)));
    expect(off).toEqual([]);
  });
});
