import { globalOf } from './regex-cache.ts';

/** TLS versions and algorithms, as a trust page names them. */

const TLS_VERSION = /\b(?:TLS|SSL\/TLS)\s*(?:v(?:ersion)?\s*(?:is\s*|of\s*|[:=]\s*)?)?(1\.[0-3])(\s*\+|\s+(?:or|and)\s+(?:higher|above|later|newer|greater|up)|\s+(?:and|or|\/|,)\s*(?:TLS\s*)?1\.[0-3])?/gi;
const BARE_VERSION_LIST = /\b(1\.[0-3])\s*(?:and|or|\/|,)\s*(1\.[0-3])\b/;
const REFUSED = /\b(?:disabl|deprecat|not (?:supported|allowed|accepted)|reject|refus|no longer|block|retir)\w*/i;

/** The lowest TLS version the text says is used, ignoring versions it says are disabled. */
export function tlsMinVersion(text: string): '1.0' | '1.1' | '1.2' | '1.3' | undefined {
  const found: string[] = [];
  for (const clause of text.split(/[;.](?!\d)|\bbut\b/)) {
    const g = globalOf(TLS_VERSION);
    for (let m = g.exec(clause); m; m = g.exec(clause)) {
      // "TLS 1.0 and 1.1 are disabled": a refused version is no minimum
      const near = clause.slice(Math.max(0, m.index - 25), m.index + m[0].length + 25);
      if (REFUSED.test(near)) continue;
      found.push(m[1]!);
      const list = m[2] ? BARE_VERSION_LIST.exec(m[0].replace(/TLS\s*/gi, '')) : null;
      if (list) found.push(list[1]!, list[2]!);
    }
  }
  if (!found.length) return undefined;
  return found.sort()[0] as '1.0' | '1.1' | '1.2' | '1.3';
}

const AES = /\bAES[- ]?(128|192|256)(?:[- ]?(GCM|CBC|XTS|CTR|SIV))?\b/i;
const OTHER_CIPHERS = /\b(ChaCha20-Poly1305|XChaCha20-Poly1305|Fernet|AES-GCM)\b/i;

/** "AES-256", "AES-256-GCM", "ChaCha20-Poly1305". */
const AES_BITS_FIRST = /\b(128|192|256)[- ]?bit AES\b/i;

export function cipherIn(text: string): string | undefined {
  const bitsFirst = AES_BITS_FIRST.exec(text);
  if (bitsFirst) return `AES-${bitsFirst[1]}`;
  const aes = AES.exec(text);
  if (aes) return `AES-${aes[1]}${aes[2] ? `-${aes[2].toUpperCase()}` : ''}`;
  const other = OTHER_CIPHERS.exec(text);
  return other?.[1];
}

const HASHES: [RegExp, string][] = [
  [/\bargon2id\b/i, 'argon2id'],
  [/\bargon2i\b/i, 'argon2i'],
  [/\bargon2\b(?!i)/i, 'argon2'],
  [/\bbcrypt\b/i, 'bcrypt'],
  [/\bscrypt\b/i, 'scrypt'],
  [/\bPBKDF2\b/i, 'pbkdf2'],
  [/\bSHA-?(256|512)\b/i, 'sha256'],
];

export function hashAlgorithmsIn(text: string): string[] {
  const out: string[] = [];
  for (const [re, name] of HASHES) {
    const m = re.exec(text);
    if (!m) continue;
    const value = name === 'sha256' ? `sha${m[1]}` : name;
    if (!out.includes(value)) out.push(value);
  }
  return out;
}
