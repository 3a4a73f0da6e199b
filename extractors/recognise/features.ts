import { ANY_OTHER_PAGE_MARKER, CODE_LINE, STATUS_LABEL, STATUS_STATEMENT, FIRST_PERSON, FIRST_PERSON_SINGULAR, ADVICE, DEFINITION, IMPERATIVE_START, OTHER_PAGE_MARKERS, PASSIVE_PRACTICE, PRACTICE_VERB, SECOND_PERSON, SECURITY_HEADING, SECURITY_TERM, TOGGLE_CELL } from './vocabulary.ts';
import { urlParts } from './url-parts.ts';
import { NOT_TRUST_HOST, NOT_TRUST_PATH, NOT_TRUST_TITLE, TRUST_HOST, TRUST_PATH, TRUST_TITLE } from './signals.ts';
import type { Block } from '../blocks/block.ts';
import type { PageHead } from './stage1.ts';

/**
 * A page as numbers the fitted model weighs. Every text feature is a share (of
 * the page's sentences, headings or cells) or a density (per word), never a raw
 * count: one "you should" or one "requirements" is a small share of a real page.
 * The head (URL, title) gives three of the features, one signal among many.
 */
export const FEATURE_NAMES = [
  'head_trust_url',
  'head_trust_title',
  'head_not_trust',
  'practice_share',
  'practice_evidence',
  'first_person_share',
  'vendor_named_share',
  'first_singular_share',
  'reader_share',
  'imperative_share',
  'advice_share',
  'question_share',
  'unanswered_question_share',
  'definition_share',
  'security_density',
  'security_heading_share',
  'code_share',
  'third_party_subject',
  'job_share',
  'news_share',
  'blog_share',
  'pricing_share',
  'marketing_share',
  'privacy_policy_share',
  'template_share',
  'demo_share',
  'third_party_share',
  'regulation_body_share',
  'toggle_share',
  'log_words',
] as const;

/** Sentences a page must have for stage 2 to confirm anything: a shell whose content has not rendered has none. */
export const MIN_SENTENCES_TO_CONFIRM = 1;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number> & { sentences: number };

/** What stage 2 reads of the page: its blocks (text, kind, a list item's lead-in, an answer's question). */
export type PageBlocks = Pick<Block, 'kind' | 'text' | 'leadIn' | 'term'>[];

/** Words in host names that name the site's function, not the vendor. */
const HOST_FUNCTION_LABELS = new Set(['www', 'docs', 'doc', 'help', 'support', 'trust', 'security', 'blog', 'news', 'careers', 'jobs', 'app', 'status', 'en', 'de', 'fr', 'com', 'co', 'org', 'net', 'io']);
/** Capitalised words that are no company's name: sentence furniture and the vocabulary of the field. */
const NOT_A_NAME = /^(?:the|a|an|we|our|you|your|this|that|these|it|its|if|in|on|for|to|and|or|all|any|each|every|no|not|yes|when|where|how|what|why|who|with|by|as|at|from|of|is|are|security|data|cloud|customer|customers|service|services|platform|policy|privacy|trust|compliance|type|level|note|soc|iso|iec|gdpr|hipaa|pci|dss|tls|ssl|aes|mfa|sso|saml|api|eu|us|uk|usa|ai|it|sla|faq|dpa|baa|rto|rpo|status|enterprise|pro|free|team|business|starter|q[1-4]|h[12]|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|sie|wir|die|der|das|nous|les|la|le|wij|de|het|el|los|und|et|en)$/i;
/** Upper-case terms of the field and of tables, which are no company's name. */
const ACRONYM = /^(?:[A-Z]{2,3}|AES|GCM|SHA|RSA|TLS|SSL|DNS|SMTP|HTTPS?|TOTP|HOTP|SAML|OIDC|OAUTH|SCIM|HIPAA|GDPR|CCPA|RGPD|DSGVO|NIST|CSA|STAR|ISMS|CISO|SIEM|EDR|WAF|DDOS|VPN|VPC|IAM|KMS|HSM|RBAC|SLA|SLO|RPO|RTO|MFA|SSO|API|SDK|CLI|PDF|CSV|JSON|SCC|SCCS|BCRS?|DPA|BAA|PHI|PII|EU|EEA|EE\.UU|USA|UAE|NDA|FAQ|LLC|INC|LTD|GMBH|ENTERPRISE|UNLIMITED|CUSTOM|FREE)$/;

/** Providers a trust page names as its hosts and sub-processors: naming them is not writing about another company. */
const COMMON_PROVIDERS = /^(?:aws|amazon|google|microsoft|azure|gcp|stripe|cloudflare|twilio|okta|github|heroku|vercel|supabase|digitalocean|hetzner|ovh|salesforce|hubspot|zendesk|datadog|sentry|openai|anthropic|hackerone|bugcrowd|braintree|paypal|adyen|mongodb|snowflake|atlassian|slack)$/i;

