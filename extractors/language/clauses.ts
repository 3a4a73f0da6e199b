/**
 * Clause boundaries inside a sentence: negation and status cues reach only as
 * far as their own clause ("We are not yet ISO 27001 certified, but we hold
 * SOC 2 Type II": the "not" stops at ", but").
 */
const BOUNDARY = /;|\s[—–]\s|\s-\s|\s[·|]\s|,\s*(?:and|while|whereas)\s+(?!(?:ISO|SOC|PCI|HIPAA|GDPR)\b)(?=[\p{L}])|,\s*(?=(?:but|however|although|though|whereas|while|we|our|it|they|this|these|customers|you)\b)|\b(?:but|however|whereas|although|except|though|because|so that)\b|\band (?=(?:plans?|intends?|aims?|expects?|will|we)\b)/giu;

export interface Span { start: number; end: number }

/** Boundaries of the last sentence asked about: every control asks about the same sentence in turn. */
let cachedText: string | null = null;
let cachedBoundaries: Span[] = [];

function boundariesOf(text: string): Span[] {
  if (text === cachedText) return cachedBoundaries;
  const out: Span[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  cachedText = text;
  cachedBoundaries = out;
  return out;
}

/** The clause of `text` that contains the position `at`. */
export function clauseAround(text: string, at: number): Span {
  let start = 0;
  let end = text.length;
  for (const b of boundariesOf(text)) {
    if (b.end <= at) start = b.end;
    else if (b.start >= at) { end = b.start; break; }
  }
  return { start, end };
}
