/**
 * What makes a page a vendor's trust page, as data. Stage 1 reads only the URL,
 * title, first heading and meta description (cheap enough for every page load);
 * stage 2 reads the text.
 */
export const TRUST_PATH = /\/(?:security|trust|trust-?cent(?:er|re)|trust-and-safety|security-(?:overview|posture|practices|policy|and-privacy|dashboard|center|statement)|compliance|responsible-disclosure|vulnerability-disclosure|bug-?bounty|disclosure-policy|backups?|disaster-recovery|incident-response|breach-notification|data-protection|data-security|security-measures|sub-?processors?|toms?|technical-(?:and-)?organi[sz]ational-measures|sicherheit|securite|s[eé]curit[eé]|seguridad|seguranca|privacy-and-security)(?:[/?#._-]|$)/i;
export const TRUST_HOST = /^(?:trust|security|compliance)\./i;
// the end is a letter boundary that knows accented Latin letters, so "sécurité" ends where it should (\b is
// ASCII-only). Not \p{L} under /iu: V8 builds the case closure of every Unicode letter on first use, which
// cost ~4 ms on every page the buyer opened; a title's words are Latin-script here.
export const TRUST_TITLE = /\b(?:security|backups?(?: and| &) (?:disaster )?recovery|disaster recovery|incident response|breach notification|data protection|trust(?:\s+(?:center|centre|portal|report))?|compliance|security posture|security overview|responsible disclosure|vulnerability disclosure|reporting a vulnerability|bug bounty|sub-?processors?(?: list)?|technical and organi[sz]ational measures|data security|security measures|security (?:faq|questions)|service commitment|uptime commitment|sicherheit|sécurité|securite|seguridad|datenschutz und sicherheit)(?![a-z\u00c0-\u024f\d])/i;

/**
 * Every TRUST_PATH, TRUST_HOST and TRUST_TITLE match holds one of these (lowercased), so a head that
 * holds none skips the patterns: stage 1 runs on every page the buyer opens, and V8 compiles a large
 * case-insensitive pattern twice (bytecode, then native) on its first two uses, ~0.3–0.6 ms each.
 * tests/unit/stage1-stems.test.ts checks the superset on every page head of the corpora.
 */
export const TRUST_STEMS = ['secur', 'sécur', 'trust', 'complian', 'disclos', 'bounty', 'backup', 'recover', 'incident', 'breach', 'protect', 'processor', '/tom', 'organi', 'measures', 'commitment', 'vulnerab', 'sicherheit', 'seguridad', 'seguranca'] as const;

/** Stage 1 signals that a page is about something else. */
// not "articles": help centres keep their security answers under /articles/ too
export const NOT_TRUST_PATH = /\/(?:blog|news|press|glossary|learn|guides?|academy|careers?|jobs?|pricing|plans|docs\/api|wiki|insights|events?|webinars?|podcast)(?:[/?#._-]|$)/i;
export const NOT_TRUST_HOST = /^(?:blog|news|careers|jobs|press)\./i;
export const NOT_TRUST_TITLE = /\b(?:what is|what are|glossary|explained|definition|guide to|how to|lessons|tips|best practices for|pricing|plans|careers|jobs?|hiring|engineer\b.*\b(?:at|—|-|\|)|apply|news|breach at|hacked|announces|webinar|privacy policy|cookie policy|terms of (?:service|use))\b/i;
