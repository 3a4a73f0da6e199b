import type { PageHead } from './recognise/recognise.ts';

/**
 * The cheap head of a document: what stage 1 reads. Its own file, apart from the
 * pipeline in audit.ts, because the content script that runs on every page
 * imports it and must not pull in the engine.
 */
export function headOfDocument(doc: Document, url: string | null): PageHead {
  const metas = metasOf(doc);
  return {
    url,
    title: doc.title ?? '',
    h1: doc.getElementsByTagName('h1')[0]?.textContent?.trim() ?? '',
    description: metas.description || metas['og:description'] || '',
  };
}

/** The site's own name (og:site_name), for the vendor's name: the audit reads it, stage 1 does not. */
export function siteNameOf(doc: Document): string | null {
  return metasOf(doc)['og:site_name'] || null;
}

/**
 * Each <meta>'s content by its name (or, without a name, its property), lowercased; the first of a key
 * wins. One pass over the tags, not a selector query per key: selector queries are dear in jsdom (the
 * CLI and tests), and a tag walk costs a page no more.
 */
function metasOf(doc: Document): Record<string, string> {
  const metas: Record<string, string> = {};
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (m.getAttribute('name') ?? m.getAttribute('property'))?.toLowerCase();
    if (key && !(key in metas)) metas[key] = m.getAttribute('content')?.trim() ?? '';
  }
  return metas;
}
