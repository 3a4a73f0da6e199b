/**
 * An absolute URL's parts, read with one regular expression, not `new URL()`: the content script reads
 * them on every page the buyer opens, and the first URL object built in an extension's world cost ~1.6 ms
 * there (Chromium sets up the binding). A path is kept as written, so "/sécurité" reads as itself.
 * `//host/path` (a protocol-relative asset address) has a host too; a relative address has none.
 */
const ABSOLUTE_URL = /^(?:[a-z][a-z\d+.-]*:)?\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]*)(?::\d*)?([^?#]*)/i;

/** A page URL's path and host, both '' when there is no URL or it is not one (a file name): then no URL signal. */
export function urlParts(url: string | null | undefined): { path: string; host: string } {
  const m = url ? ABSOLUTE_URL.exec(url.trim()) : null;
  if (!m) return { path: '', host: '' };
  return { path: m[2] || '/', host: m[1]!.toLowerCase().replace(/\.$/, '') };
}

/** The host of an absolute (or protocol-relative) address, or null. */
export function hostOf(url: string | null | undefined): string | null {
  return urlParts(url).host || null;
}
