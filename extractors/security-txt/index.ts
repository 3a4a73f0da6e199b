import { decode } from './decode.ts';
import { collectFields, type Fields } from './fields.ts';
import { finding, type Finding, type Severity } from './findings.ts';
import { readFields } from './lines.ts';
import { unwrap } from './signature.ts';

/**
 * An RFC 9116 security.txt check: the fields, whether the file is signed, and
 * findings that say what is wrong in words. Never throws: a malformed file is
 * findings. Pure, so the extension (on the vendor's own file) and the CLI (on a
 * saved one) run the same code.
 */
export type { Finding, Severity, Fields };

export interface SecurityTxt {
  valid: boolean;
  signed: boolean;
  fields: Fields;
  findings: Finding[];
}

export interface CheckOptions {
  /** The reference time for Expires. */
  now: Date;
  /** Where the file was read from: a Canonical field must name it. */
  url?: string;
}

/** RFC 3339 date-time: lower-case t and z allowed, and a space for the T, as RFC 3339 §5.6 permits (both peer validators accept it). */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const YEAR_MS = 365 * 24 * 3600 * 1000;

function checkExpires(fields: Fields, now: Date, findings: Finding[]) {
  if (fields.expires === null) {
    if (!findings.some((f) => f.code === 'multi_expire' || (f.code === 'empty_value' && /^Expires/.test(f.message)))) findings.push(finding('error', 'no_expire', 'Expires is missing: RFC 9116 requires exactly one.'));
    return;
  }
  const m = DATE_TIME.exec(fields.expires);
  const time = m ? Date.parse(fields.expires.toUpperCase().replace(' ', 'T')) : NaN;
  const [, , mo, d, h, mi, s] = m ?? [];
  if (!m || Number.isNaN(time) || +mo! > 12 || +d! > 31 || +h! > 23 || +mi! > 59 || +s! > 60) {
    findings.push(finding('error', 'invalid_expiry', `Expires "${fields.expires}" is not an RFC 3339 date-time such as 2027-01-31T23:59:59Z.`));
    return;
  }
  if (time < now.getTime()) findings.push(finding('error', 'expired', `The file expired on ${new Date(time).toISOString()}: its contacts may be stale.`));
  else if (time - now.getTime() > YEAR_MS) findings.push(finding('warning', 'long_expiry', `Expires is more than a year ahead (${new Date(time).toISOString().slice(0, 10)}); RFC 9116 recommends less, so the file gets reviewed.`));
}

const sameUrl = (a: string, b: string) => {
  try { return new URL(a).href === new URL(b).href; } catch { return a === b; }
};

const EMPTY_FIELDS = (): Fields => ({ contact: [], expires: null, encryption: [], acknowledgments: [], preferredLanguages: [], canonical: [], policy: [], hiring: [], csaf: [], other: Object.create(null) as Record<string, string[]> });

/** Never throws: an exception anywhere in the check makes the file invalid, with a finding that says so. */
export function parseSecurityTxt(input: string | Uint8Array, options: CheckOptions): SecurityTxt {
  try {
    return check(input, options);
  } catch (e) {
    return { valid: false, signed: false, fields: EMPTY_FIELDS(), findings: [finding('error', 'parse_failed', `The file could not be checked (${(e as Error)?.message ?? 'parser error'}); treat it as not valid.`)] };
  }
}

function check(input: string | Uint8Array, options: CheckOptions): SecurityTxt {
  const findings: Finding[] = [];
  const text = decode(input, findings);
  const { signed, body, firstLine } = unwrap(text, findings);
  const fields = collectFields(readFields(body, firstLine, signed, findings), findings);
  if (!fields.contact.length && !findings.some((f) => f.code === 'empty_value' && /^Contact/.test(f.message))) findings.push(finding('error', 'no_contact', 'Contact is missing: RFC 9116 requires at least one way to report a vulnerability.'));
  checkExpires(fields, options.now, findings);
  if (options.url && fields.canonical.length && !fields.canonical.some((c) => sameUrl(c, options.url!))) {
    findings.push(finding('error', 'canonical_mismatch', `The file was read from ${options.url}, which none of its Canonical URLs names.`));
  }
  if (!fields.canonical.length) findings.push(finding('info', 'no_canonical', 'No Canonical field: readers cannot tell where the file is meant to live.'));
  if (!fields.encryption.length) findings.push(finding('info', 'no_encryption', 'No Encryption field: no key to send a report privately.'));
  if (!signed) findings.push(finding('info', 'not_signed', 'The file is not signed (OpenPGP cleartext signature).'));
  if (fields.csaf.length > 1) findings.push(finding('info', 'multiple_csaf_fields', 'More than one CSAF field.'));
  return { valid: !findings.some((f) => f.severity === 'error'), signed: signed && !findings.some((f) => f.code.startsWith('pgp') || f.code === 'signed_format_issue'), fields, findings };
}
