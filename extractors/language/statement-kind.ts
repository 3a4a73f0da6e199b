/**
 * What kind of statement a clause makes about a mention, before its status is decided: a definition of the
 * framework, advice to the reader, a hypothetical, a bare name (a link, a badge, a "learn more"), alignment
 * without an audit, or the words of an attestation actually held. Patterns as data; each reader takes the
 * sentence, the mention's place in it and the clause around it.
 */
import { globalOf } from './regex-cache.ts';

/**
 * The framework as the subject of a sentence that describes it: "ISO 27001 and ISO 27017 define international
 * standards", "PCI DSS is mandated by card issuers", "The HIPAA (…) is a U.S. law", "A SOC 2 Type II report covers a
 * period of months", "SOC 2 is the standard US buyers expect".
 */
const DESCRIBING_VERB = /^(?:\s*\([^.;()]{0,100}\))?(?:(?:\s(?:and|or|,)\s?(?:the )?[A-Z][\w/ -]{1,25}?)?)\s*(?:(?:reports?|audits?|certifications?|attestations?|standards?|frameworks?|compliance|requirements?|assessments?|Type (?:I{1,2}|[12]))\s+)*(?:is|are|was|were)\s+(?:(?:an?|the|one of the|a set of|widely|commonly|often|generally|typically|usually|increasingly|internationally|globally|mandated|administered|established|governed|developed|designed|intended|maintained|published|issued|required|recogni[sz]ed|considered|based)\b)|^(?:\s*\([^.;()]{0,100}\))?\s*(?:(?:reports?|audits?|Type (?:I{1,2}|[12]))\s+)*(?:define|defines|covers?|requires?|applies|mandates?|sets? out|specif(?:y|ies)|consists?|evaluates?|assesses|examines|measures|focuses|helps|describes|outlines|establishes|provides (?:a|an|the) (?:framework|standard|set)|refers? to|stands? for|means)\b/i;
const GENERIC_SUBJECT = /\b(?:many|most|some|all|other|these) (?:organi[sz]ations|companies|businesses|vendors|enterprises|firms|providers)\b|\b(?:organi[sz]ations|companies|businesses) (?:that|which|who)\b|\b(?:any|every) (?:organi[sz]ation|company|business|vendor)\b/i;
/** A sentence about frameworks in general, with no first person and the framework as its subject. */
const FIRST_PERSON = /\b(?:we|our|us|ours)\b/i;

export function isDefinitionOf(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  // the mention is the sentence's subject: nothing but an article, a "Why this matters:" lead or a list marker before it
  const subject = /^(?:[^.;:]{0,30}:\s*)?(?:(?:the|a|an|each|every)\s+)?$/i.test(before) || /^(?:[^.;:]{0,30}:\s*)?(?:(?:the|a|an)\s+)?[A-Z][\w ]{0,20}\s(?:and|or)\s+(?:the\s+)?$/.test(before);
  if (!subject) return false;
  const after = text.slice(end);
  return DESCRIBING_VERB.test(after) && !VENDOR_PREDICATE.test(after);
}

/** A predicate about the vendor's own report, not the framework: "SOC 2 audit is in progress", "… report is available". */
const VENDOR_PREDICATE = /^[^.;]{0,40}\b(?:available|in progress|under ?way|completed?|planned|scheduled|expected|held|renewed|current|valid)\b/i;


/** "Many organizations that do not store cardholder data still rely on PCI DSS": someone in general, not the vendor. */
export function hasGenericHolder(clause: string): boolean {
  return GENERIC_SUBJECT.test(clause) && !FIRST_PERSON.test(clause);
}

/** A pointer to somewhere else, or a name as a label: "To learn more, refer to SOC 2 certification in the blog", "read more about our SOC 2", "source: https://…". */
const POINTER = /\b(?:learn more|read more|find out more|more (?:information|details) (?:on|about|in)|for (?:more|further) (?:information|details)|refer to|see (?:our|the)|visit (?:our|the)|click|download (?:the|our) (?:\w+ )?(?:whitepaper|overview|datasheet)|check out|go to)\b/i;
const SOURCE_LINE = /^(?:source|url|link|see also|related|tags?)\s*:/i;

export function isPointer(text: string, start: number): boolean {
  if (SOURCE_LINE.test(text)) return true;
  const m = POINTER.exec(text);
  return !!m && m.index < start && !/\b(?:we|our) (?:are|is|have|hold|maintain|completed|achieved|passed|obtained)\b/i.test(text.slice(0, start));
}

