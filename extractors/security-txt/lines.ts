import { finding, type Finding } from './findings.ts';
import { splitLines } from './signature.ts';

/**
 * Lines → fields, per RFC 9116's grammar: `Name: value` (a colon, then one
 * space), comments starting with #, blank lines, and RFC 5322 folding — a line
 * that starts with whitespace continues the field above it.
 */
export interface RawField { name: string; value: string; line: number }

const FIELD_NAME = /^[!-9;-~]+$/; // printable ASCII but the colon

export function readFields(body: string, firstLine: number, signed: boolean, findings: Finding[]): RawField[] {
  const { lines, endsWithBreak } = splitLines(body);
  const fields: RawField[] = [];
  let last: RawField | null = null;
  lines.forEach((text, i) => {
    const line = firstLine + i;
    if (/^[ \t]/.test(text)) {
      // folding: whitespace-led text continues the field right above it (or the line that continued it)
      if (last) { last.value = `${last.value} ${text.trim()}`.trim(); return; }
      if (!text.trim()) return;
      findings.push(finding('error', 'prec_ws', `Line ${line} starts with whitespace and continues no field.`, line));
      if (/^\s*:/.test(text)) findings.push(finding('error', 'empty_key', `Line ${line} has no field name before its colon.`, line));
      last = null;
      return;
    }
    if (text === '' || /^\s*$/.test(text)) { last = null; return; }
    if (text.startsWith('#')) { last = null; return; }
    const colon = text.indexOf(':');
    if (colon < 0) { findings.push(finding('error', 'invalid_line', `Line ${line} is neither a field, a comment nor blank.`, line)); last = null; return; }
    const name = text.slice(0, colon);
    const rest = text.slice(colon + 1);
    if (name === '') { findings.push(finding('error', 'empty_key', `Line ${line} has no field name before its colon.`, line)); last = null; return; }
    if (/\s$/.test(name)) { findings.push(finding('error', 'prec_ws', `Line ${line}: whitespace before the colon ("${name.trim()} :").`, line)); last = null; return; }
    if (!FIELD_NAME.test(name)) { findings.push(finding('error', 'invalid_line', `Line ${line}: "${name}" is not a field name.`, line)); last = null; return; }
    if (rest !== '' && !/^[ \t]/.test(rest)) findings.push(finding('error', 'no_space', `Line ${line}: a space must follow the colon after ${name}.`, line));
    last = { name, value: rest.trim(), line };
    fields.push(last);
  });
  if (!signed && lines.length && !endsWithBreak) findings.push(finding('error', 'no_line_separators', `The last line (${firstLine + lines.length - 1}) does not end with a line break.`, firstLine + lines.length - 1));
  return fields;
}
