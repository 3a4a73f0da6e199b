import type { Block } from './blocks/block.ts';
import { blocksFromDom } from './blocks/from-dom.ts';
import { blocksFromText } from './blocks/from-text.ts';
import { claimsFromUnits, yieldToNamingClaims, type ClaimsOptions } from './claims.ts';
import { recognise, recogniseStage1, type PageHead } from './recognise/recognise.ts';
import type { AuditReport } from './schema/report.ts';
import { resolveAll } from './schema/resolve.ts';
import { buildUnits } from './units.ts';
import { lastUpdatedIn, mostNamedHost, vendorDomain, vendorName } from './vendor.ts';
import { headOfDocument, siteNameOf } from './page-head.ts';

/** The whole pipeline, page → report, shared by the content script, the CLI and tests. */

export interface PageInput {
  source: string;
  head: PageHead;
  siteName?: string | null;
  blocks: Block[];
}

export interface AuditOptions {
  /** Extract claims even when the page is not recognised as a trust page ("Audit anyway"). */
  force?: boolean;
  /** The reading date, yyyy-mm-dd (default: now). */
  today?: string;
  /** Told every claim frame and the rule that decided it (`--explain`). */
  explain?: ClaimsOptions['explain'];
}

/**
 * The date a page's dates are read against: its own "last updated" date; without one, a year before the reading
 * date, since a page of unknown age that says "SOC 2 — Q3 2026" with no verb was most likely written before then.
 */
export function referenceDate(lastUpdated: string | null, today: string): string {
  if (lastUpdated) return lastUpdated.length === 7 ? `${lastUpdated}-01` : lastUpdated;
  return `${Number(today.slice(0, 4)) - 1}${today.slice(4, 10)}`;
}

/** A report and the text it was read from (its hash tells a revisit whether the page changed). */
export interface AuditResult {
  report: AuditReport;
  text: string;
}

export function auditPage(page: PageInput, options: AuditOptions = {}): AuditReport {
  return auditPageWithText(page, options).report;
}

export function auditPageWithText(page: PageInput, options: AuditOptions = {}): AuditResult {
  const text = page.blocks.map((b) => b.text).join('\n');
  const lastUpdated = lastUpdatedIn(text);
  const today = referenceDate(lastUpdated, options.today ?? new Date().toISOString().slice(0, 10));
  const claims = yieldToNamingClaims(claimsFromUnits(buildUnits(page.blocks), { today, explain: options.explain }));
  const controls = resolveAll(claims);
  const recognition = recognise(recogniseStage1(page.head), { head: page.head, blocks: page.blocks });
  const keep = recognition.isTrustPage || options.force === true;
  const domain = vendorDomain(page.head.url, text);
  const report: AuditReport = {
    source: page.source,
    recognition,
    // without a URL the host the page names most still helps spell the vendor's name; it is never its key
    vendor: { name: vendorName({ siteName: page.siteName ?? null, domain: domain ?? mostNamedHost(text), title: page.head.title, text }), domain },
    lastUpdated,
    claims: keep ? claims : [],
    controls: keep ? controls : {},
  };
  return { report, text };
}

/** The cheap head of a document (its own file: the per-page content script imports it without the engine). */
export { headOfDocument };

export function auditDocument(doc: Document, url: string | null, options: AuditOptions = {}): AuditReport {
  return auditDocumentWithText(doc, url, options).report;
}

export function auditDocumentWithText(doc: Document, url: string | null, options: AuditOptions = {}): AuditResult {
  return auditPageWithText({ source: url ?? doc.title, head: headOfDocument(doc, url), siteName: siteNameOf(doc), blocks: blocksFromDom(doc) }, options);
}

/** Plain text or Markdown: the first heading stands in for the title. */
export function auditText(text: string, source: string, options: AuditOptions = {}): AuditReport {
  return auditTextWithText(text, source, options).report;
}

export function auditTextWithText(text: string, source: string, options: AuditOptions = {}): AuditResult {
  const blocks = blocksFromText(text);
  const h1 = blocks.find((b) => b.kind === 'heading')?.text ?? '';
  return auditPageWithText({ source, head: { url: null, title: h1, h1, description: '' }, blocks }, options);
}