/** "a SOC 2 audit would test", "if we were audited", "controls that could satisfy": a hypothetical, no claim. */
const HYPOTHETICAL = /\b(?:would|could)\b(?!\s+(?:not|n['’]t))|\bif (?:we|you) (?:were|had|chose|decide)\b|\bimagine\b|\bhypothetical(?:ly)?\b|\bfor example\b|\be\.g\.|\bsuch as\b(?=[^.;]{0,40}\b(?:might|may|could)\b)/i;

export function isHypothetical(clause: string, mentionInClause: number): boolean {
  const m = HYPOTHETICAL.exec(clause);
  // the modal must belong to the mention's phrase: within 40 characters after it, or before it in the clause
  return !!m && (m.index < mentionInClause || m.index - mentionInClause < 40);
}

/**
 * Alignment without an audit: "aligned with", "designed to meet", "meets the requirements of", "built to the
 * standards of SOC 2 and ISO 27701", "SOC 2-aligned controls", "follows the principles of", "maps to". The phrase
 * governs every mention coordinated after it in its clause.
 */
const ALIGNMENT_BEFORE = /\b(?:aligned (?:with|to)|in (?:line|alignment|accordance) with|(?:designed|built|engineered|architected|structured) (?:to (?:meet|satisfy|comply with|align with|support|the standards? of|the requirements? of)|(?:around|on|according to|with)(?: the)?(?: principles of)?)|meets?(?: or exceeds)? (?:the )?(?:requirements?|standards?|criteria|controls) (?:of|for|set by)|satisf(?:y|ies) (?:the )?(?:requirements?|criteria) of|follows?(?: the)?(?: principles| guidelines| framework| controls)?(?: of| from)?|following (?:the )?(?:principles|guidelines|framework)|based on|consistent with|modell?ed (?:on|after)|inspired by|guided by|maps? to|mapped to|adheres? to the (?:principles|guidelines) of|uses? the framework of|in the spirit of|(?:prepared|ready) for|readiness for|best practices (?:of|from))\b/gi;
const ALIGNMENT_AFTER = /^[\s-]*(?:aligned|ready|readiness|inspired|based|style|like|equivalent|grade|level controls|-aligned)\b/i;
/** What may stand between the phrase and a coordinated mention: other framework names, "and", commas, "the". */
const COORDINATION = /^(?:\s|,|\/|&|\band\b|\bor\b|\bthe\b|\bboth\b|\bas well as\b|[A-Z]{2,}[\w/ -]{0,20}?|\d{4,5}|Type (?:I{1,2}|[12])|\(|\))*$/;

export function isAlignment(text: string, start: number, end: number, clauseStart: number): boolean {
  if (ALIGNMENT_AFTER.test(text.slice(end))) return true;
  const g = globalOf(ALIGNMENT_BEFORE);
  const before = text.slice(clauseStart, start);
  for (let m = g.exec(before); m; m = g.exec(before)) {
    const between = before.slice(m.index + m[0].length);
    if (between.length <= 60 && COORDINATION.test(between)) return true;
  }
  return false;
}

/** An audit, report or certificate actually held: what an attestation needs to be the vendor's. */
export const ATTESTATION_WORDING = /\b(?:certif\w*|audit\w*|attest\w*|reports?|complian(?:t|ce)|accredit\w*|passed|achieved|obtained|completed|renewed|received|awarded|maintains?|holds?|have (?:our|a|an)|has (?:a|an|its)|valid|assessed|assessment|surveillance|QSA|ROC|AoC|BAAs?|Business Associate|Level\s?[1-4] (?:Service Provider|Merchant)|Service Provider|verified|conform\w*|zertifiziert|Zertifi\w*|certifié\w*|certificad\w*|gecertificeerd|auditiert|geprüft|conforme)\b/i;

/**
 * Advice or a request to the reader, not a statement about the vendor: "We recommend enabling two-factor
 * authentication", "you should enable MFA", "If your organization needs stronger identity controls, discuss…",
 * "Use “SOC 2-aligned controls” unless…".
 */
const ADVICE = /^\s*(?:(?:we|I) (?:strongly )?(?:recommend|suggest|advise|encourage)(?: (?:that )?(?:you|customers|users|all users))?(?: to)? (?:enabling|enable|using|use|turning on|turn on|setting up|set up|configuring|configure)\b|(?:you|customers|users|organi[sz]ations|teams) (?:should|must|need to|are (?:advised|encouraged) to)\b|if (?:your|you)\b|(?:please )?(?:use|say|write|avoid|discuss|ask|consider|make sure|ensure that you|remember to|don['’]t)\b)/i;

/** Guidance conditioned on the reader's situation, with no first person: "Pair MFA discussions with SSO planning if your organization is larger." */
const READER_CONDITION = /\bif (?:your|you)\b/i;

export function isAdvice(clause: string): boolean {
  return ADVICE.test(clause) || (READER_CONDITION.test(clause) && !/\b(?:we|our|us)\b/i.test(clause));
}

/** The mention sits inside quotation marks: wording quoted as an example, not a claim. */
export function isQuoted(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const open = (before.match(/[“«„]/g) ?? []).length;
  const close = (before.match(/[”»]/g) ?? []).length;
  if (open > close) return true;
  return ((before.match(/(?:^|[\s(])"/g) ?? []).length + (before.match(/"(?=[\s.,;:)!?]|$)/g) ?? []).length) % 2 === 1;
}

/**
 * A clause that states something has a verb or a predicate adjective; a noun phrase alone ("Information security
 * management system certification.", "SOC 2 Type II report") is a label or a description, however it names an audit.
 */
const PREDICATE = /\b(?:is|are|was|were|be|been|being|has|have|had|hold|holds|held|maintain\w*|complet\w*|achiev\w*|obtain\w*|pass(?:ed|es)?|receiv\w*|undergo\w*|underwent|certified|audited|attested|compliant|accredited|conform\w*|available|issued|renewed|perform\w*|conduct\w*|verified|validated|assessed|reviewed|earned|awarded|provide\w*|offer\w*|sign\w*|share\w*|publish\w*|support\w*|meet\w*|run\w*|use\w*|extend\w*|expand\w*|secur(?:ed|es)|gained|got|request\w*|download\w*|do|does|did|can|will|may|must|shall|zertifiziert|certifi[ée]e?s?|gecertificeerd|est|sont|ist|sind|zijn|es|son)\b/i;

/** "we …" is a clause with a verb, whatever the verb. */
const FIRST_PERSON_CLAUSE = /\b(?:we|I)\s+[a-z]/i;

/** Capitalised words inside a sentence are names ("the American Institute of Certified Public Accountants"), not its verbs. */
const NAME_WORD = /(?<=[\p{L}\d,)]\s+)\p{Lu}\p{Ll}+\b/gu;

export function hasPredicate(text: string): boolean {
  const plain = text.replace(NAME_WORD, '');
  return PREDICATE.test(plain) || FIRST_PERSON_CLAUSE.test(plain);
}
