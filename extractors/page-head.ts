import type { PageHead } from './recognise/recognise.ts';

/**
 * The cheap head of a document: what stage 1 reads. Its own file, apart from the
 * pipeline in audit.ts, because the content script that runs on every page
 * imports it and must not pull in the engine.
 */
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
