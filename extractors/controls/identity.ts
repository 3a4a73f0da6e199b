import { roleListIn } from '../language/lists.ts';
import type { ControlPatterns } from './types.ts';

/** How customers' users sign in and what they may do. */

/**
 * A section about the vendor's own people reaching its own systems ("Corporate Security", "Internal access",
 * "Employee access"): its SSO, 2FA and roles are employee_access, never the customer-facing controls.
 * claims.ts also gives it to a sentence that follows one about staff access in the same block.
 */
export const STAFF_SECTION = /\b(?:corporate (?:security|IT)|corp ?sec|internal (?:access|systems|security|infrastructure|IT)|(?:employee|staff|personnel|workforce) (?:access|security|identity|devices)|access to (?:company|internal|corporate) (?:infrastructure|systems|applications))\b/i;
/** The topic claims.ts adds to a sentence whose subject is carried over from a sentence about staff access. */
export const CARRIED_STAFF_TOPIC = 'internal access';

/** Sentences about the vendor's own staff, not the customer's users ("Engineering production access: SSO + 2FA required"). */
export const STAFF_CONTEXT = /\b(?:(?:our|internal|company) (?:employees|staff|personnel|engineers|workforce)|(?:employees?|staff|personnel|engineers?)\b[^.;]{0,30}\b(?:production|internal systems|infrastructure|admin(?:istrative)? tools)|engineering|(?:employee|staff|personnel) (?:access|accounts|laptops|devices)|our office|office (?:network|IPs?)|production (?:database|servers?|infrastructure)s?|internal (?:team|users|systems|tools|access)|production (?:access|systems|environment|credentials)|admin tooling|our (?:team|people|workforce)|workforce|contractors)\b/i;

/**
 * Multi-factor wording, with the common words for it in German, French and Dutch ("Zwei-Faktor-Authentifizierung",
 * "authentification à deux facteurs", "tweestapsverificatie", "twee-weg authenticatie").
 */
export const MFA_WORDS = /\bmulti[- ]?factor\b|\btwo[- ]?factor\b|\b2FA\b|\bMFA\b|\b(?:2|two)[- ]step (?:verification|authentication|login|sign[- ]in)\b|\bdual[- ](?:factor )?authentication\b|\bTOTP\b|\bauthenticator apps?\b|\bWebAuthn\b|\bpasskeys?\b|\bFIDO2?\b|\bhardware (?:security )?keys?\b|\bYubi[Kk]eys?\b|\b(?:zwei|2|multi|mehr)[- ]?faktor\w*|\btwee[- ]?(?:factor|staps|weg)[- ]?(?:authenticatie|verificatie)\b|\b2[- ]?staps[- ]?(?:verificatie|authenticatie)\b|\bauthentification (?:à deux facteurs|multi-?facteurs?|forte)\b|\bdouble authentification\b/i;
export const SSO_WORDS = /\bSSO\b|\bsingle sign[- ]on\b|\bSAML(?:\s?2\.0)?\b|\b(?:OpenID Connect|OIDC)\b[^.;]{0,30}\b(?:SSO|sign[- ]on|sign[- ]in|log[- ]?in|identity provider)\b|\bsign[- ]in with (?:your )?(?:Okta|Microsoft Entra|Entra ID|Azure AD|Google Workspace|OneLogin|JumpCloud|Ping)\b/i;

