/**
 * A label and its value in one line, as list items and cards print them: "PCI DSS — targeted H2 2027",
 * "SOC 2 Type II: In audit Q2 2026", "ISO 27001 – On roadmap 2027". The value speaks of what the label names.
 */
const LABEL_VALUE = /^([^.:;—–|]{2,60}?)\s*(?:\s[—–-]\s|[—–]|:\s|\s\|\s)\s*(\S.*)$/u;
const LABEL_MAX_WORDS = 8;

export interface LabelValue { labelEnd: number; valueStart: number }

export function labelValueOf(text: string): LabelValue | null {
  const m = LABEL_VALUE.exec(text);
  if (!m) return null;
  const label = m[1]!;
  if (label.trim().split(/\s+/).length > LABEL_MAX_WORDS) return null;
  // a sentence that merely has a colon later on is no label: the label reads as a name, not as a clause with a verb
  if (/\b(?:we|our|is|are|was|were|has|have|will|can|do|does)\b/i.test(label)) return null;
  return { labelEnd: label.length, valueStart: m.index + m[0].length - m[2]!.length };
}

/**
 * Nested labels, outermost first: "Roadmap: SOC 2 Type II final attestation — target Q1 2027" has the label
 * "Roadmap" over "SOC 2 Type II final attestation", whose value is "target Q1 2027". Returns the labels that stand
 * over `at`, and the value that speaks of `at` when `at` lies in a label.
 */
export interface LabelPath { over: string[]; value: { start: number; end: number } | null }

export function labelPathAt(text: string, at: number): LabelPath {
  const over: string[] = [];
  let offset = 0;
  for (let depth = 0; depth < 3; depth++) {
    const lv = labelValueOf(text.slice(offset));
    if (!lv) break;
    if (at < offset + lv.labelEnd) return { over, value: { start: offset + lv.valueStart, end: text.length } };
    over.push(text.slice(offset, offset + lv.labelEnd));
    offset += lv.valueStart;
  }
  return { over, value: null };
}
