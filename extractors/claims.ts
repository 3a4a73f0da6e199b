import type { ControlPatterns, Unit } from './controls/types.ts';
import { ALL_CONTROLS } from './controls/index.ts';
import { CARRIED_STAFF_TOPIC } from './controls/identity.ts';
import { decide } from './frame/decide.ts';
import { ANAPHORIC_ATTESTATION, frameOf, type ClaimFrame, type Mention } from './frame/frame.ts';
import { namesProviderAsSubject } from './language/attribution.ts';
import { qualifiersIn } from './language/hedges.ts';
import { ATTESTATION_WORDING, hasPredicate } from './language/statement-kind.ts';
import { ATTESTATIONS } from './schema/certifications.ts';
import { AnchorIndex, anchorsOfAll } from './language/regex-anchors.ts';
import { globalOf } from './language/regex-cache.ts';
import type { Claim, Qualifier, Status } from './schema/claim.ts';
import { STATUS_PRECEDENCE } from './schema/resolve.ts';

/**
 * Units → claims. For each unit and each control: find a mention, then let the
 * shared language layer decide the status (status cues, negation, provider
 * attribution, the section's context), the hedges and the attributes.
 */

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
/** The vendor as the sentence's subject: "we …", "our …", or a name and its verb ("ClickHouse conducts …"). */
const VENDOR_SUBJECT = /\b(?:we|our)\b|^[A-Z][\w.-]*(?: [A-Z][\w.-]*)? (?:[a-z]+s|is|has)\b/i;

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
const topicControls = controlsNamedBy((c, topic) => !!c.inTopic && (!!c.topic?.test(topic) || !!c.inTopicSection?.test(topic)));

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
  // Under an attestation's own heading ("ISO 27001 (Since 2023)"), a sentence about its audits is its claim:
  // "ClickHouse … works with independent external auditors to undergo audits and interim inspections".
  if (ctx.heading.has(control) && ATTESTATIONS.has(control.control) && ATTESTATION_WORDING.test(unit.text) && hasPredicate(unit.text) && VENDOR_SUBJECT.test(unit.text)) {
    return [{ start: 0, end: 0, polar: false, fromContext: true }];
  }
  // A heading or FAQ question that names the control makes the first sentence under it a claim, and so does a
  // later one that refers back to the section's attestation ("This certification means…").
  if ((unit.firstInSection && ctx.heading.has(control)) || ctx.question.has(control) || (ctx.heading.has(control) && ANAPHORIC_ATTESTATION.test(unit.text))) {
    return [{ start: 0, end: 0, polar: false, fromContext: true }];
  }
  return [];
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

export interface ClaimsOptions {
  /** The page's date, yyyy-mm-dd: a date after it is a plan. */
  today: string;
  /** Told every frame with the rule that decided it (`--explain`). */
  explain?: (frame: ClaimFrame, status: Status | null, rule: string, unit: Unit) => void;
}

/** What a sentence about staff access says (employee_access's own wording): only such a sentence hands its subject on. */
const STAFF_ACCESS: readonly RegExp[] = ALL_CONTROLS.find((c) => c.control === 'employee_access')?.mentions ?? [];

/** A sentence with a subject of its own: the customer's side, or a named actor, speaks for itself. */
const OWN_SUBJECT = /\b(?:you|your|customers?|users?|admins?|administrators?|members|workspace owners?|clients?)\b/i;

