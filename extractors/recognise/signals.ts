/**
 * What makes a page a vendor's trust page, as data. Stage 1 reads only the URL,
 * title, first heading and meta description (cheap enough for every page load);
 * stage 2 reads the text.
 */
export const TRUST_PATH = /\/(?:security|trust|trust-?cent(?:er|re)|trust-and-safety|security-(?:overview|posture|practices|policy|and-privacy|dashboard|center|statement)|compliance|responsible-disclosure|vulnerability-disclosure|bug-?bounty|disclosure-policy|backups?|disaster-recovery|incident-response|breach-notification|data-protection|sicherheit|securite|s[eé]curit[eé]|seguridad|seguranca|privacy-and-security)(?:[/?#._-]|$)/i;
export const TRUST_HOST = /^(?:trust|security|compliance)\./i;
// the end is a Unicode letter boundary, so "sécurité" ends where it should (\b is ASCII-only)
export const TRUST_TITLE = /\b(?:security|backups?(?: and| &) (?:disaster )?recovery|disaster recovery|incident response|breach notification|data protection|trust(?:\s+(?:center|centre|portal|report))?|compliance|security posture|security overview|responsible disclosure|vulnerability disclosure|bug bounty|sicherheit|sécurité|securite|seguridad|datenschutz und sicherheit)(?![\p{L}\d])/iu;

/** Stage 1 signals that a page is about something else. */
export const NOT_TRUST_PATH = /\/(?:blog|news|press|articles?|glossary|learn|guides?|academy|careers?|jobs?|pricing|plans|docs\/api|wiki|resources\/articles|insights|events?|webinars?|podcast|help\/articles)(?:[/?#._-]|$)/i;
export const NOT_TRUST_TITLE = /\b(?:what is|what are|glossary|explained|definition|guide to|how to|lessons|tips|best practices for|pricing|plans|careers|jobs?|hiring|engineer\b.*\b(?:at|—|-|\|)|apply|news|breach at|hacked|announces|webinar|privacy policy|cookie policy|terms of (?:service|use))\b/i;

/** Stage 2: the vendor speaking of its own practices (English, German, French, Spanish). */
export const FIRST_PERSON = /\b(?:we|our|us|wir|unser\w*|uns|nous|notre|nos|nosotros|nuestr\w*)\b/gi;
/**
 * Security vocabulary of trust pages written in German, French or Spanish: the
 * claim patterns are English, so these pages are at least recognised (and say
 * so) rather than dismissed. Word boundaries by Unicode letters: \b is ASCII-only.
 */
/** Stems of FOREIGN_SECURITY_TERMS: a page holding none of them (most pages) skips the Unicode-aware count. */
export const FOREIGN_SECURITY_STEMS = ['sicherheit', 'verschlüssel', 'zertifizier', 'rechenzentr', 'schwachstelle', 'datenschutz', 'sicherungskopie', 'sécurité', 'chiffr', 'certifié', 'hébergé', 'hébergement', 'vulnérabilit', 'conformité', 'conforme', 'seguridad', 'cifrad', 'certificad', 'vulnerabilidad', 'alojad'];
export const FOREIGN_SECURITY_TERMS = /(?<![\p{L}])(?:sicherheit[\p{L}]*|verschlüssel[\p{L}]*|zertifizier[\p{L}]*|rechenzentr[\p{L}]*|schwachstelle[\p{L}]*|datenschutz[\p{L}]*|sicherungskopie[\p{L}]*|sécurité|chiffr[\p{L}]*|certifié[\p{L}]*|hébergé[\p{L}]*|hébergement|vulnérabilit[\p{L}]*|conformité|conforme|seguridad|cifrad[\p{L}]*|certificad[\p{L}]*|vulnerabilidad[\p{L}]*|alojad[\p{L}]*)(?![\p{L}])/giu;
export const SECOND_PERSON = /\b(?:you|your|yours)\b/gi;
export const VENDOR_PRACTICE = /\b(?:we|our (?:team|platform|systems|infrastructure|product|service))\s+(?:\w+\s+){0,2}(?:encrypt|maintain|use|require|enforce|perform|conduct|run|store|host|back up|monitor|log|notify|support|offer|provide|are (?:not )?(?:certified|compliant|audited)|have|hold|test|scan|patch|apply|restrict|retain|publish|acknowledge|review|do not)\w*/gi;

/** Stage 2 signals of a page about something else. */
export const NEGATIVE_TEXT: { signal: string; pattern: RegExp; weight: number }[] = [
  { signal: 'job ad', pattern: /\b(?:responsibilities|requirements|qualifications|years of experience|apply now|we(?:'re| are) hiring|salary|compensation|benefits|equal opportunity employer|what you(?:'ll| will) do|about the role|nice to have)\b/gi, weight: 0.12 },
  { signal: 'blog or news', pattern: /\b(?:min(?:ute)? read|posted (?:on|by)|written by|share this (?:post|article)|subscribe to our (?:newsletter|blog)|related (?:posts|articles)|tags?:|comments?\b|reported (?:on|that)|according to|said in a statement|spokesperson|told reporters|breach (?:at|of) \w+)\b/gi, weight: 0.1 },
  { signal: 'glossary or guide', pattern: /\b(?:what is|what are|is a (?:framework|standard|regulation|type of)|definition|glossary|stands for|refers to|explained|in this (?:guide|article|post)|companies should|organi[sz]ations should|you should|best practices|step \d|checklist for)\b/gi, weight: 0.1 },
  { signal: 'pricing', pattern: /(?:[$€£]\s?\d+(?:\.\d\d)?\s*(?:\/|per)\s*(?:user|seat|month|mo|year)|\bper (?:user|seat) per month\b|\bbilled (?:annually|monthly)\b|\bfree (?:plan|trial|tier)\b|\bcontact sales\b|\bupgrade\b|\bmost popular\b)/gi, weight: 0.12 },
  { signal: 'product marketing', pattern: /\b(?:get started(?: for)? free|get started|book a demo|request a demo|schedule a demo|start (?:your )?free|sign up (?:for )?free|try (?:it )?(?:for )?free|npm install|pip install|drop-in|in minutes|ship(?:ped)? (?:this afternoon|today|faster))\b/gi, weight: 0.12 },
  { signal: 'privacy policy', pattern: /\b(?:personal (?:data|information) we collect|legal basis|your rights|data controller|cookies? (?:we use|policy)|this privacy (?:policy|notice)|we collect the following|right to object|lawful basis)\b/gi, weight: 0.08 },
];
