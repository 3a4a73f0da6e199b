import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';

export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export class PageReadError extends Error {}

export type Page =
  | { kind: 'html'; document: Document; url: string | null }
  | { kind: 'text'; text: string };

const TEXT_EXTENSIONS = new Set(['.md', '.txt']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/** Reads one saved page, refusing what is not a readable page with a one-line reason. */
export async function readPage(file: string): Promise<Page> {
  const ext = extname(file).toLowerCase();
  if (!TEXT_EXTENSIONS.has(ext) && !HTML_EXTENSIONS.has(ext)) throw new PageReadError(`unsupported file type "${ext || '(none)'}" (use .html, .htm, .md or .txt)`);
  let info;
  try { info = await stat(file); } catch { throw new PageReadError('no such file'); }
  if (!info.isFile()) throw new PageReadError('not a file');
  if (info.size === 0) throw new PageReadError('the file is empty');
  if (info.size > MAX_PAGE_BYTES) throw new PageReadError(`the file is ${(info.size / 1048576).toFixed(1)} MB, over the 5 MB limit`);
  const bytes = await readFile(file);
  if (looksBinary(bytes)) throw new PageReadError('the file is binary, not a text or HTML page');
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new PageReadError('the file has no text');
  if (TEXT_EXTENSIONS.has(ext)) return { kind: 'text', text };
  // jsdom loads only for HTML: text pages start faster
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM(text);
  const doc = dom.window.document;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  return { kind: 'html', document: doc, url: canonical && /^https?:\/\//.test(canonical) ? canonical : null };
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8000);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  return control / Math.max(1, sample.length) > 0.1;
}
