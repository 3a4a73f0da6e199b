import type { BlockKind } from '../blocks/block.ts';
import type { ControlPatterns, Unit } from '../controls/types.ts';
import { isProviderAttributed, speaksInOwnVoice, topicNamesProvider } from '../language/attribution.ts';
import { clauseAround } from '../language/clauses.ts';
import { ALIGNMENT_ONLY } from '../language/hedges.ts';
import { labelPathAt } from '../language/label-value.ts';
import { isNegated } from '../language/negation.ts';
import { ATTESTATION_WORDING, hasGenericHolder, hasPredicate, isAdvice, isAlignment, isDefinitionOf, isHypothetical, isPointer, isQuoted } from '../language/statement-kind.ts';
import { contextStatus, findCues, type CueMatch } from '../language/status-cues.ts';
import { futureTimeIn, type TimeExpression } from '../language/time.ts';
import { ATTESTATIONS, CERTIFICATIONS } from '../schema/certifications.ts';
import type { ControlId } from '../schema/controls.ts';

/**
 * One claim frame per mention: who holds the control, what kind of statement the clause makes about it, its
 * polarity and time, and where it was read. The frame knows nothing of statuses: the decision table
 * (decide.ts) turns frames into claims.
 */
export type Holder = 'vendor' | 'third_party' | 'generic';
export type StatementKind = 'holds' | 'underway' | 'intends' | 'aligned' | 'denies' | 'defines' | 'advises' | 'hypothetical' | 'name_only';

export interface Mention { start: number; end: number; polar: boolean; fromContext: boolean }

export interface ClaimFrame {
  control: ControlId;
  /** The words that name the control, or the heading / question it was read from. */
  mention: string;
  derivation: 'explicit' | 'context';
  source: { block: BlockKind; heading: string | null; question: string | null; labelValue: boolean };
  holder: Holder;
  kind: StatementKind;
  polarity: 'positive' | 'negative';
  time: TimeExpression | null;
  /** The words that decided the kind ("targeted", "not", "aligned with", "a table cell 'Planned'"). */
  cue: string | null;
  /** An attestation (soc2, iso27001, iso27701, pci_dss, hipaa): only the vendor's own audit is implemented. */
  attestation: boolean;
  /** The clause speaks of an audit, report or certificate (or a yes to a question about it). */
  attestationWording: boolean;
  /** The span whose words are this mention's: its attributes are read there. */
  span: { start: number; end: number };
}

export interface FrameContext {
  /** The page's date (its "last updated", else the reading date), yyyy-mm-dd: a date after it is a plan. */
  today: string;
  /** The sentence before this one named a provider as its subject: "It is ISO 27001 certified" is the provider's. */
  afterProvider: boolean;
}

const ANSWER_NO = /^(?:no|not (?:yet|currently|at this time))\b/i;
const ANSWER_YES = /^(?:yes|yep|correct|absolutely|certainly)\b/i;
/** A sentence that opens by defining something claims nothing for its section: "SOC 2 is a US attestation framework…". */
const DEFINING_OPENING = /^(?![^.;,]*\b(?:we|our|us)\b[^.;,]*\b(?:is|are)\b)[^.;,]{0,30}?\b(?:is|are) (?:an?|one of the|a type of)\b/i;
/** "This certification means…", "The report covers…" under the control's heading: the section's attestation, referred back to. */
export const ANAPHORIC_ATTESTATION = /^(?:this|our|the) (?:certification|certificate|attestation|audit|report|accreditation)\b/i;
/** A lead-in in which the vendor says it has what the list names. */
const LEAD_IN_HOLDS = /\b(?:we|our)\b[^:]*\b(?:implemented|in place|maintain\w*|hold|have|include|includes|achieved|provide|offer)\b/i;
const LEADING_CONDITION = /^(?:if|unless|when|whenever|where|should)\b[^,]*,/i;
/** A pronoun that continues the previous sentence's subject. */
const CONTINUING_PRONOUN = /^(?:it|they|their|its|these|those|both|each of them|the (?:provider|data ?cent(?:er|re)s?|facilit(?:y|ies)))\b/i;

