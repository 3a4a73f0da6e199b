import { getDomain } from 'tldts';
import { TRUST_PLATFORMS } from '../extractors/platforms/platforms.ts';

/**
 * The key a vendor is saved under in the library: who the vendor is, not who
 * hosts its page. In order:
 *   1. a trust center on a known platform: the platform's address for that one
 *      vendor (`acme.safebase.io`, `trust.vanta.com/acme`; data in extractors/platforms/platforms.ts);
 *   2. a loopback test host (`localhost`, `*.localhost`, 127.0.0.0/8, ::1) whose page names a
 *      domain: that domain (the e2e fixtures are served this way and pretend to be a vendor's site);
 *   3. an IP address or a one-word intranet host: the host itself;
 *   4. otherwise the registrable domain with private suffixes counted (`acme.github.io`,
 *      `x.vercel.app`, `acme.co.uk`).
 * Never a domain read from the text of a real site's page: any page could name any vendor.
 * The public-suffix list lives here, in the extension's own pages and the CLI, never in the
 * content script (the page only reports its host).
 * Changing these rules changes saved keys: ship a migration that re-keys, as
 * lib/library/migrate-v2-rekey.ts does, or old vendors are no longer found.
 */

const LOOPBACK = /^(?:localhost|.+\.localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1)$/i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const IPV6 = /^\[?[0-9a-f:.]+\]?$/i;

function parse(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

const isIp = (host: string) => IPV4.test(host) || (host.includes(':') && IPV6.test(host));

/** The platform's per-vendor address for this URL, or null when the URL is not on a known platform. */
export function platformVendorAddress(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  for (const platform of TRUST_PLATFORMS) {
    for (const rule of platform.vendorAddresses) {
      if (!rule.host.test(host)) continue;
      if (rule.by === 'host') return host;
      const segment = url.pathname.split('/').find(Boolean);
      return segment ? `${host}/${segment.toLowerCase()}` : host;
    }
  }
  return null;
}

/** The key of a host that is not on a platform and not loopback: rules 3 and 4. */
function keyOfHost(url: URL): string {
  const host = url.hostname.toLowerCase();
  if (isIp(host) || !host.includes('.')) return host;
  return getDomain(url.href, { allowPrivateDomains: true }) ?? host.replace(/^www\./, '');
}

/** A domain as the page named it (`zentrik.ai`, `trust.zentrik.ai`) → its key, or null when it is no domain. */
function keyOfNamedDomain(named: string): string | null {
  const u = parse(`https://${named}/`);
  if (!u || LOOPBACK.test(u.hostname)) return null;
  return platformVendorAddress(u) ?? keyOfHost(u);
}

/**
 * The vendor key of a page at `url`. `reported` is the report's vendor.domain:
 * the page's host as the content script saw it, or, on a loopback test host
 * only, the domain its text names most. Null when there is nothing to key by.
 */
export function vendorKey(url: string | null | undefined, reported?: string | null): string | null {
  const u = parse(url);
  if (!u) return reported ? keyOfNamedDomain(reported) ?? reported : null;
  if (LOOPBACK.test(u.hostname)) return (reported && keyOfNamedDomain(reported)) || u.hostname.toLowerCase();
  return platformVendorAddress(u) ?? keyOfHost(u);
}

export const isLoopbackHost = (host: string) => LOOPBACK.test(host);
