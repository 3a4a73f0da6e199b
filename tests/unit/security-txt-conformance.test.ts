import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSecurityTxt } from '../../extractors/security-txt/index.ts';

/**
 * RFC 9116 conformance: 58 cases from the test suites of two public validators
 * (DigitalTrustCenter/sectxt, eikendev/sectxt) plus five derived ones, copied
 * from ../shared/conformance/security-txt into tests/conformance/security-txt
 * (see its README for provenance). Each is parsed from its exact bytes at its
 * own reference time; `valid` must agree. Where the two peers disagree, RFC
 * 9116's grammar decides, and the decision is written down here.
 */
const DIR = join(import.meta.dirname, '../conformance/security-txt');

interface Expected { valid: boolean; errors?: string[]; asserted?: string; now_datetime: string; peers_disagree?: boolean; content_b64?: string }

const RFC_DECIDES: Record<string, { valid: boolean; why: string }> = {
  eik_res_gen_unsigned_0020: { valid: true, why: 'an extension field’s value is RFC 5322 `unstructured`, which may be empty or whitespace' },
  eik_res_gen_unsigned_0027: { valid: true, why: 'a line starting with whitespace folds into the field above it (RFC 5322 FWS in `unstructured`)' },
  eik_signed_mixed_crlf: { valid: true, why: 'the signature block is well framed base64; the signature itself is not verified (no key), and CRLF and LF may mix' },
};

/** Error codes a peer asserts (errors[0] == X, exactly one X, errors include X) that we emit under the same name. */
const OUR_CODES = new Set(['no_contact', 'no_expire', 'multi_expire', 'expired', 'invalid_expiry', 'no_uri', 'no_https', 'prec_ws', 'no_space', 'empty_key', 'empty_value', 'invalid_line', 'invalid_lang', 'multi_lang', 'no_line_separators', 'too_many_line_separators', 'signed_format_issue', 'pgp_data_error', 'pgp_error', 'data_after_sig', 'bom_in_file', 'utf8', 'no_csaf_file']);

const cases = readdirSync(DIR).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', '')).sort();

describe('security.txt conformance cases', () => {
  it('covers all 58 cases', () => {
    expect(cases).toHaveLength(58);
  });

  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    const bytes = expected.content_b64 ? Buffer.from(expected.content_b64, 'base64') : readFileSync(join(DIR, `${name}.txt`));
    const result = parseSecurityTxt(new Uint8Array(bytes), { now: new Date(expected.now_datetime) });
    const decided = expected.peers_disagree ? RFC_DECIDES[name] : undefined;
    if (expected.peers_disagree) expect(decided, `${name}: peers disagree, so a decision must be written down`).toBeDefined();
    const codes = result.findings.filter((f) => f.severity === 'error').map((f) => f.code);
    expect(result.valid, `valid (errors: ${codes.join(', ') || 'none'})`).toBe(decided ? decided.valid : expected.valid);
    // the peer's own assertion, where it names one of our codes
    const asserted = /(?:errors\[\d\] ==|exactly one|errors include) (\w+)/.exec(expected.asserted ?? '')?.[1];
    if (asserted && OUR_CODES.has(asserted)) expect(codes).toContain(asserted);
    if (/exactly one (\w+)/.test(expected.asserted ?? '') && asserted && OUR_CODES.has(asserted)) expect(codes.filter((c) => c === asserted)).toHaveLength(1);
  });
});