/** Practice statements that are evidence enough on their own, however short the page. */
const PRACTICE_EVIDENCE_ENOUGH = 5;

/** Shorter lines are furniture (dates, labels, buttons), left out of every share. */
const MIN_SENTENCE_WORDS = 4;

/** The longest line read as a status label rather than as a sentence. */
const STATUS_LABEL_MAX_WORDS = 6;

const SENTENCE_END = /(?<=[.!?。])\s+(?=[\p{Lu}\d"“(¿¡])/u;
const WORD = /\S+/g;
const CAPITALISED = /(?<![\p{L}\d])\p{Lu}[\p{L}\d]+(?:[.-]\p{L}+)?/gu;

/** A sentence and the block it came from. */
interface Sentence { text: string; block: PageBlocks[number] }

export function sentencesOf(blocks: PageBlocks): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    // a heading is a topic, not a statement, unless it is a question (an FAQ's, a questionnaire's)
    if (block.kind === 'heading' && !isQuestion(block.text)) continue;
    const trimmed = block.text.trim();
    if (!trimmed) continue;
    for (const s of trimmed.split(SENTENCE_END)) {
      // a date, a label, "Article summary": page furniture, not a sentence that could state anything
      // …except a status label, which is a claim in a word or two
      if ((s.match(WORD)?.length ?? 0) >= MIN_SENTENCE_WORDS || STATUS_LABEL.test(s)) out.push({ text: s.trim(), block });
    }
  }
  return out;
}

/** A label line that gives a status ("In audit", "Type I planned · Q3 2026"): a few words, no sentence. */
const isStatusLabel = (s: string) => (s.match(WORD)?.length ?? 0) <= STATUS_LABEL_MAX_WORDS && !/[.!?]$/.test(s) && STATUS_LABEL.test(s);

const isQuestion = (s: string) => /[?？]\s*$/.test(s);

const lettersOf = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, '');

/** The host's name labels (not its suffix, not "www", "trust"…), from the host urlParts already read. */
function hostLabels(host: string): string[] {
  return host.split('.').slice(0, -1).filter((l) => l.length >= 3 && !HOST_FUNCTION_LABELS.has(l));
}

/** The names written most often in the page, capitalised mid-sentence (not a sentence's first word), most frequent first. */
function frequentNames(sentences: Sentence[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { text: s } of sentences) {
    for (const m of s.matchAll(CAPITALISED)) {
      const word = m[0];
      if (m.index === 0 || word.length < 3 || NOT_A_NAME.test(word) || ACRONYM.test(word)) continue;
      const key = lettersOf(word);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1]);
}

const sameName = (name: string, label: string) => name.length >= 3 && (label.includes(name) || name.includes(label));

/** The vendor's likely names: the host's labels, else the page's most frequent name. */
function vendorNames(host: string, names: [string, number][]): { vendor: string[]; otherSubject: boolean } {
  const labels = hostLabels(host);
  if (!labels.length) return { vendor: names.slice(0, 1).map(([n]) => n), otherSubject: false };
  const vendor = [...labels, ...names.filter(([n]) => labels.some((l) => sameName(n, l))).map(([n]) => n)];
  // the page is mostly about a company that is neither the site's owner nor a common provider
  const top = names[0];
  const vendorMentions = names.filter(([n]) => labels.some((l) => sameName(n, l))).reduce((s, [, c]) => s + c, 0);
  const otherSubject = !!top && !labels.some((l) => sameName(top[0], l)) && !COMMON_PROVIDERS.test(top[0]) && top[1] > 2 * vendorMentions;
  return { vendor, otherSubject };
}

const MARKER_ENTRIES = Object.entries(OTHER_PAGE_MARKERS) as [keyof typeof OTHER_PAGE_MARKERS, RegExp][];

/** One scan finds whether any marker is there (most sentences hold none); only then each is tested. */
function countMarkers(line: string, markers: Record<keyof typeof OTHER_PAGE_MARKERS, number>) {
  if (!ANY_OTHER_PAGE_MARKER.test(line)) return;
  for (const [k, re] of MARKER_ENTRIES) if (re.test(line)) markers[k]++;
}

/**
 * The per-sentence patterns without the i flag, tested on the lowercased sentence: their words are all lower
 * case, and a case-insensitive Unicode pattern (/iu) folds the case of every character it tries, which made
 * these the dearest part of stage 2. The recognise-corpus and fixture tests hold the readings unchanged.
 */
const caseless = (re: RegExp) => new RegExp(re.source, re.flags.replace('i', ''));
const LC = { first: caseless(FIRST_PERSON), practice: caseless(PRACTICE_VERB), passive: caseless(PASSIVE_PRACTICE), terms: caseless(SECURITY_TERM), definition: caseless(DEFINITION) };