export function claimsFromUnits(units: readonly Unit[], options: ClaimsOptions): Claim[] {
  const claims: Claim[] = [];
  const seen = new Set<string>();
  let previous: Unit | null = null;
  for (const raw of units) {
    const afterProvider = !!previous && previous.block === raw.block && namesProviderAsSubject(previous.text);
    // "Internal access to the cloud is strictly regulated. A 2FA system is in place …": the second sentence names no
    // subject of its own, so it goes on speaking of the staff access the first one named
    const afterStaff = !!previous && previous.block === raw.block && STAFF_ACCESS.some((re) => re.test(previous!.text)) && !OWN_SUBJECT.test(raw.text);
    const unit = afterStaff ? { ...raw, topic: `${raw.topic} › ${CARRIED_STAFF_TOPIC}` } : raw;
    previous = raw;
    if (unit.suppressed) continue;
    const ctx = contextOf(unit);
    for (let at = 0; at < ALL_CONTROLS.length; at++) {
      const control = ALL_CONTROLS[at]!;
      if (!mayConcern(control, at, ctx)) continue;
      const mentions = findMentions(control, at, unit, ctx);
      if (!mentions.length) continue;
      if (control.excludes?.some((re) => re.test(unit.text))) continue;
      if (control.topicExcludes?.test(unit.topic)) continue;
      if (control.requires && !control.requires.test(unit.text)) continue;
      // one claim per status the sentence gives the control ("we hold a Type I report; the Type II audit follows next year"),
      // each with the first mention of that status
      const byStatus = new Map<Status, ClaimFrame>();
      for (const m of mentions) {
        const frame = frameOf(control, unit, m, { today: options.today, afterProvider });
        if (unit.rowStatus === 'implemented' && m.start < (unit.rowHeaderEnd ?? Infinity)) frame.attestationWording = true;
        const { status, rule } = decide(frame);
        options.explain?.(frame, status, rule, unit);
        if (status && !byStatus.has(status)) byStatus.set(status, frame);
      }
      // several mentions of one status: the strongest reading stands ("we test restores; a backup that can't be restored isn't one")
      const statuses = [...byStatus.keys()].sort((a, b) => STATUS_PRECEDENCE.indexOf(a) - STATUS_PRECEDENCE.indexOf(b));
      const kept = statuses.length > 1 && !splitsByClause(byStatus, statuses) ? statuses.slice(0, 1) : statuses;
      for (const status of kept) {
        const frame = byStatus.get(status)!;
        const key = `${control.control}\u0000${unit.evidence}\u0000${status}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const isRow = unit.block.kind === 'table_row' && unit.evidence === unit.block.text;
        const own = kept.length > 1 || (control.scopedToClause && frame.derivation === 'explicit') ? unit.text.slice(frame.span.start, frame.span.end) : unit.text;
        // a row is read whole for its values (a "Details" cell); its mention came from the header and status cells only
        const attributeText = isRow ? unit.evidence : frame.derivation === 'context' ? `${unit.question ?? unit.heading ?? ''}${unit.cardWords ? ` ${unit.cardWords}` : ''}: ${unit.text}` : own;
        const read = status === 'inherited' ? {} : control.attributes?.(attributeText, unit) ?? {};
        // a denial keeps only what it denies outright ("we do not sign BAAs" → baa: false)
        const attributes = status === 'denied' ? Object.fromEntries(Object.entries(read).filter(([, v]) => v === false)) : read;
        const qualifiers: Qualifier[] = qualifiersIn(unit.evidence);
        if (frame.kind === 'aligned' && !qualifiers.includes('aligned')) qualifiers.push('aligned');
        // Attribute readers are checked against the zod schema by the fixture tests, not here: the content script carries no zod.
        const claim: Claim = { control: control.control, status, attributes, qualifiers, evidence: [unit.evidence] };
        if (frame.derivation === 'context') CONTEXT_CLAIMS.add(claim);
        claims.push(claim);
      }
    }
  }
  return claims;
}

/** Two statuses in one sentence stand apart only when they sit in different clauses (or label and value). */
function splitsByClause(byStatus: Map<Status, ClaimFrame>, statuses: readonly Status[]): boolean {
  const spans = statuses.map((s) => byStatus.get(s)!.span);
  return spans.every((a, i) => spans.every((b, j) => i === j || a.start !== b.start || a.end !== b.end));
}