function cueKind(cue: CueMatch): StatementKind {
  if (cue.negated) return 'denies';
  return cue.status === 'in_progress' ? 'underway' : 'intends';
}

export function frameOf(control: ControlPatterns, unit: Unit, mention: Mention, ctx: FrameContext): ClaimFrame {
  const text = unit.text;
  // only the vendor's own audit makes an attestation implemented; a certification (HIPAA too) can be a provider's
  const attestation = ATTESTATIONS.has(control.control);
  const certification = CERTIFICATIONS.has(control.control);
  const explicit = !mention.fromContext;
  const clause = explicit ? clauseAround(text, mention.start) : { start: 0, end: text.length };
  const clauseText = text.slice(clause.start, clause.end);
  const labels = explicit ? labelPathAt(text, mention.start) : { over: [], value: null };
  const inLabel = labels.value !== null;
  // "PCI DSS — targeted H2 2027", "SOC 2 Type II: In audit Q2 2026": the value speaks of the label's mention
  const predicate = labels.value ?? clause;
  const predicateText = text.slice(predicate.start, predicate.end);
  const frame: ClaimFrame = {
    control: control.control,
    mention: explicit ? text.slice(mention.start, mention.end) : unit.question ?? unit.heading ?? '',
    derivation: explicit ? 'explicit' : 'context',
    source: { block: unit.block.kind, heading: unit.heading, question: unit.question, labelValue: inLabel },
    holder: 'vendor',
    kind: 'holds',
    polarity: 'positive',
    time: null,
    cue: null,
    attestation,
    attestationWording: (ATTESTATION_WORDING.test(inLabel ? `${clauseText} ${predicateText}` : clauseText) && hasPredicate(inLabel ? predicateText : clauseText)) || (mention.fromContext && ANSWER_YES.test(text))
      // a list's lead-in lends its items its predicate: "We maintain annual certifications of compliance with the
      // following:", "The measures we have implemented include:" + "- PCI compliance"
      || (unit.block.kind === 'list_item' && !!unit.block.leadIn && hasPredicate(unit.block.leadIn)
        && (ATTESTATION_WORDING.test(unit.block.leadIn) || (LEAD_IN_HOLDS.test(unit.block.leadIn) && ATTESTATION_WORDING.test(clauseText)))),
    span: inLabel ? { start: 0, end: text.length } : clause,
  };
  const set = (kind: StatementKind, cue: string | null) => { frame.kind = kind; frame.cue = cue; return frame; };

  if (certification && (explicit ? isProviderAttributed(text, mention.start, mention.end) : false)) frame.holder = 'third_party';
  else if (certification && ctx.afterProvider && CONTINUING_PRONOUN.test(text)) frame.holder = 'third_party';
  // under a heading or a lead-in about the provider ("Natural HR Data Centres", "examples of AWS compliance reports:"), unless the vendor speaks of itself
  else if (certification && (topicNamesProvider(unit.heading) || topicNamesProvider(unit.block.leadIn)) && !speaksInOwnVoice(text)) frame.holder = 'third_party';
  else if (hasGenericHolder(clauseText)) frame.holder = 'generic';

  // a card's status pill speaks of what its title names, before anything its body says
  if (unit.cardStatus && unit.cardStatus !== 'implemented' && (mention.fromContext || (!!unit.heading && !!control.topic?.test(unit.heading)))) {
    const kind = ({ in_progress: 'underway', planned: 'intends', denied: 'denies', inherited: 'holds' } as const)[unit.cardStatus];
    if (kind === 'denies') frame.polarity = 'negative';
    return set(kind, 'the card\'s status pill');
  }
  if (unit.cardStatus === 'implemented' && (mention.fromContext || (!!unit.heading && !!control.topic?.test(unit.heading)))) frame.attestationWording = true;

  // what the statement is, before what it says of the vendor
  if (mention.fromContext) {
    if (ANSWER_NO.test(text)) { frame.polarity = 'negative'; return set('denies', text.match(ANSWER_NO)![0]); }
    // "We are not currently certified to this standard." under the standard's heading
    const word = attestation ? ATTESTATION_WORDING.exec(text) : null;
    if (word && isNegated(text, word.index, word.index + word[0].length)) {
      frame.polarity = 'negative';
      const later = findCues(text).find((c) => !c.negated && c.start > word.index);
      return later ? set(cueKind(later), text.slice(later.start, later.end)) : set('denies', 'negated');
    }
    if (DEFINING_OPENING.test(text) && !ANAPHORIC_ATTESTATION.test(text)) return set('defines', 'a sentence that defines something');
    if (ANAPHORIC_ATTESTATION.test(text)) frame.attestationWording = true;
  } else {
    if (isDefinitionOf(text, mention.start, mention.end)) return set('defines', 'the framework is the subject of a description');
    if (isPointer(text, mention.start)) return set('name_only', 'a pointer or label, not a statement');
    if (isHypothetical(clauseText, mention.start - clause.start)) return set('hypothetical', 'a hypothetical (would / could)');
    if (!control.addressedToReader && isAdvice(clauseText)) return set('advises', 'advice or a request to the reader');
    if (isQuoted(text, mention.start)) return set('name_only', 'quoted wording');
    // "Roadmap: SOC 2 Type II final attestation — target Q1 2027", "Status: Planned": a label that is itself a status
    const labelStatus = labels.over.map((l) => contextStatus(l)).find(Boolean);
    if (labelStatus) return set(labelStatus === 'in_progress' ? 'underway' : 'intends', `the label "${labels.over.find((l) => contextStatus(l))}"`);
  }

  const cues = findCues(text).filter((c) => (c.start >= predicate.start && c.start < predicate.end) || (c.start >= clause.start && c.start < clause.end));
  // "If you can't use our bug bounty, email …": a negation inside a leading condition denies nothing
  const condition = LEADING_CONDITION.exec(text);
  const condLength = condition ? condition[0].length : 0;
  const negated = explicit && !mention.polar && mention.end > condLength
    && (condLength ? isNegated(text.slice(condLength), mention.start - condLength, mention.end - condLength) : isNegated(text, mention.start, mention.end));
  if (negated) {
    frame.polarity = 'negative';
    // "not yet certified; working toward it": the intention outranks the denial
    const later = findCues(text).find((c) => !c.negated && c.start > mention.end);
    if (later) return set(cueKind(later), text.slice(later.start, later.end));
    const future = futureTimeIn(text.slice(mention.end), ctx.today);
    if (future && /\b(?:yet|currently|at this time|today)\b/i.test(text)) { frame.time = future; return set('intends', future.text); }
    return set('denies', 'negated');
  }
  if (!mention.polar) {
    const cue = cues.find((c) => c.status === 'in_progress' && !c.negated) ?? cues[0];
    if (cue) {
      frame.time = futureTimeIn(predicateText, ctx.today);
      if (cue.negated) frame.polarity = 'negative';
      return set(cueKind(cue), text.slice(cue.start, cue.end));
    }
    const future = futureTimeIn(predicateText, ctx.today);
    if (future) { frame.time = future; return set('intends', future.text); }
  }
  if (unit.rowStatus && unit.rowStatus !== 'implemented' && mention.start < (unit.rowHeaderEnd ?? Infinity)) {
    const kind = ({ in_progress: 'underway', planned: 'intends', denied: 'denies', inherited: 'holds' } as const)[unit.rowStatus];
    if (unit.rowStatus === 'inherited') frame.holder = 'third_party';
    if (kind === 'denies') frame.polarity = 'negative';
    return set(kind, 'the row\'s status cell');
  }
  if (unit.contextStatus) return set(unit.contextStatus === 'in_progress' ? 'underway' : 'intends', 'the section\'s heading or lead-in');
  if (attestation && explicit && (isAlignment(text, mention.start, mention.end, clause.start) || ALIGNMENT_ONLY.test(text.slice(clause.start, mention.start)))) return set('aligned', 'alignment wording');
  return set('holds', null);
}
