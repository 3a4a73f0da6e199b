import type { Block } from './blocks/block.ts';
import { blocksFromDom } from './blocks/from-dom.ts';
import { blocksFromText } from './blocks/from-text.ts';
import { claimsFromUnits, yieldToNamingClaims } from './claims.ts';
import { recognise, recogniseStage1, type PageHead } from './recognise/recognise.ts';
import type { AuditReport } from './schema/report.ts';
import { resolveAll } from './schema/resolve.ts';
import { buildUnits } from './units.ts';
import { lastUpdatedIn, vendorDomain, vendorName } from './vendor.ts';

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
  const claims = yieldToNamingClaims(claimsFromUnits(buildUnits(page.blocks)));
  const controls = resolveAll(claims);
  const recognition = recognise(recogniseStage1(page.head), { head: page.head, blocks: page.blocks });
  const keep = recognition.isTrustPage || options.force === true;
  const domain = vendorDomain(page.head.url, text);
  const report: AuditReport = {
    source: page.source,
    recognition,
    vendor: { name: vendorName({ siteName: page.siteName ?? null, domain, title: page.head.title, text }), domain },
    lastUpdated: lastUpdatedIn(text),
    claims: keep ? claims : [],
    controls: keep ? controls : {},
  };
  return { report, text };
}

/** The cheap head of a document: what stage 1 reads. */
export function headOfDocument(doc: Document, url: string | null): PageHead & { siteName: string | null } {
  // one pass over the <meta> tags, not a selector query per field: stage 1 runs on every page the browser opens
  const metas: Record<string, string> = {};
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (m.getAttribute('name') ?? m.getAttribute('property'))?.toLowerCase();
    if (key && !(key in metas)) metas[key] = m.getAttribute('content')?.trim() ?? '';
  }
  return {
    url,
    title: doc.title ?? '',
    h1: doc.getElementsByTagName('h1')[0]?.textContent?.trim() ?? '',
    description: metas.description || metas['og:description'] || '',
    siteName: metas['og:site_name'] || null,
  };
}

export function auditDocument(doc: Document, url: string | null, options: AuditOptions = {}): AuditReport {
  return auditDocumentWithText(doc, url, options).report;
}

export function auditDocumentWithText(doc: Document, url: string | null, options: AuditOptions = {}): AuditResult {
  const { siteName, ...head } = headOfDocument(doc, url);
  return auditPageWithText({ source: url ?? doc.title, head, siteName, blocks: blocksFromDom(doc) }, options);
}

/** Plain text or Markdown: the first heading stands in for the title. */
export function auditText(text: string, source: string, options: AuditOptions = {}): AuditReport {
  const blocks = blocksFromText(text);
  const h1 = blocks.find((b) => b.kind === 'heading')?.text ?? '';
  return auditPage({ source, head: { url: null, title: h1, h1, description: '' }, blocks }, options);
}
