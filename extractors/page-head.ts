import type { PageHead } from './recognise/recognise.ts';

/**
 * The cheap head of a document: what stage 1 reads. Its own file, apart from the
 * pipeline in audit.ts, because the content script that runs on every page
 * imports it and must not pull in the engine.
 */
export function headOfDocument(doc: Document, url: string | null): PageHead {
  return {
    url,
    title: doc.title ?? '',
    h1: doc.querySelector('h1')?.textContent?.trim() ?? '',
    description: metaContent(doc, 'description') || metaContent(doc, 'og:description'),
  };
}

/** The site's own name (og:site_name), for the vendor's name: the audit reads it, stage 1 does not. */
export function siteNameOf(doc: Document): string | null {
  return metaContent(doc, 'og:site_name') || null;
}

/**
 * The content of the first <meta> whose name (or, without a name, property) is `key`, any case. Three
 * selector queries, not a walk over every <meta> calling getAttribute: the content script reads this on
 * every page the buyer opens, where each DOM call made for the first time is dear.
 */
function metaContent(doc: Document, key: string): string {
  const meta = doc.querySelector(`meta[name="${key}" i], meta[property="${key}" i]:not([name])`);
  return meta?.getAttribute('content')?.trim() ?? '';
}
