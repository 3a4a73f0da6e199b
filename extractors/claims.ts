import type { ControlPatterns, Unit } from './controls/types.ts';
import { ALL_CONTROLS } from './controls/index.ts';
import { isProviderAttributed } from './language/attribution.ts';
import { ALIGNMENT_ONLY, qualifiersIn } from './language/hedges.ts';
import { isNegated } from './language/negation.ts';
import { AnchorIndex, anchorsOfAll } from './language/regex-anchors.ts';
import { globalOf } from './language/regex-cache.ts';
import { cueInClause, findCues } from './language/status-cues.ts';
import { CERTIFICATIONS } from './schema/certifications.ts';
import type { Claim, Qualifier, Status } from './schema/claim.ts';
import { STATUS_PRECEDENCE } from './schema/resolve.ts';

/**
 * Units → claims. For each unit and each control: find a mention, then let the
 * shared language layer decide the status (status cues, negation, provider
 * attribution, the section's context), the hedges and the attributes.
 */

interface Mention { start: number; end: number; polar: boolean; fromContext: boolean }

const MAX_MENTIONS = 6;

function allMatches(patterns: readonly RegExp[] | undefined, text: string, polar: boolean, fromContext: boolean): Mention[] {
  const out: Mention[] = [];
  for (const p of patterns ?? []) {
    const g = globalOf(p);
    for (let m = g.exec(text); m && out.length < MAX_MENTIONS; m = g.exec(text)) {
      out.push({ start: m.index, end: m.index + m[0].length, polar, fromContext });
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  return out;
}

/**
 * A sentence that denies something outright is never read as a claim through its section alone. Narrower
 * than the negation module's list on purpose: "cannot be edited" does not undo "retained for 7 years".
 * A leading condition ("If you can't use Bugcrowd, …") is not what the sentence denies.
 */
const LEADING_CONDITION = /^(?:if|unless|when|where)\b[^,]*,/i;
const NEGATED_SENTENCE = /\b(?:not|no|never|none|neither|nor|without)\b|n['’]t\b/i;

const NONE: ReadonlySet<ControlPatterns> = new Set();

/** Which controls a context (a heading, a topic, a question) names; contexts repeat over many sentences, so each is read once. */
function controlsNamedBy(select: (control: ControlPatterns, context: string) => boolean): (context: string | null) => ReadonlySet<ControlPatterns> {
  const cache = new Map<string, ReadonlySet<ControlPatterns>>();
  return (context) => {
    if (!context) return NONE;
    let named = cache.get(context);
    if (!named) {
      named = new Set(ALL_CONTROLS.filter((c) => select(c, context)));
      if (cache.size > 5000) cache.clear();
      cache.set(context, named);
    }
    return named;
  };
}
const headingControls = controlsNamedBy((c, heading) => !!c.topic?.test(heading));
/** Controls with in-section wording ("acknowledge receipt within 3 business days") whose section a unit's topic names. */
const topicControls = controlsNamedBy((c, topic) => !!c.inTopic && !!c.topic?.test(topic));

/**
 * The literal anchors of each control's naming patterns: most (sentence, control) pairs are ruled out in one
 * pass, with no regex run. Built on the first audit, not at load: the content script loads on every page.
 */
let mentionIndex: AnchorIndex<ControlPatterns> | null = null;
const namingIndex = () => (mentionIndex ??= new AnchorIndex<ControlPatterns>(ALL_CONTROLS.map((c) => [c, anchorsOfAll([...(c.polar ?? []), ...c.mentions])])));

/** What a unit may be about, worked out once per unit for all controls. */
interface UnitContext {
  /** By position in ALL_CONTROLS: 1 when the unit may name the control. */
  mayBeNamed: Uint8Array;
  topic: ReadonlySet<ControlPatterns>;
  heading: ReadonlySet<ControlPatterns>;
  question: ReadonlySet<ControlPatterns>;
}

function contextOf(unit: Unit): UnitContext {
  return {
    mayBeNamed: namingIndex().marksIn(unit.text.toLowerCase()),
    topic: topicControls(unit.topic),
    heading: headingControls(unit.heading),
    question: headingControls(unit.question),
  };
}

const mayConcern = (control: ControlPatterns, at: number, ctx: UnitContext) =>
  ctx.mayBeNamed[at] === 1 || ctx.topic.has(control) || ctx.heading.has(control) || ctx.question.has(control);

/** Every place the unit names the control (polar wording first); a heading or question can stand in for a mention. */
function findMentions(control: ControlPatterns, at: number, unit: Unit, ctx: UnitContext): Mention[] {
  const text = unit.text;
  // a plain test first: test() allocates nothing
  const named = ctx.mayBeNamed[at] === 1 && (control.polar?.some((p) => p.test(text)) || control.mentions.some((p) => p.test(text)));
  if (named) return [...allMatches(control.polar, text, true, false), ...allMatches(control.mentions, text, false, false)];
  if (ctx.topic.has(control)) {
    const contextual = allMatches(control.inTopic, text, false, true);
    if (contextual.length) return contextual.slice(0, 1);
  }
  // In the control's own section, a sentence that states one of its values ("it is retained for 7 years") is its claim.
  if (control.attributes && ctx.heading.has(control) && !NEGATED_SENTENCE.test(unit.text.replace(LEADING_CONDITION, '')) && Object.keys(control.attributes(unit.text, unit)).length) {
    return [{ start: 0, end: 0, polar: false, fromContext: true }];
  }
  // A heading or FAQ question that names the control makes the first sentence under it a claim.
  if ((unit.firstInSection && ctx.heading.has(control)) || ctx.question.has(control)) {
    return [{ start: 0, end: 0, polar: false, fromContext: true }];
  }
  return [];
}

const ANSWER_NO = /^(?:no|not (?:yet|currently|at this time))\b/i;
const DEFINITION_AFTER = /^[^.;,]{0,25}?\b(?:is|are) (?:an?|one of the|the name of|a type of)\b(?! (?:must|requirement|priority|part of our|core))/i;
const DEFINING_OPENING = /^(?![^.;,]*\b(?:we|our|us)\b[^.;,]*\b(?:is|are)\b)[^.;,]{0,30}?\b(?:is|are) (?:an?|one of the|a type of)\b/i;
const ANSWER_YES = /^(?:yes|yep|correct|absolutely|certainly)\b/i;
/** What a sentence under a certification's heading must say to be that certification's claim. */
const CERTIFICATION_WORDING = /\b(?:certif\w*|audit\w*|attest\w*|report|complian\w*|accredit\w*|passed|achieved|completed|renewed|valid|assessed|surveillance)\b/i;

function statusOf(control: ControlPatterns, unit: Unit, mention: Mention): Status | null {
  const text = unit.text;
  const cues = findCues(text);
  if (mention.fromContext && ANSWER_NO.test(text)) return 'denied';
  // "SOC 2 is a US attestation framework…" under a hosting heading: a sentence that opens by defining something is no claim of its section
  if (mention.fromContext && DEFINING_OPENING.test(text)) return null;
  if (mention.fromContext && CERTIFICATIONS.has(control.control) && !ANSWER_YES.test(text) && !CERTIFICATION_WORDING.test(text) && !cues.length) return null;
  // "SOC 2 is a US attestation framework and we do not have a SOC 2 report": the defining mention claims nothing
  if (!mention.fromContext && DEFINITION_AFTER.test(text.slice(mention.end, mention.end + 60))) return null;
  if (!mention.polar) {
    const cue = cueInClause(text, mention.start, cues);
    if (cue) return cue.negated ? 'denied' : cue.status;
    if (!mention.fromContext && isNegated(text, mention.start, mention.end)) {
      // "not yet certified; working toward it": the intention outranks the denial
      const later = cues.find((c) => !c.negated && c.start > mention.end);
      return later ? later.status : 'denied';
    }
  }
  if (unit.rowStatus && unit.rowStatus !== 'implemented' && mention.start < (unit.rowHeaderEnd ?? Infinity)) return unit.rowStatus;
  if (unit.contextStatus) return unit.contextStatus;
  if (CERTIFICATIONS.has(control.control)) {
    if (!mention.fromContext && isProviderAttributed(text, mention.start, mention.end)) return 'inherited';
    // "aligned with ISO 27001" is no certificate: no claim at all rather than a false one
    if (!mention.fromContext && ALIGNMENT_ONLY.test(text.slice(0, mention.start))) return null;
  }
  return 'implemented';
}

/**
 * Claims read from a section's heading rather than from words naming the control
 * ("works on every day" under "Backups"). They still count, but where a sentence
 * that names the control states another value for the same key, that one stands.
 */
const CONTEXT_CLAIMS = new WeakSet<Claim>();

/** Drops from each heading-read claim the single values that a naming claim of the same control and status contradicts. */
export function yieldToNamingClaims(claims: readonly Claim[]): Claim[] {
  const named = claims.filter((c) => !CONTEXT_CLAIMS.has(c));
  return claims.map((claim) => {
    if (!CONTEXT_CLAIMS.has(claim)) return claim;
    const contradicted = Object.entries(claim.attributes).filter(([key, value]) => !Array.isArray(value)
      && named.some((n) => n.control === claim.control && n.status === claim.status && n.attributes[key] !== undefined && n.attributes[key] !== value));
    if (!contradicted.length) return claim;
    const attributes = Object.fromEntries(Object.entries(claim.attributes).filter(([key]) => !contradicted.some(([k]) => k === key)));
    return { ...claim, attributes };
  });
}

export function claimsFromUnits(units: readonly Unit[]): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    if (unit.suppressed) continue;
    const ctx = contextOf(unit);
    for (let at = 0; at < ALL_CONTROLS.length; at++) {
      const control = ALL_CONTROLS[at]!;
      if (!mayConcern(control, at, ctx)) continue;
      const mentions = findMentions(control, at, unit, ctx);
      if (!mentions.length) continue;
      if (control.excludes?.some((re) => re.test(unit.text))) continue;
      if (control.requires && !control.requires.test(unit.text)) continue;
      // several mentions in one sentence: the strongest reading stands ("we test restores; a backup that can't be restored isn't one")
      let status: Status | null = null;
      let mention = mentions[0]!;
      for (const m of mentions) {
        const s = statusOf(control, unit, m);
        if (s && (status === null || STATUS_PRECEDENCE.indexOf(s) < STATUS_PRECEDENCE.indexOf(status))) { status = s; mention = m; }
      }
      if (!status) continue;
      const key = `${control.control}\u0000${unit.evidence}\u0000${status}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const isRow = unit.block.kind === 'table_row' && unit.evidence === unit.block.text;
      // a row is read whole for its values (a "Details" cell); its mention came from the header and status cells only
      const attributeText = isRow ? unit.evidence : mention.fromContext ? `${unit.question ?? unit.heading ?? ''}: ${unit.text}` : unit.text;
      const read = control.attributes?.(attributeText, unit) ?? {};
      // a denial keeps only what it denies outright ("we do not sign BAAs" → baa: false)
      const attributes = status === 'denied' ? Object.fromEntries(Object.entries(read).filter(([, v]) => v === false)) : read;
      const qualifiers: Qualifier[] = qualifiersIn(unit.evidence);
      // Attribute readers are checked against the zod schema by the fixture tests, not here: the content script carries no zod.
      const claim: Claim = { control: control.control, status, attributes, qualifiers, evidence: [unit.evidence] };
      if (mention.fromContext) CONTEXT_CLAIMS.add(claim);
      claims.push(claim);
    }
  }
  return claims;
}
