import { CREDIT_WINDOW_CHARS, creditPattern, PLATFORM_DOMAINS, TRUST_PLATFORMS } from './platforms.ts';
import { hostOf } from '../recognise/url-parts.ts';

/**
 * Which trust-center platform serves this page, if any: its hostname, the
 * hosts of the assets it loads, or its credit line at the end of the page.
 * Cheap enough for the content script: a few attribute reads and the last
 * 2,000 characters of text, no full-text scan.
 */
export interface PlatformMatch {
  id: string;
  name: string;
  gated: boolean;
  /** Which marker fired, for debugging and the popup's tooltip. */
  signals: string[];
}


export function detectPlatform(doc: Document, url: string | null, options: { readCredits?: boolean } = {}): PlatformMatch | null {
  const readCredits = options.readCredits ?? true;
  const pageHost = hostOf(url);
  const host = pageHost && underPlatform(pageHost) ? pageHost : null;
  const assetHosts = new Set<string>();
  // only the elements whose address names a platform's domain: one native query, not a loop over every asset of the page
  for (const el of Array.from(doc.querySelectorAll(platformAssetSelector()))) {
    const h = hostOf(el.getAttribute('src') ?? el.getAttribute('href'));
    if (h && h !== pageHost && underPlatform(h)) assetHosts.add(h);
  }
  // the page's text is read only when asked: at page load on every page, hosts alone must do
  const tail = readCredits ? (doc.body?.textContent ?? '').slice(-CREDIT_WINDOW_CHARS) : '';
  for (const p of TRUST_PLATFORMS) {
    const signals: string[] = [];
    if (host && p.hostnames.some((re) => re.test(host))) signals.push(`hostname ${host}`);
    for (const h of assetHosts) if (p.assetHosts.some((re) => re.test(h))) signals.push(`loads assets from ${h}`);
    const credit = tail ? creditPattern(p).exec(tail) : null;
    if (credit) signals.push(`"${credit[0]}"`);
    if (signals.length) return { id: p.id, name: p.name, gated: p.gated, signals };
  }
  return null;
}

let assetSelector: string | null = null;
const platformAssetSelector = () =>
  (assetSelector ??= PLATFORM_DOMAINS.flatMap((d) => [`script[src*="${d}" i]`, `iframe[src*="${d}" i]`, `link[href*="${d}" i]`]).join(', '));

const underPlatform = (host: string) => PLATFORM_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));

export function platformMessage(match: PlatformMatch): string {
  return `Trust center hosted on ${match.name}${match.gated ? ' — some documents need a request or NDA.' : '.'}`;
}