/** A second factor sent by email: "emailed codes", "a code sent to your email", "twee-weg authenticatie welke gebruik maakt van de e-mailaccount". */
const EMAIL_FACTOR = /\be-?mail(?:ed)? (?:codes?|OTP|one-time|links?|verification)\b|\b(?:codes?|links?|one-time|OTP|tokens?|verification)\b[^.;]{0,30}\b(?:via|by|per|through|to|in) (?:your |the user's |their |the )?e-?mail\b|\b(?:authenticatie|authentication|Authentifizierung|authentification|verificatie|verification)\b[^.;]{0,40}\be-?mail/i;

/**
 * An automatic logout: "Auto logout (after 30 mins)", "timed log out", "users are logged out automatically after 15
 * minutes", and "automatische Abmeldung", "déconnexion automatique", "automatisch uitgelogd".
 */
const AUTO_LOGOUT = /\b(?:auto(?:matic)?|timed|forced)[- ]?log(?:ged)?[- ]?(?:out|off)\b|\blog(?:ged|s)? (?:\w+ )?(?:out|off) (?:automatically|after (?:\d+|a period|a set|an? \w+ period) )|\b(?:automatically|auto-) ?(?:logged|signed) (?:out|off)\b|\bautomatische (?:Abmeldung|Ausloggen|afmelding)\b|\bautomatisch (?:abgemeldet|ausgeloggt|uitgelogd|afgemeld)\b|\bdéconnexion automatique\b|\bautomatiquement déconnectée?s?\b/i;

/**
 * Permissions by role without the word "role-based": "multiple user access levels", "role assignment", "permission
 * profiles", "only organization owners and administrators can post".
 */
const RBAC_WORDS = /\b(?:multiple|different|several|granular|configurable|custom|user) (?:user )?(?:access|permission|privilege) levels\b|\brole assignments?\b|\bassign(?:s|ing)? (?:users? )?roles\b|\bpermission profiles\b|\bonly (?:the )?(?:(?:organi[sz]ation|workspace|account|team|project|space) )?(?:owners?|admins?|administrators?)(?: (?:and|or) (?:owners?|admins?|administrators?))? (?:can|may|are (?:able|allowed) to)\b/i;

export const identity: ControlPatterns[] = [
  {
    control: 'mfa',
    mentions: [MFA_WORDS],
    topic: MFA_WORDS,
    excludes: [STAFF_CONTEXT],
    topicExcludes: STAFF_SECTION,
    attributes: (text) => {
      const out: Record<string, unknown> = {};
      const methods: string[] = [];
      if (/\bTOTP\b|\bauthenticator apps?\b|\btime-based one-time\b|\bGoogle Authenticator\b|\bAuthy\b/i.test(text)) methods.push('totp');
      if (/\bWebAuthn\b|\bpasskeys?\b|\bFIDO2?\b|\b(?:hardware )?security keys?\b|\bYubi[Kk]eys?\b|\bTouch ID\b/i.test(text)) methods.push('webauthn');
      if (/\bSMS\b|\btext messages?\b/i.test(text)) methods.push('sms');
      if (EMAIL_FACTOR.test(text)) methods.push('email');
      if (methods.length) out.methods = methods;
      const canRequire = /\b(?:admin(?:istrator)?s?|owners?|you)\b[^.;]{0,40}\b(?:can|may|to|able to)\s+(?:require|enforce|mandate)\b/i.test(text);
      if (!canRequire && /\b(?:cannot|can['’]t|can not|no way to|unable to|not possible to)\s+(?:be\s+)?(?:enforced?|required?|mandated?)\b/i.test(text)) out.enforceable = false;
      else if (/\b(?:admin(?:istrator)?s?|owners?|you)\b[^.;]{0,40}\b(?:can|may|to|able to)\s+(?:require|enforce|mandate)\b|\benforce(?:d|able|ment)?\b|\b(?:required|mandatory) for (?:all|every)\b/i.test(text)) out.enforceable = true;
      return out;
    },
  },
  {
    control: 'sso',
    mentions: [SSO_WORDS],
    topic: SSO_WORDS,
    excludes: [STAFF_CONTEXT],
    topicExcludes: STAFF_SECTION,
    attributes: (text) => {
      const protocols: string[] = [];
      if (/\bSAML\b/i.test(text)) protocols.push('saml');
      if (/\bOIDC\b|\bOpenID Connect\b/i.test(text)) protocols.push('oidc');
      return protocols.length ? { protocols } : {};
    },
  },
  { control: 'scim', mentions: [/\bSCIM\b|\bautomated (?:user )?provisioning\b|\b(?:user )?(?:de)?provisioning\b[^.;]{0,30}\b(?:Okta|Azure AD|Entra)\b/i], topic: /\bSCIM\b|\bprovisioning\b/i },
  {
    control: 'rbac',
    topicExcludes: STAFF_SECTION,
    mentions: [/\brole[- ]based\b|\bRBAC\b|\broles? and permissions\b|\b(?:user|custom|granular|workspace) roles\b|\bpermission (?:levels|sets)\b|\broles?\b[^.;]{0,30}\b(?:owner|admin\w*|member|viewer|editor|manager)\b|\b(?:two|three|four|five|six|seven|several|predefined|built-in|default|custom) roles\b|\b(?:admin\w*|owner|member|viewer|editor|manager)\b[^.;]{0,60}\broles\b|^(?:user )?roles(?: (?:and|&) permissions)?\b/i, RBAC_WORDS],
    topic: /\broles? (?:and|&) permissions\b|\bpermissions\b|\brole-based\b|\b(?:user|access|workspace|team|custom) roles\b/i,
    attributes: (text) => {
      const roles = roleListIn(text);
      return roles.length ? { roles } : {};
    },
  },
  // the vendor's own addresses that customers add to their firewall are no allowlisting of theirs (catalog)
  { control: 'ip_allowlisting', excludes: [STAFF_CONTEXT, /\b\d{1,3}(?:\.\d{1,3}){3}\b(?!\/)|\b(?:our|the vendor's) (?:static |egress |outbound |public )?IP(?: address(?:es)?)?\b/i], mentions: [/\bIP (?:allow|white)[- ]?list(?:s|ing)?\b|\b(?:allow|white)[- ]?list(?:ed)? IP\b|\brestrict access to (?:specific )?[^.;]{0,40}\bIP (?:address(?:es)? )?(?:ranges?|addresses|blocks|CIDRs?)\b|\bIP (?:range )?restrictions?\b|\brestrict(?:ed|ing)? by IP\b/i] },
  { control: 'rate_limiting', mentions: [/\brate[- ]limit(?:s|ed|ing)?\b|\bbrute[- ]force (?:protection|detection|mitigation)\b|\bthrottl(?:e|ed|ing)\b|\baccount lockout\b|\block(?:ed)? out after\b|\b(?:user|account|login) lock(?:out|ed|ing)\b|\block(?:s|ed)?\b[^.;]{0,30}\bafter (?:\w+ ){0,2}(?:consecutive |repeated |several |multiple )?fail(?:ed|ure|ing)? (?:\w+ )?attempts\b|\b(?:consecutive|repeated|multiple) (?:failed|unsuccessful) (?:login |sign-in )?attempts\b[^.;]{0,40}\b(?:lock\w*|block\w*|suspend\w*)/i] },
  {
    control: 'session_security',
    mentions: [/\bsessions?\b[^.;]{0,60}\b(?:expire|expiry|timeout|time out|invalidat\w*|revok\w*|httpOnly)\b/i, /\b(?:idle|inactivity|session) time-?outs?\b/i, AUTO_LOGOUT, /\b(?:httpOnly|SameSite|Secure) cookies?\b|\bcookies?\b[^.;]{0,40}\b(?:httpOnly|SameSite|Secure flag)\b/i, /\bidle sessions?\b/i],
    topic: /\bsessions?\b/i,
    attributes: (text) => {
      const m = /\b(\d+)\s*(minutes?|mins?|minuten|hours?|stunden|heures?|uur)\b[^.;]{0,30}\b(?:idle|inactiv|inaktiv)|\b(?:idle|inactiv\w*|inaktiv\w*|log(?:ged|s)?[- ]?(?:out|off))\b[^.;]{0,40}?\b(\d+)\s*(minutes?|mins?|minuten|hours?|stunden|heures?|uur)\b/i.exec(text);
      if (!m) return {};
      const n = Number(m[1] ?? m[3]);
      const unit = (m[2] ?? m[4])!;
      return { idle_timeout_minutes: /^(?:h|stunden|uur)/i.test(unit) ? n * 60 : n };
    },
  },
];
