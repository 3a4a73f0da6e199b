import { collapseWhitespace, type Block } from './blocks/block.ts';
import { splitSentences } from './blocks/sentences.ts';
import type { Unit } from './controls/types.ts';
import { contextStatus } from './language/status-cues.ts';
import type { Status } from './schema/claim.ts';

/**
 * Blocks → units: sentences with the context they were read in (headings,
 * a list's lead-in, a table row's header and status cell, an FAQ question).
 */

/** Contexts whose mentions are not the vendor's claims: bug-bounty exclusions, glossary definitions. */
export const SUPPRESSING_CONTEXT = /\b(?:out[- ]of[- ]scope|not in scope|non[- ]qualifying|ineligible|not eligible|exclusions?|excluded (?:findings|issues|vulnerabilities|reports)|we (?:do not|don't) (?:accept|consider|reward)|glossary|definitions?)\b/i;
/** A sentence that defines, advises or instructs rather than claims: "SOC 2 is a framework…", "A sub-processor is a third party…", "Companies should enable MFA", "Do not run scanners against…", "Configure your firewall…". */
const CONTROL_TERM = String.raw`(?:SOC\s?2(?: Type (?:I|II|1|2))?|ISO(?:\/IEC)?\s?\d{5}|PCI(?:\s?DSS)?|HIPAA|GDPR|MFA|2FA|SSO|SAML|SCIM|RBAC|HSTS|WAF|DDoS|(?:a |an |the )?sub-?processors?|(?:a |the )?penetration test(?:ing|s)?|(?:a )?bug bount(?:y|ies)|security\.txt|(?:a )?DPA|(?:a |the )?data processing agreement|RPO|RTO|(?:a |the )?(?:recovery (?:point|time) objective))`;
export const NON_CLAIM_SENTENCE = new RegExp(String.raw`^(?:(?![^.]*\b(?:we|our|us)\b)${CONTROL_TERM}\b[^.;]{0,30}?\b(?:is|are) (?:an?|one) |${CONTROL_TERM}\b[^.;]{0,20}?\b(?:refers to|means|stands for)\b|(?:please\s+)?(?:do not|don't|never|avoid|refrain from)\s+(?:run|perform|conduct|attempt|launch|use|test|scan|access|exploit|submit)\b|(?:please\s+)?(?:configure|set up|enable|add|allow|make sure|ensure|update|create|go to|navigate to|click|whitelist|allowlist)\b[^.;]{0,40}\byour\b)`, 'i');
const NON_CLAIM_ANYWHERE = /^(?:what (?:is|are)\b|(?![^.]*\b(?:we|our|us)\b)[^.]{0,40}\b(?:is|are) (?:a|an) (?:\w+ ){0,3}(?:framework|standard|regulation|law|auditing procedure|set of|type of|report (?:that|which)|certification (?:that|which)|method (?:that|which)|security (?:standard|framework))\b|[^.]{0,40}\b(?:refers to|stands for)\b)|\b(?:you|customers|companies|organi[sz]ations|teams|businesses) should\b/i;

const STATUS_CELL: [RegExp, Status][] = [
  [/^(?:✓|✔|☑|yes|available|supported|enabled|implemented|in place|certified|compliant|complete(?:d)?|active|included|done|achieved|current)\b/i, 'implemented'],
  [/^(?:in progress|in-progress|under ?way|in preparation|in audit|ongoing)\b/i, 'in_progress'],
  [/^(?:planned|on (?:the |our )?roadmap|roadmap|coming soon|upcoming|q[1-4] ?\d{4}|h[12] ?\d{4}|20\d\d)\b/i, 'planned'],
  [/^(?:✗|✘|×|no|not (?:available|supported|certified|yet)|none|n\/a|unavailable)\b/i, 'denied'],
  [/^(?:via|through|inherited(?: from)?|provided by|handled by|covered by) \S/i, 'inherited'],
];
const SHORT_CELL_WORDS = 6;
/**
 * A column that describes the row (where, what for, by which mechanism) holds no status of it: "N/A" under
 * "Transfer Mechanism" says no transfer safeguard is needed, not that the row's control is missing.
 */
const NOT_A_STATUS_COLUMN = /\b(?:mechanisms?|locations?|regions?|countr(?:y|ies)|purposes?|services?|descriptions?|notes?|details?|categor(?:y|ies)|entity|entities|websites?|address(?:es)?|functions?|transfers?|safeguards?|processing|data types?|contact)\b/i;

/**
 * A status word used as an adjective names a thing, not its state: "Current sub-processors", "Available regions",
 * "Supported browsers", "Active sessions" are headings or labels; "Available now", "Supported on all plans" are states.
 */
const ADJECTIVE_STATUS = /^(?:current|active|available|supported|included|enabled|complete|certified|compliant)\s+(?!(?:now|today|since|as|in|on|for|from|with|by|via|to|at|and|or|but|upon|where|when|if|across|everywhere|globally|already)\b)[\p{L}]/iu;

function statusOfCell(text: string): Status | null {
  const t = text.trim();
  if (!t || t.split(/\s+/).length > SHORT_CELL_WORDS || ADJECTIVE_STATUS.test(t)) return null;
  return STATUS_CELL.find(([re]) => re.test(t))?.[1] ?? null;
}

/**
 * A status pill glued to the text after it by a page's text export ("SupportedTLS 1.2+ across all paths",
 * "Not yet plannedQuarterly penetration tests"): read as a label, "Supported: TLS 1.2+ …", so that the
 * words after it keep their word boundaries. The quote stays as the page prints it.
 */
const GLUED_PILL = /^(supported|not supported|planned|in progress|in review|in audit|available|not available|implemented|not implemented|in place|partial(?:ly supported)?|coming soon|certified|compliant|on roadmap)(?=[\p{Lu}\d])/u;
function unglued(text: string): string {
  const m = GLUED_PILL.exec(text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  return m ? `${text.slice(0, m[1]!.length)}: ${text.slice(m[1]!.length)}` : text;
}

const isQuestion = (s: string | undefined | null): s is string => !!s && /\?\s*$/.test(s.trim());

/** Headings repeat over every block of their section: read each one once. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) { v = fn(s); cache.set(s, v); }
    return v as T;
  };
}

/**
 * Cards printed as text: a title, its body, then short status pills ("In audit", "Q2 2026", "On roadmap") that a
 * text export turns into heading-like lines. A pill is no heading: it is the status of the card before it.
 */
/** A status subtitle names a state, not a section: "Type I planned · Q3 2026" is one, "Security Roadmap" is a heading. */
const SUBTITLE_STATUS: [RegExp, Status][] = [
  [/\b(?:in progress|in audit|under ?way|in preparation)\b/i, 'in_progress'],
  [/\b(?:planned|coming soon|expected|targeted|targeting)\b/i, 'planned'],
];
const subtitleStatus = (text: string): Status | null => SUBTITLE_STATUS.find(([re]) => re.test(text))?.[1] ?? null;
const TODAY_PILL = /^(?:today|now|live|ga|generally available)$/i;
const PILL_MAX_WORDS = 8;
/** A count right under a title ("Subprocessors" / "7 active", "Open reports" / "0 open") says how many, it opens no section. */
const COUNT_SUBTITLE = /^\d+\s+\p{L}+(?:\s+\p{L}+)?$/u;

interface Cards {
  /** Each pill's text, with the title of the card it belongs to. */
  pills: Map<string, string>;
  /** By card title: the pill's status, and the pill's words (they carry the card's values: "Type I planned · Q3 2026"). */
  byTitle: Map<string, { status: Status | null; words: string }>;
}

function cardStatuses(blocks: readonly Block[]): Cards {
  const pills = new Map<string, string>();
  const byTitle = new Map<string, { status: Status | null; words: string }>();
  let title: string | null = null;
  let titleHasBody = false;
  for (const block of blocks) {
    if (block.kind !== 'heading') { titleHasBody = true; continue; }
    const text = block.text.trim();
    const short = text.split(/\s+/).length <= PILL_MAX_WORDS;
    // a status line right under a title ("Type I planned · Q3 2026"), or a status pill after the card's body ("In audit")
    const cue = short && !titleHasBody ? subtitleStatus(text) ?? statusOfCell(text) : statusOfCell(text);
    if (title !== null && short && (cue || TODAY_PILL.test(text) || (!titleHasBody && COUNT_SUBTITLE.test(text)))) {
      pills.set(block.text, title);
      const card = byTitle.get(title);
      if (!card) byTitle.set(title, { status: cue, words: text });
      else if (!card.status && cue) card.status = cue;
      continue;
    }
    title = block.text;
    titleHasBody = false;
  }
  return { pills, byTitle };
}

export function buildUnits(blocks: readonly Block[]): Unit[] {
  const units: Unit[] = [];
  const cards = cardStatuses(blocks);
  const statusOfHeading = memo(contextStatus);
  const suppresses = memo((s) => SUPPRESSING_CONTEXT.test(s));
  let lastHeading: string | null = null;
  let sectionStarted = false;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (!cards.pills.has(block.text)) { lastHeading = block.text; sectionStarted = false; }
      continue;
    }
    // a card's pill is no heading of what follows it
    // (a sibling pill replaced its title in the heading path: the title comes back)
    const headings = cards.pills.size ? block.headings.flatMap((h) => { const title = cards.pills.get(h); return title === undefined ? [h] : block.headings.includes(title) ? [] : [title]; }) : block.headings;
    const heading = headings[headings.length - 1] ?? null;
    if (heading !== lastHeading) { lastHeading = heading; sectionStarted = false; }
    const headingText = headings.join(' › ');
    const contextText = [headingText, block.leadIn ?? ''].join(' ');
    // the nearest heading or lead-in that sets a status wins over outer ones
    const ctxStatus = (block.leadIn && statusOfHeading(block.leadIn)) || [...headings].reverse().map(statusOfHeading).find(Boolean) || null;
    const suppressed = suppresses(contextText);
    const question = isQuestion(block.term) ? block.term! : isQuestion(heading) ? heading : null;

    const base = { block, heading, contextStatus: ctxStatus, suppressed, cardStatus: heading ? cards.byTitle.get(heading)?.status ?? null : null, cardWords: heading ? cards.byTitle.get(heading)?.words ?? null : null };
    if (block.kind === 'table_row' && block.cells) {
      const cells = block.cells;
      const rowHeader = cells[0]?.text ?? '';
      const statusCell = cells.map((c) => (c.header && NOT_A_STATUS_COLUMN.test(c.header) ? null : statusOfCell(c.text))).find((s) => s !== null) ?? null;
      const shortCells = cells.filter((c, i) => i === 0 || c.text.split(/\s+/).length <= SHORT_CELL_WORDS).map((c) => c.text).filter(Boolean);
      // the row as a whole: its header cell (a topic, or a question) with the short cells beside it (a status, a tag)
      // the status cell speaks of the row's title: the first short cell that is not itself a status ("Certified | SOC 2 Type II | …")
      const rowText = shortCells.join(' · ') || rowHeader;
      const title = shortCells.find((t) => statusOfCell(t) === null) ?? rowHeader;
      const titleAt = rowText.indexOf(title);
      units.push({ ...base, text: rowText, evidence: block.text, topic: `${headingText} ${rowHeader}`, question: null, firstInSection: false, rowStatus: statusCell, rowHeaderEnd: titleAt >= 0 ? titleAt + title.length : rowHeader.length });
      // short cells (the row header, a status tag, a title) stand in the row unit, where the status cell governs them
      for (const cell of cells.length > 1 ? cells.filter((c) => !shortCells.includes(c.text)) : cells) {
        if (!cell.text) continue;
        for (const sentence of splitSentences(cell.text)) {
          units.push({ ...base, text: sentence, evidence: sentence, topic: `${headingText} ${rowHeader} ${cell.header ?? ''}`, question: null, firstInSection: false, rowStatus: null });
        }
      }
      sectionStarted = true;
      continue;
    }

    const sentences = splitSentences(block.text);
    // a short lead ("Two-factor authentication." / "Encryption at rest:") names what the rest of the block is about
    const first = sentences[0] ?? '';
    const lead = first.split(/\s+/).length <= 5 ? first : /^([^:]{2,50}):/.exec(first)?.[1] ?? '';
    sentences.forEach((sentence, i) => {
      const evidence = collapseWhitespace(sentence);
      if (!evidence) return;
      const text = unglued(evidence);
      const firstInSection = !sectionStarted && i === 0;
      units.push({
        ...base,
        suppressed: suppressed || SUPPRESSING_CONTEXT.test(text) || NON_CLAIM_SENTENCE.test(text) || NON_CLAIM_ANYWHERE.test(text) || isQuestion(text),
        text,
        evidence,
        topic: `${contextText} ${lead}`,
        question: i === 0 ? question : isQuestion(sentences[i - 1]) ? sentences[i - 1]! : null,
        firstInSection,
        rowStatus: null,
      });
    });
    sectionStarted = true;
  }
  return units;
}
