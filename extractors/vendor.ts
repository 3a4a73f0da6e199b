import { getDomain } from 'tldts';

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

const EMAIL_OR_URL_DOMAIN = /\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b|\bhttps?:\/\/([\w-]+(?:\.[\w-]+)+)/g;

/** The registrable domain of the page's URL, or else the one its e-mail addresses and links name most. */
export function vendorDomain(url: string | null, text: string): string | null {
  if (url) {
    const d = safeDomain(url);
    // loopback names (RFC 6761: localhost and *.localhost) are never a vendor's: fall back to the addresses the page names
    if (d && !/^(?:localhost|127\.0\.0\.1)$|\.localhost$/.test(d)) return d;
  }
  const counts = new Map<string, number>();
  for (const m of text.matchAll(EMAIL_OR_URL_DOMAIN)) {
    const d = safeDomain(m[1] ?? m[2] ?? '');
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function safeDomain(s: string): string | null {
  try { return getDomain(s) ?? null; } catch { return null; }
}

const TITLE_NAME = [/^(?:security|trust(?: center)?|compliance)\s+(?:at|@|for)\s+(.+)$/i, /^(.+?)\s+(?:security|trust center|trust|compliance)\b/i, /[|–—-]\s*([^|–—-]+)$/];

/** A title part that reads as a name: a few words, none of them the small words of a sentence ("System and Organization Controls for" is not). */
const SENTENCE_WORD = /^(?:a|an|and|are|as|at|by|for|from|how|in|is|of|on|or|the|to|vs|what|why|with|your)$/i;
const GENERIC_TITLE = /^(?:security|trust|overview|glossary|blog|home|docs?|documentation|resources)$/i;
const isNameLike = (s: string) => s.length <= 40 && !GENERIC_TITLE.test(s) && s.split(/\s+/).length <= 4 && !s.split(/\s+/).some((w) => SENTENCE_WORD.test(w));

/** "acme-cloud.io" → "Acme Cloud": the name when the page offers none. */
const nameFromDomain = (domain: string) => domain.split('.')[0]!.split('-').filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');

/** The vendor's display name: og:site_name, a word on the page spelled like the domain, the title when it reads as a name, or the domain. */
export function vendorName(opts: { siteName?: string | null; domain: string | null; title: string; text: string }): string | null {
  if (opts.siteName?.trim()) return opts.siteName.trim();
  if (opts.domain) {
    const label = opts.domain.split('.')[0]!;
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
  return opts.domain ? nameFromDomain(opts.domain) : null;
}
