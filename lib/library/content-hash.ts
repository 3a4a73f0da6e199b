/**
 * A hash of a page's extracted text: a revisit compares it with the saved
 * snapshot's to tell whether the page changed. FNV-1a over UTF-16 code units in
 * two independent 32-bit lanes (64 bits): fast, synchronous (the content script
 * and the CLI call it with no crypto API), stable across browsers. Not a
 * security hash: it only has to tell versions of one page apart.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
