import { finding, type Finding } from './findings.ts';

/**
 * Bytes → text. A byte-order mark or bytes that are not UTF-8 are findings,
 * never silently repaired: RFC 9116 files are UTF-8 without a BOM.
 */
export function decode(input: string | Uint8Array, findings: Finding[]): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      findings.push(finding('error', 'utf8', 'The file is not valid UTF-8 text.'));
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
    }
  }
  if (text.startsWith('\uFEFF')) {
    findings.push(finding('error', 'bom_in_file', 'The file starts with a byte-order mark; RFC 9116 files must not.'));
    // only the first mark is dropped: a second one stays part of the first field's name, as in the bytes
    text = text.slice(1);
  }
  return text;
}
