import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditDocument, auditText, AuditReportSchema, type AuditReport } from '../../extractors/index.ts';

/**
 * Property-based fuzzing of the extraction pipeline: random and adversarial
 * text and HTML never throw, always give a valid report, and every quote is on
 * the page. Growth stays linear: a loose bound on the ratio of times at n and 4n.
 */
const VOCABULARY = [
  'We', 'are', 'not', 'never', "don't", 'no', 'SOC 2 Type II', 'ISO 27001', 'certified', 'in progress', 'planned', 'roadmap',
  'encrypted at rest', 'AES-256', 'TLS 1.2+', 'backups', 'retained for', '30 days', '72 hours', '2 business days', 'nightly',
  'MFA', 'SSO', 'SAML', 'where feasible', 'on request', 'target', 'our hosting provider', 'AWS is', 'sub-processors', 'security@acme.io',
  '.', ',', ';', ':', '—', '(', ')', '?', '\n', 'مشفرة', 'שרתים', '\u202e', '\u200b', '🔒', 'x'.repeat(300), '<img src=x onerror=alert(1)>',
];
const sentence = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 30 }).map((w) => w.join(' '));
const TAGS = ['div', 'section', 'p', 'span', 'ul', 'li', 'table', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'details', 'summary', 'nav', 'footer', 'template', 'script', 'style', 'b', 'br'];
const ATTRS = ['', ' hidden', ' aria-hidden="true"', ' style="display:none"', ' role="heading" aria-level="2"', ' class="card"'];
const html: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, sentence, fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 4 })).map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`), fc.constantFrom('<p>unclosed', '</div></div>', '&amp;&lt;&#x1F512;', '<!-- c -->')),
})).node as fc.Arbitrary<string>;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The scorer's own normalisation: letters and digits only. */
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

function checkReport(report: AuditReport, pageText: string) {
  AuditReportSchema.parse(report);
  const page = norm(pageText);
  for (const claim of report.claims) for (const quote of claim.evidence) expect(page.includes(norm(quote)), `quote on page: ${quote.slice(0, 80)}`).toBe(true);
}

describe('extraction fuzzing', () => {
  it('text: never throws, the report is valid, every quote is on the page, twice the same', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.array(sentence, { maxLength: 12 }).map((s) => s.join('\n'))), (text) => {
      const report = auditText(text, 'fuzz', { force: true });
      checkReport(report, squash(text));
      expect(auditText(text, 'fuzz', { force: true })).toEqual(report);
    }), { numRuns: 300 });
  });

  it('HTML: never throws, the report is valid, every quote is in the document’s text', () => {
    fc.assert(fc.property(fc.array(html, { maxLength: 6 }), (parts) => {
      const doc = new JSDOM(`<!doctype html><title>Security</title><body>${parts.join('')}</body>`).window.document;
      const report = auditDocument(doc, 'https://acme.io/security', { force: true });
      // the page's text as a reader sees it: script, style and template contents and hidden elements are not on the page
      const visible = doc.body.cloneNode(true) as HTMLElement;
      for (const el of Array.from(visible.querySelectorAll('script, style, template, noscript, [hidden], [aria-hidden="true"], [style*="display:none"]'))) el.remove();
      checkReport(report, visible.textContent ?? '');
    }), { numRuns: 150 });
  });

  it('grows linearly on adversarial input (time at 4n under 12× time at n)', () => {
    const families: Record<string, (n: number) => string> = {
      'thousands of "not"': (n) => `<p>${'We are not not SOC 2 certified and do not never no '.repeat(n)}</p>`,
      'one long line': (n) => `<p>${'encrypted backups retained TLS SOC 2 ISO 27001 MFA hours days '.repeat(n)}</p>`,
      'table rows': (n) => `<table><tr><th>Control</th><th>Status</th></tr>${'<tr><td>SOC 2 Type II</td><td>Yes</td></tr>'.repeat(n)}</table>`,
      'nested divs': (n) => `${'<div>'.repeat(n)}We encrypt data with AES-256.${'</div>'.repeat(n)}`,
    };
    const time = (htmlText: string) => {
      const doc = new JSDOM(htmlText).window.document;
      const samples = [0, 1, 2].map(() => { const t = performance.now(); auditDocument(doc, null, { force: true }); return performance.now() - t; });
      return samples.sort((a, b) => a - b)[1]!;
    };
    for (const [name, make] of Object.entries(families)) {
      const n = name === 'nested divs' ? 400 : 500;
      time(make(n)); // warm-up
      const small = Math.max(time(make(n)), 0.5);
      const large = time(make(4 * n));
      // linear would be ~4, quadratic ~16; the bound is loose because CI machines are shared
      expect(large / small, `${name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBeLessThan(12);
    }
  });

  it('quotes a planted payload as text, and the payload never becomes markup in the report', () => {
    const doc = new JSDOM('<!doctype html><title>Security</title><body><p>We are SOC 2 Type II certified &lt;img src=x onerror=alert(1)&gt; today.</p><p>Data is encrypted at rest with AES-256 <a href="javascript:alert(1)">policy</a>.</p></body>').window.document;
    const report = auditDocument(doc, 'https://acme.io/security', { force: true });
    const soc2 = report.claims.find((c) => c.control === 'soc2')!;
    expect(soc2.evidence[0]).toBe('We are SOC 2 Type II certified <img src=x onerror=alert(1)> today.');
    expect(JSON.stringify(report)).not.toContain('javascript:');
  });
});
