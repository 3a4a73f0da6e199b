/**
 * Trust-center platforms, one entry each, as data. Markers are only those that
 * show the page is SERVED by the platform — its hostnames, its script hosts,
 * its "Powered by" line — never a mere mention (a blog comparing SafeBase and
 * Vanta is not hosted on either). Consent-banner scripts of vendors that also
 * sell trust centers (OneTrust, TrustArc) appear on countless ordinary pages,
 * so their scripts are not markers; only their "Powered by" line is.
 */
export interface TrustPlatform {
  id: string;
  name: string;
  /** Hostnames that belong to the platform (not its own marketing site). */
  hostnames: RegExp[];
  /** Hosts of scripts, frames or stylesheets only a page served by the platform loads. */
  assetHosts: RegExp[];
  /** The name in the platform's own credit line ("Powered by SafeBase"), read from the end of the page. */
  creditName: string;
  /** Documents (reports, pentests) usually sit behind an access request or NDA. */
  gated: boolean;
  /**
   * Where on the platform one vendor's trust center lives, so the library keys
   * the vendor, not the platform (lib/vendor-identity.ts): a host of its own
   * (`acme.safebase.io`), or the first path segment of a shared host
   * (`trust.vanta.com/acme`). The first rule whose host matches applies.
   */
  vendorAddresses: VendorAddress[];
}

export interface VendorAddress {
  host: RegExp;
  /** `host`: the whole hostname is the vendor's; `first-path-segment`: host + "/" + the first segment of the path. */
  by: 'host' | 'first-path-segment';
}

/**
 * The credit line of a platform. Built when first asked for, not when the module loads: the content script
 * on every page loads this file but never reads credits (a RegExp built at load costs every page).
 */
const creditPatterns = new Map<string, RegExp>();
export function creditPattern(platform: TrustPlatform): RegExp {
  let re = creditPatterns.get(platform.creditName);
  if (!re) creditPatterns.set(platform.creditName, (re = new RegExp(String.raw`\b(?:powered|hosted) by\s+${platform.creditName}\b`, 'i')));
  return re;
}

export const TRUST_PLATFORMS: readonly TrustPlatform[] = [
  { id: 'safebase', name: 'SafeBase', hostnames: [/(?:^|\.)safebase\.io$/i], assetHosts: [/(?:^|\.)safebase\.io$/i], creditName: 'SafeBase', gated: true, vendorAddresses: [{ host: /^(?!www\.|app\.)[a-z0-9-]+\.safebase\.io$/i, by: 'host' }, { host: /^app\.safebase\.io$/i, by: 'first-path-segment' }] },
  { id: 'vanta', name: 'Vanta Trust Center', hostnames: [/^trust\.vanta\.com$/i], assetHosts: [], creditName: 'Vanta', gated: true, vendorAddresses: [{ host: /^trust\.vanta\.com$/i, by: 'first-path-segment' }] },
  { id: 'drata', name: 'Drata Trust Center', hostnames: [/(?:^|\.)trust\.drata\.com$/i], assetHosts: [], creditName: 'Drata', gated: true, vendorAddresses: [{ host: /^[a-z0-9-]+\.trust\.drata\.com$/i, by: 'host' }, { host: /^trust\.drata\.com$/i, by: 'first-path-segment' }] },
  { id: 'conveyor', name: 'Conveyor', hostnames: [/^(?!www\.)[a-z0-9-]+\.conveyor\.com$/i], assetHosts: [], creditName: 'Conveyor', gated: true, vendorAddresses: [{ host: /^(?!www\.)[a-z0-9-]+\.conveyor\.com$/i, by: 'host' }] },
  { id: 'whistic', name: 'Whistic', hostnames: [/^(?!www\.)[a-z0-9-]+\.whistic\.com$/i], assetHosts: [], creditName: 'Whistic', gated: true, vendorAddresses: [{ host: /^(?!www\.)[a-z0-9-]+\.whistic\.com$/i, by: 'host' }] },
  { id: 'secureframe', name: 'Secureframe Trust', hostnames: [], assetHosts: [], creditName: 'Secureframe', gated: true, vendorAddresses: [] },
  { id: 'sprinto', name: 'Sprinto Trust Center', hostnames: [], assetHosts: [], creditName: 'Sprinto', gated: true, vendorAddresses: [] },
  { id: 'thoropass', name: 'Thoropass', hostnames: [], assetHosts: [], creditName: 'Thoropass', gated: true, vendorAddresses: [] },
  { id: 'trustarc', name: 'TrustArc', hostnames: [], assetHosts: [], creditName: 'TrustArc', gated: false, vendorAddresses: [] },
  { id: 'onetrust', name: 'OneTrust Trust Center', hostnames: [], assetHosts: [], creditName: 'OneTrust', gated: true, vendorAddresses: [] },
];

/**
 * The domains every `hostnames` and `assetHosts` pattern above lies under. A host outside them is not
 * tested against the patterns: the content script checks every page's asset hosts, on every page.
 * tests/unit/platforms.test.ts holds each pattern to this list.
 */
export const PLATFORM_DOMAINS: readonly string[] = ['safebase.io', 'vanta.com', 'drata.com', 'conveyor.com', 'whistic.com'];

/** How much of the page's end the "Powered by" line is looked for in: credits sit in the footer. */
export const CREDIT_WINDOW_CHARS = 2000;
