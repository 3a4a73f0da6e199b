import { clauseAround } from './clauses.ts';

/** Words that deny what follows them in their clause. */
const NEGATOR_BEFORE = /\b(?:not|never|no|neither|nor|without|cannot|lacks?|lacking|none|previously|formerly|paused|suspended|discontinued|retired|removed|dropped|stopped)\b|n['’]t\b/gi;
/** Negators that deny nothing: "not only", "no later than", "without undue delay". */
const NOT_A_NEGATION = /\b(?:not (?:only|just|solely|merely|limited|exclusively)|no (?:matter|later|more|less|longer than|additional|extra|cost)|at no (?:extra |additional )?(?:cost|charge)|without (?:undue|unnecessary|unreasonable)? ?delay|without (?:charge|exception|compromise)|whether or not|never (?:been )?(?:breached|compromised)|no-?one)\b/gi;
/** After the mention: "SSO is not available", "ISO 27001: No", "MFA isn't supported". */
const NEGATOR_AFTER = /^(?:[^.;!?]{0,40}?\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|will|could|would|currently)\s*(?:n['’]t|not|never)\s+(?:(?:yet|currently|presently|at this time|be|been|being|really|officially)\s+)*(?:available|supported|offered|provided|in place|enabled|implemented|used|certified|compliant|accredited|audited|attested|have|hold|possess|perform|conduct|offer|support|provide|use|exist|apply|part of|on (?:our|the) roadmap|planned|something)\b|[^\p{L}\d]{0,4}(?:no|not|none|never|n\/a)\b|[^.;!?]{0,25}?\bnot (?:yet |currently )?(?:available|supported|offered|provided|certified|compliant|in place|enabled)\b|[^.;!?]{0,40}?\b(?:lapsed|expired|was (?:withdrawn|suspended|revoked)|(?:is|was|has been) paused)\b)/iu;
const WINDOW_BEFORE_WORDS = 10;
/** A new verb phrase between a negator and the mention: "who are not yet members can still report". */
const MODAL = /\b(?:can|could|will|would|should|may|might|must|still)\b(?!\s*(?:not|n't))/i;

function lastMatch(re: RegExp, text: string): number | null {
  re.lastIndex = 0;
  let at: number | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index + m[0].length;
  return at;
}

/**
 * Whether the mention at [start, end) of `text` is denied in its clause: a
 * negator up to ten words before it, or a negated verb right after it.
 */
export function isNegated(text: string, start: number, end: number): boolean {
  const clause = clauseAround(text, start);
  const masked = maskNonNegations(text);
  const before = masked.slice(clause.start, start);
  const words = before.split(/\s+/).filter(Boolean);
  const window = words.slice(-WINDOW_BEFORE_WORDS).join(' ');
  const negator = lastMatch(NEGATOR_BEFORE, window);
  if (negator !== null && !MODAL.test(window.slice(negator))) return true;
  // a mention pattern that spans words ("sessions … expire") can hold its own negation: "sessions do not expire"
  NEGATOR_BEFORE.lastIndex = 0;
  if (end - start > 20 && NEGATOR_BEFORE.test(masked.slice(start, end))) return true;
  const after = masked.slice(end, Math.max(end, clause.end));
  return NEGATOR_AFTER.test(after);
}

/** Replaces non-negating phrases with spaces of the same length so positions stay valid. */
let maskedFor: string | null = null;
let masked = '';

export function maskNonNegations(text: string): string {
  if (text !== maskedFor) {
    masked = text.replace(NOT_A_NEGATION, (m) => ' '.repeat(m.length));
    maskedFor = text;
  }
  return masked;
}

/** Whether a phrase (a status cue, a hedge) is itself negated in its clause: "no plans to", "not on our roadmap". */
export function isPhraseNegated(text: string, start: number): boolean {
  const clause = clauseAround(text, start);
  const before = maskNonNegations(text).slice(clause.start, start).split(/\s+/).filter(Boolean).slice(-4).join(' ');
  NEGATOR_BEFORE.lastIndex = 0;
  return NEGATOR_BEFORE.test(before);
}
