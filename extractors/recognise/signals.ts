/**
 * What makes a page a vendor's trust page, as data. Stage 1 reads only the URL,
 * title, first heading and meta description (cheap enough for every page load);
 * stage 2 reads the text.
 */
export const TRUST_PATH = /\/(?:security|trust|trust-?cent(?:er|re)|trust-and-safety|security-(?:overview|posture|practices|policy|and-privacy|dashboard|center|statement)|compliance|responsible-disclosure|vulnerability-disclosure|bug-?bounty|disclosure-policy|backups?|disaster-recovery|incident-response|breach-notification|data-protection|data-security|security-measures|sub-?processors?|toms?|technical-(?:and-)?organi[sz]ational-measures|sicherheit|securite|s[eé]curit[eé]|seguridad|seguranca|privacy-and-security)(?:[/?#._-]|$)/i;
export const TRUST_HOST = /^(?:trust|security|compliance)\./i;
// the end is a Unicode letter boundary, so "sécurité" ends where it should (\b is ASCII-only)
export const TRUST_TITLE = /\b(?:security|backups?(?: and| &) (?:disaster )?recovery|disaster recovery|incident response|breach notification|data protection|trust(?:\s+(?:center|centre|portal|report))?|compliance|security posture|security overview|responsible disclosure|vulnerability disclosure|reporting a vulnerability|bug bounty|sub-?processors?(?: list)?|technical and organi[sz]ational measures|data security|security measures|security (?:faq|questions)|service commitment|uptime commitment|sicherheit|sécurité|securite|seguridad|datenschutz und sicherheit)(?![\p{L}\d])/iu;

/** Stage 1 signals that a page is about something else. */
// not "articles": help centres keep their security answers under /articles/ too
export const NOT_TRUST_PATH = /\/(?:blog|news|press|glossary|learn|guides?|academy|careers?|jobs?|pricing|plans|docs\/api|wiki|insights|events?|webinars?|podcast)(?:[/?#._-]|$)/i;
export const NOT_TRUST_HOST = /^(?:blog|news|careers|jobs|press)\./i;
export const NOT_TRUST_TITLE = /\b(?:what is|what are|glossary|explained|definition|guide to|how to|lessons|tips|best practices for|pricing|plans|careers|jobs?|hiring|engineer\b.*\b(?:at|—|-|\|)|apply|news|breach at|hacked|announces|webinar|privacy policy|cookie policy|terms of (?:service|use))\b/i;