export function pageFeatures(head: PageHead, blocks: PageBlocks): Features {
  const { path, host } = urlParts(head.url);
  const sentences = sentencesOf(blocks);
  const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
  const n = Math.max(1, sentences.length);
  const names = frequentNames(sentences);
  const { vendor, otherSubject } = vendorNames(host, names);

  const counts = { code: 0, unanswered: 0, practice: 0, first: 0, named: 0, singular: 0, reader: 0, imperative: 0, advice: 0, question: 0, definition: 0 };
  const markers = Object.fromEntries(Object.keys(OTHER_PAGE_MARKERS).map((k) => [k, 0])) as Record<keyof typeof OTHER_PAGE_MARKERS, number>;
  let securityTerms = 0;
  let words = 0;
  for (let i = 0; i < sentences.length; i++) {
    const { text: s, block } = sentences[i]!;
    words += s.match(WORD)?.length ?? 0;
    const lc = s.toLowerCase();
    const terms = lc.match(LC.terms)?.length ?? 0;
    securityTerms += terms;
    const lower = lettersOf(s);
    const first = LC.first.test(lc);
    const named = vendor.some((v) => lower.includes(v));
    const passive = LC.passive.test(lc);
    if (first) counts.first++;
    if (named) counts.named++;
    // a list item inherits its lead-in's voice ("The measures we have implemented include:" · "PCI compliance")
    const leadIn = block.leadIn ?? '';
    const voiced = first || named || passive || (leadIn !== '' && (FIRST_PERSON.test(leadIn) || vendor.some((v) => lettersOf(leadIn).includes(v))));
    const imperative = IMPERATIVE_START.test(s);
    // an instruction ("Make sure backups are tested") is the reader's job, not the vendor's practice
    if (!isQuestion(s) && !imperative && ((voiced && (passive || LC.practice.test(lc) || terms > 0)) || STATUS_STATEMENT.test(s) || isStatusLabel(s))) counts.practice++;
    if (CODE_LINE.test(s)) counts.code++;
    // "When I delete data…?" is the customer asking (a help centre's title), not a writer's voice
    if (FIRST_PERSON_SINGULAR.test(s) && !isQuestion(s)) counts.singular++;
    if (SECOND_PERSON.test(s) && !first) counts.reader++;
    if (imperative) counts.imperative++;
    if (ADVICE.test(s)) counts.advice++;
    if (isQuestion(s)) {
      counts.question++;
      // a questionnaire or template is questions in a row; an FAQ answers each one
      const next = sentences[i + 1];
      if (next === undefined || (isQuestion(next.text) && !next.block.term)) counts.unanswered++;
    }
    if (LC.definition.test(lc)) counts.definition++;
    countMarkers(s, markers);
  }
  let cells = 0;
  let toggles = 0;
  for (const { text: line } of blocks) {
    for (const cell of line.split(' | ')) {
      if (!cell.trim()) continue;
      cells++;
      if (TOGGLE_CELL.test(cell.trim())) toggles++;
    }
  }
  // a job ad's or a template's markers are often its headings ("Responsibilities", "Requirements")
  for (const h of headings) countMarkers(h, markers);
  const lines = n + headings.length;
  const securityHeadings = headings.filter((h) => SECURITY_HEADING.test(h)).length;

  return {
    head_trust_url: TRUST_PATH.test(path) || TRUST_HOST.test(host) ? 1 : 0,
    head_trust_title: TRUST_TITLE.test(head.title) || TRUST_TITLE.test(head.h1) ? 1 : 0,
    head_not_trust: NOT_TRUST_PATH.test(path) || NOT_TRUST_HOST.test(host) || NOT_TRUST_TITLE.test(head.title) || NOT_TRUST_TITLE.test(head.h1) ? 1 : 0,
    practice_share: counts.practice / n,
    // a share needs sentences behind it: a page with none or one confirms nothing
    practice_evidence: Math.min(1, counts.practice / PRACTICE_EVIDENCE_ENOUGH),
    first_person_share: counts.first / n,
    vendor_named_share: counts.named / n,
    first_singular_share: counts.singular / n,
    reader_share: counts.reader / n,
    imperative_share: counts.imperative / n,
    advice_share: counts.advice / n,
    question_share: counts.question / n,
    unanswered_question_share: counts.unanswered / n,
    definition_share: counts.definition / n,
    security_density: Math.min(30, (100 * securityTerms) / Math.max(1, words)),
    security_heading_share: headings.length ? securityHeadings / headings.length : 0,
    code_share: counts.code / n,
    third_party_subject: otherSubject ? 1 : 0,
    job_share: markers.job / lines,
    news_share: markers.news / lines,
    blog_share: markers.blog / lines,
    pricing_share: markers.pricing / lines,
    marketing_share: markers.marketing / lines,
    privacy_policy_share: markers.privacyPolicy / lines,
    template_share: markers.template / lines,
    demo_share: markers.demo / lines,
    third_party_share: markers.thirdParty / lines,
    regulation_body_share: markers.regulationBody / lines,
    toggle_share: cells ? toggles / cells : 0,
    log_words: Math.log10(1 + words),
    sentences: sentences.length,
  };
}
