import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../extractors/audit.ts';
import { AuditReportSchema, CERTIFICATIONS, type AuditReport, type ControlId } from '../../extractors/schema/index.ts';
import { compare } from '../support/compare.ts';
import { documentOf, loadFixtures, normaliseForQuote } from '../support/fixtures.ts';

/**
 * Every labelled page under tests/fixtures, audited in-process. On every page:
 * recognition, a report the zod schema accepts, every quote on the page, and no
 * critical error (a certification the page does not give the vendor, a wrong
 * number). Pages marked strict (the seeds) must read exactly as labelled; the
 * wider corpus must meet the quality bar in aggregate, as the hidden pages do.
 */
const QUALITY_BAR = { f1: 0.95, status: 0.95, attributes: 0.88 };

const fixtures = loadFixtures().map((fixture) => {
  const doc = documentOf(fixture.html, fixture.meta.url);
  const report = auditDocument(doc, fixture.meta.url);
  return { fixture, doc, report, comparison: compare(fixture.expected, report) };
});

describe.each(fixtures.map((f) => [f.fixture.name, f] as const))('%s', (_name, { fixture, doc, report, comparison }) => {
  it(`is ${fixture.expected.trust_page ? '' : 'not '}recognised as a trust page`, () => {
    expect(report.recognition.isTrustPage, report.recognition.signals?.join('; ')).toBe(fixture.expected.trust_page);
  });

  it('produces a report the claim schema accepts', () => {
    const parsed = AuditReportSchema.safeParse(report);
    expect(parsed.success, parsed.error?.message).toBe(true);
  });

  it('quotes only text that is on the page', () => {
    const pageText = normaliseForQuote(doc.body.textContent ?? '');
    expect(report.claims.flatMap((c) => c.evidence).filter((q) => !pageText.includes(normaliseForQuote(q)))).toEqual([]);
  });

  it('makes no critical error', () => {
    const critical = fixture.expected.trust_page
      ? comparison.critical
      : Object.entries(report.controls).filter(([id, c]) => CERTIFICATIONS.has(id as ControlId) && c?.status === 'implemented').map(([id]) => id);
    expect(critical).toEqual([]);
  });

  if (fixture.meta.strict) {
    it('reads exactly as labelled (strict fixture)', () => {
      expect(comparison.problems).toEqual([]);
    });
  }
});

describe('the labelled corpus as a whole', () => {
  const trust = fixtures.filter((f) => f.fixture.expected.trust_page);
  const sum = (k: 'tp' | 'fp' | 'fn' | 'statusOk' | 'attrOk' | 'attrAll') => trust.reduce((n, f) => n + f.comparison[k], 0);
  const precision = sum('tp') / Math.max(1, sum('tp') + sum('fp'));
  const recall = sum('tp') / Math.max(1, sum('tp') + sum('fn'));
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const status = sum('statusOk') / Math.max(1, sum('tp'));
  const attributes = sum('attrOk') / Math.max(1, sum('attrAll'));
  const detail = trust.filter((f) => f.comparison.problems.length).map((f) => `${f.fixture.name}: ${f.comparison.problems.join('; ')}`).join('\n');

  it(`meets the quality bar: control F1 ≥ ${QUALITY_BAR.f1}, status ≥ ${QUALITY_BAR.status}, attributes ≥ ${QUALITY_BAR.attributes}`, () => {
    expect(trust.length).toBeGreaterThanOrEqual(20);
    expect({ f1: f1 >= QUALITY_BAR.f1, status: status >= QUALITY_BAR.status, attributes: attributes >= QUALITY_BAR.attributes }, `F1 ${f1.toFixed(3)} status ${status.toFixed(3)} attributes ${attributes.toFixed(3)}\n${detail}`).toEqual({ f1: true, status: true, attributes: true });
  });
});
