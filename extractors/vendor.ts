/** Who the page is about and when it was last updated. */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const UPDATED = String.raw`\b(?:last\s+)?(?:updated|modified|revised|reviewed)(?:\s+on|\s+as\s+of)?\s*:?\s*`;
const DATE_FORMATS: { re: RegExp; read: (m: RegExpExecArray) => [number, number | null, number | null] }[] = [
  { re: new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})`), read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: new RegExp(String.raw`^(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`, 'i'), read: (m) => [+m[3]!, month(m[1]!), +m[2]!] },
  { re: new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH}),?\s+(\d{4})`, 'i'), read: (m) => [+m[3]!, month(m[2]!), +m[1]!] },
  { re: new RegExp(String.raw`^(\d{4})\s+(${MONTH})\s+(\d{1,2})\b`, 'i'), read: (m) => [+m[1]!, month(m[2]!), +m[3]!] },
  { re: new RegExp(String.raw`^(${MONTH})\s+(\d{4})`, 'i'), read: (m) => [+m[2]!, month(m[1]!), null] },
];

function month(name: string): number {
  const i = MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3)));
  return i + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "Last updated: April 3, 2026" → "2026-04-03"; "March 2026" → "2026-03". */
export function lastUpdatedIn(text: string): string | null {
  const g = new RegExp(UPDATED, 'gi');
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    for (const f of DATE_FORMATS) {
      const d = f.re.exec(rest);
      if (!d) continue;
      const [y, mo, day] = f.read(d);
      if (!mo || mo < 1 || mo > 12 || y < 1990 || y > 2100) continue;
      return day ? `${y}-${pad(mo)}-${pad(day)}` : `${y}-${pad(mo)}`;
    }
  }
  return null;
}

const EMAIL_OR_URL_HOST = /\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b|\bhttps?:\/\/([\w-]+(?:\.[\w-]+)+)/g;
// loopback names (RFC 6761: localhost and *.localhost) and 127.0.0.0/8 are never a vendor's: they serve test pages
const LOOPBACK = /^(?:localhost|.+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

const hostOf = (url: string | null): string | null => {
  if (!url) return null;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) && u.hostname ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
};

/**
 * The host the page says it is at, for the library to key (lib/vendor-identity.ts
 * turns it into the vendor's key with the public-suffix list, which never loads
 * in the page). Never a domain read from the text — any page can name any vendor
 * — except on a loopback test host, where it is the host the page names most.
 * No URL: null.
 */
export function vendorDomain(url: string | null, text: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  return LOOPBACK.test(host) ? mostNamedHost(text) : host;
}

/**
 * The host the page's e-mail addresses and links name most, a sub-host counted
 * with its parent when both are named (`trust.zentrik.ai` with `zentrik.ai`):
 * for naming the vendor and for loopback test pages, never for a real site's key.
 */
export function mostNamedHost(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(EMAIL_OR_URL_HOST)) {
    const h = (m[1] ?? m[2] ?? '').toLowerCase().replace(/^www\./, '');
    if (h && !LOOPBACK.test(h)) counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const total = new Map<string, number>();
  for (const [h, n] of counts) {
    // the shortest named parent: walk the host's own suffixes, never every pair of hosts (a page can name thousands)
    const labels = h.split('.');
    let parent = h;
    for (let i = labels.length - 2; i >= 1; i--) {
      const p = labels.slice(i).join('.');
      if (counts.has(p)) { parent = p; break; }
    }
    total.set(parent, (total.get(parent) ?? 0) + n);
  }
  return [...total].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const TITLE_NAME = [/^(?:security|trust(?: center)?|compliance)\s+(?:at|@|for)\s+(.+)$/i, /^(.+?)\s+(?:security|trust center|trust|compliance)\b/i, /[|–—-]\s*([^|–—-]+)$/];

/** Host labels that name a site's part, never its owner (`trust.acme.com`, `acme.safebase.io` → "acme"). */
const GENERIC_LABELS = new Set(['www', 'trust', 'security', 'compliance', 'status', 'docs', 'app', 'portal', 'legal', 'privacy', 'co', 'com', 'org', 'net', 'ac', 'gov', 'safebase', 'conveyor', 'whistic', 'vanta', 'drata', 'github', 'gitlab', 'vercel', 'netlify', 'pages']);

/** A title part that reads as a name: a few words, none of them the small words of a sentence ("System and Organization Controls for" is not). */
const SENTENCE_WORD = /^(?:a|an|and|are|as|at|by|for|from|how|in|is|of|on|or|the|to|vs|what|why|with|your)$/i;
const GENERIC_TITLE = /^(?:security|trust|overview|glossary|blog|home|docs?|documentation|resources)$/i;
const isNameLike = (s: string) => s.length <= 40 && !GENERIC_TITLE.test(s) && s.split(/\s+/).length <= 4 && !s.split(/\s+/).some((w) => SENTENCE_WORD.test(w));

/** "acme-cloud.io" → "Acme Cloud": the name when the page offers none. */
const nameFromDomain = (domain: string) => domain.split('.')[0]!.split('-').filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');

/** The vendor's display name: og:site_name, a word on the page spelled like the domain, the title when it reads as a name, or the domain. */
export function vendorName(opts: { siteName?: string | null; domain: string | null; title: string; text: string }): string | null {
  if (opts.siteName?.trim()) return opts.siteName.trim();
  const labels = opts.domain ? opts.domain.split('.').slice(0, -1).filter((l) => !GENERIC_LABELS.has(l) && /\w/.test(l)) : [];
  for (const label of labels) {
    const re = new RegExp(String.raw`\b(${label.replace(/[^\w]/g, '')})\b`, 'gi');
    const spellings = new Map<string, number>();
    for (const m of opts.text.matchAll(re)) if (/[A-Z]/.test(m[1]!)) spellings.set(m[1]!, (spellings.get(m[1]!) ?? 0) + 1);
    const best = [...spellings].sort((a, b) => b[1] - a[1])[0];
    if (best) return best[0];
  }
  for (const re of TITLE_NAME) {
    const m = re.exec(opts.title.trim());
    if (m?.[1] && isNameLike(m[1].trim())) return m[1].trim();
  }
  return labels[0] ? nameFromDomain(labels[0]) : opts.domain ? nameFromDomain(opts.domain) : null;
}
