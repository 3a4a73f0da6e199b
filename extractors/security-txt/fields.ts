import { finding, type Finding } from './findings.ts';
import type { RawField } from './lines.ts';

/**
 * The fields RFC 9116 defines, as data: how often each may appear and what
 * its value must be. Names compare case-insensitively; any other field is an
 * extension, allowed and noted.
 */
export type FieldKey = 'contact' | 'expires' | 'encryption' | 'acknowledgments' | 'preferredLanguages' | 'canonical' | 'policy' | 'hiring' | 'csaf';

interface FieldRule { key: FieldKey; name: string; uri: boolean; once?: boolean; multipleCode?: string }

export const FIELD_RULES: readonly FieldRule[] = [
  { key: 'contact', name: 'Contact', uri: true },
  { key: 'expires', name: 'Expires', uri: false, once: true, multipleCode: 'multi_expire' },
  { key: 'encryption', name: 'Encryption', uri: true },
  { key: 'acknowledgments', name: 'Acknowledgments', uri: true },
  { key: 'preferredLanguages', name: 'Preferred-Languages', uri: false, once: true, multipleCode: 'multi_lang' },
  { key: 'canonical', name: 'Canonical', uri: true },
  { key: 'policy', name: 'Policy', uri: true },
  { key: 'hiring', name: 'Hiring', uri: true },
  { key: 'csaf', name: 'CSAF', uri: true },
];

const BY_NAME = new Map(FIELD_RULES.map((r) => [r.name.toLowerCase(), r]));
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** ISO 639 language (2–3 letters) with optional BCP 47 subtags: "en", "en-GB", "dut". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

export interface Fields {
  contact: string[];
  expires: string | null;
  encryption: string[];
  acknowledgments: string[];
  preferredLanguages: string[];
  canonical: string[];
  policy: string[];
  hiring: string[];
  csaf: string[];
  /** Extension fields by name, in a map with no prototype: a field named `__proto__`, `constructor` or `toString` is just a name. */
  other: Record<string, string[]>;
}

function checkUri(rule: FieldRule, value: string, line: number, findings: Finding[]) {
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (!scheme) { findings.push(finding('error', 'no_uri', `${rule.name} "${value}" is not a URI (no scheme such as https: or mailto:).`, line)); return; }
  if (scheme === 'http') findings.push(finding('error', 'no_https', `${rule.name} uses http:, which RFC 9116 forbids; it must be https:.`, line));
  if (rule.key === 'csaf' && scheme === 'https' && !/provider-metadata\.json$/i.test(value)) findings.push(finding('error', 'no_csaf_file', 'CSAF must point to a provider-metadata.json file.', line));
}

export function collectFields(raw: readonly RawField[], findings: Finding[]): Fields {
  const fields: Fields = { contact: [], expires: null, encryption: [], acknowledgments: [], preferredLanguages: [], canonical: [], policy: [], hiring: [], csaf: [], other: Object.create(null) as Record<string, string[]> };
  const seen = new Map<FieldKey, number>();
  for (const { name, value, line } of raw) {
    const rule = BY_NAME.get(name.toLowerCase());
    if (!rule) {
      findings.push(finding('info', 'unknown_field', `"${name}" is not an RFC 9116 field (allowed, ignored).`, line));
      const values = Object.hasOwn(fields.other, name) ? fields.other[name]! : (fields.other[name] = []);
      values.push(value);
      continue;
    }
    const count = (seen.get(rule.key) ?? 0) + 1;
    seen.set(rule.key, count);
    if (value === '') { findings.push(finding('error', 'empty_value', `${rule.name} has no value.`, line)); continue; }
    if (rule.once && count > 1) { findings.push(finding('error', rule.multipleCode!, `${rule.name} appears more than once; RFC 9116 allows it once.`, line)); continue; }
    if (rule.uri) checkUri(rule, value, line, findings);
    if (rule.key === 'expires') fields.expires = value;
    else if (rule.key === 'preferredLanguages') {
      const tags = value.split(',').map((t) => t.trim());
      const bad = tags.filter((t) => !LANGUAGE_TAG.test(t));
      if (bad.length) findings.push(finding('error', 'invalid_lang', `Preferred-Languages holds "${bad.join('", "')}", not a language tag such as "en" or "de".`, line));
      fields.preferredLanguages = tags;
    } else fields[rule.key].push(value);
  }
  return fields;
}
