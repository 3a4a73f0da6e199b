import { finding, type Finding } from './findings.ts';

/**
 * The OpenPGP cleartext signature framework (RFC 4880 §7) around a signed
 * security.txt: the armor lines, dash-escaping, and the signature block's
 * base64 and CRC-24 checksum. The signature itself is not verified (that needs
 * the vendor's key); a file that is framed right is reported as "signed".
 */
const BEGIN_MESSAGE = '-----BEGIN PGP SIGNED MESSAGE-----';
const BEGIN_SIGNATURE = '-----BEGIN PGP SIGNATURE-----';
const END_SIGNATURE = '-----END PGP SIGNATURE-----';
const ARMOR_HEADER = /^[A-Za-z][A-Za-z0-9-]*: ?.*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface Unwrapped {
  signed: boolean;
  /** The text whose fields are read: the cleartext of a signed file, else the whole file. */
  body: string;
  /** Line number in the file of the body's first line. */
  firstLine: number;
}

function crc24(bytes: Uint8Array): number {
  let crc = 0xb704ce;
  for (const b of bytes) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

function base64Bytes(data: string): Uint8Array | null {
  if (data.length % 4 !== 0 || !BASE64.test(data)) return null;
  try {
    return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Splits on CRLF or LF, keeping whether the text ended with a line break. */
export function splitLines(text: string): { lines: string[]; endsWithBreak: boolean } {
  const lines = text.split(/\r?\n/);
  const endsWithBreak = lines.length > 1 && lines[lines.length - 1] === '';
  if (endsWithBreak) lines.pop();
  return { lines: text === '' ? [] : lines, endsWithBreak };
}

function checkSignatureBlock(lines: string[], start: number, findings: Finding[]): number {
  // armor headers, a blank line, base64 lines, an optional =CRC line, the end line
  let i = start;
  while (i < lines.length && lines[i] !== '' && ARMOR_HEADER.test(lines[i]!) && !lines[i]!.startsWith('-')) i++;
  if (lines[i] !== '') { findings.push(finding('error', 'pgp_data_error', 'The signature block is malformed (its armor headers are not followed by a blank line).', i + 1)); return lines.length; }
  i++;
  let data = '';
  let checksum: string | null = null;
  for (; i < lines.length && lines[i] !== END_SIGNATURE; i++) {
    const line = lines[i]!.trim();
    if (/^=[A-Za-z0-9+/]{4}$/.test(line)) { checksum = line.slice(1); continue; }
    if (!/^[A-Za-z0-9+/=]+$/.test(line)) { findings.push(finding('error', 'pgp_data_error', 'The signature block holds a line that is not base64.', i + 1)); return lines.length; }
    data += line;
  }
  if (i >= lines.length) { findings.push(finding('error', 'pgp_data_error', `The signature block has no "${END_SIGNATURE}" line.`)); return lines.length; }
  const bytes = base64Bytes(data);
  if (!bytes || bytes.length === 0) findings.push(finding('error', 'pgp_error', 'The signature is not valid base64.'));
  else if (checksum) {
    const want = base64Bytes(checksum);
    const got = crc24(bytes);
    if (!want || ((want[0]! << 16) | (want[1]! << 8) | want[2]!) !== got) findings.push(finding('error', 'pgp_error', 'The signature’s CRC-24 checksum does not match its data.'));
  }
  return i + 1;
}

/** Finds and checks the signature framing; an unsigned file passes through whole. */
export function unwrap(text: string, findings: Finding[]): Unwrapped {
  const at = text.indexOf(BEGIN_MESSAGE);
  if (at < 0) return { signed: false, body: text, firstLine: 1 };
  if (text.indexOf(BEGIN_MESSAGE, at + 1) >= 0) findings.push(finding('error', 'pgp_data_error', 'The file holds more than one signed message.'));
  if (at > 0) findings.push(finding('error', 'signed_format_issue', `Text comes before "${BEGIN_MESSAGE}": a signed file must start with it.`));
  const { lines } = splitLines(text.slice(at));
  const offset = text.slice(0, at).split(/\r?\n/).length - 1;
  // armor headers (Hash: …) up to a blank line
  let i = 1;
  while (i < lines.length && lines[i] !== '') i++;
  const firstLine = offset + i + 2;
  const body: string[] = [];
  for (i++; i < lines.length && lines[i] !== BEGIN_SIGNATURE; i++) {
    const line = lines[i]!;
    // dash-escaped text ("- -----…") is the line without its "- "
    body.push(line.startsWith('- ') ? line.slice(2) : line);
  }
  if (i >= lines.length) {
    findings.push(finding('error', 'pgp_data_error', `The file starts as signed but has no "${BEGIN_SIGNATURE}" line.`));
    return { signed: false, body: `${body.join('\n')}\n`, firstLine };
  }
  const after = checkSignatureBlock(lines, i + 1, findings);
  const rest = lines.slice(after);
  if (rest.some((l) => l.trim() !== '')) findings.push(finding('error', 'data_after_sig', 'Text follows the signature.', offset + after + 1));
  else if (rest.length > 0) findings.push(finding('error', 'too_many_line_separators', 'Blank lines follow the signature.', offset + after + 1));
  // the cleartext ends with the line break before the signature: every body line is a whole line
  return { signed: true, body: body.length ? `${body.join('\n')}\n` : '', firstLine };
}
