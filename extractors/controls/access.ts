import { boundDuration } from '../language/binding.ts';
import { MFA_WORDS, SSO_WORDS, STAFF_SECTION } from './identity.ts';
import type { ControlPatterns } from './types.ts';

/** Keeping customers apart, logging, and the vendor's own people. */

const TENANT = String.raw`(?:tenants?|workspaces?|organi[sz]ations?|accounts?|customers?|firms?|merchants?|clients?|teams?)`;

/** The vendor's own people, as pages name them. */
const STAFF = String.raw`(?:employees?|staff|personnel|engineers?|operators?|team members|people|(?:operations|ops|support|engineering|security|infrastructure|SRE|on-call) (?:team|staff|engineers?)|contractors)`;
/** What staff access means: production, servers, internal systems, customer data. */
const PRODUCTION = String.raw`(?:(?:the )?production(?: (?:systems?|servers?|environments?|infrastructure|databases?|data|networks?))?|(?:our |the )?(?:servers|infrastructure|(?:internal|backend) (?:systems?|applications|tools|services)|(?:sensitive )?(?:customer|user|client) data|the (?:system|database|virtual machines?)))`;

export const access: ControlPatterns[] = [
  {
    control: 'tenant_isolation',
    mentions: [
      /\b(?:tenant|workspace|customer|data|organi[sz]ation)[- ](?:isolation|separation|segregation|scop(?:ed|ing))\b|\bcross[- ](?:tenant|workspace|customer|account)\b|\bmulti[- ]tenant isolation\b/i,
      new RegExp(String.raw`\b(?:logically|strictly|physically|fully) (?:isolated|separated|segregated)\b|\bisolated (?:per|by|between) ${TENANT}\b|\b(?:filters?|scoped|partitioned|keyed) by (?:the )?(?:active )?${TENANT}\b|\b${TENANT}[- ]scoped\b|\bbelongs? to exactly one ${TENANT}\b`, 'i'),
      /\b(?:stored|kept|held) in (?:its|their) own (?:\w+ ){0,2}(?:namespace|schema|database|partition|bucket|index|tenant)s?\b/i,
      new RegExp(String.raw`\b(?:matches|checks|enforces?) (?:the )?(?:\w+)?${TENANT}(?:Id|_id| id)\b|\bresolves an? (?:active )?${TENANT}\b`, 'i'),
      // "Isolation of data per organization", "row-level security ensures users can only access their own data"
      new RegExp(String.raw`\bisolation of (?:\w+ )?data (?:per|by|between) ${TENANT}\b|\brow[- ]level security\b|\b(?:users|${TENANT}) (?:can )?only (?:access|see|read) their own (?:data|records|content|documents)\b`, 'i'),
      // French and German: "instances dédiées avec isolation réseau … entre clients", "Mandantentrennung"
      /\bfuite de données entre (?:clients|locataires)\b|\bisolation (?:des données|des clients|entre (?:clients|locataires))\b|\bMandanten(?:trennung|fähig\w*|getrennt\w*)|\b(?:logisch|strikt|physisch) getrennt\b/i,
    ],
    polar: [new RegExp(String.raw`\b(?:never|not|cannot|can't)\b[^.;]{0,30}\b(?:shared|accessible|visible|access(?:ed)?|reach|leak)\w*\b[^.;]{0,30}\b(?:across|between|to|by) (?:other |different )?${TENANT}\b`, 'i'), /\bcannot access data belonging to other\b/i],
    topic: /\b(?:tenant|workspace|multi-tenant) isolation\b|\btenancy\b/i,
    attributes: (text) => {
      const masked = text.replace(/\b(?:not (?:rely )?(?:solely|only|just)|not just|rather than)\b[^.;—]*/gi, '');
      if (/\b(?:data(?: model)?|storage)[- ]layer\b/i.test(masked)) return { layer: 'data' };
      if (/\b(?:database|row)[- ](?:level|layer)\b|\brow[- ]level security\b|\bseparate databases?\b|\bschema per\b|\b(?:its|their) own (?:\w+ )?(?:database|schema)s?\b|\b(?:separate|dedicated) (?:\w+ )?(?:schema|database)s?\b/i.test(masked)) return { layer: 'database' };
      if (/\b(?:infrastructure|network|VPC|container|VM|hardware)[- ](?:level|layer)\b|\bdedicated (?:infrastructure|instances?|clusters?)\b|\binstances dédiées\b|\bisolation réseau\b/i.test(masked)) return { layer: 'infrastructure' };
      if (/\b(?:application|software)[- ](?:level|layer)\b|\bcode level\b/i.test(masked)) return { layer: 'application' };
      return {};
    },
  },
  {
    control: 'audit_logging',
    mentions: [/\b(?:transcript|session)[- ]level audit trails?\b|\b(?:sessions?|logins?|remote (?:access|management))\b[^.;]{0,40}\b(?:fully|centrally) audited\b(?![^.;]{0,30}\b(?:by|annually|every|yearly|external|independent)\b)|\baudit (?:logs?|logging)\b|\b(?:access|activity|audit|login|sign-in) history\b|\baudit trails?\b[^.;]{0,50}\b(?:actions?|access|changes?|events?|activit\w*|users?|admins?|logins?|security|who|viewed|downloaded|accessed|changed|edited|deleted|exported|shared)\b|\baccess logs?\b|\bactivity logs?\b|\b(?:actions?|access|events?|changes?|logins?|sign-ins?)\b[^.;]{0,60}\b(?:are |is )?(?:logged|recorded)\b|\b(?:audit|access|activity|security|event|login|sign-in) (?:logs?|events?|records?|history)\b[^.;]{0,30}\b(?:are |is )?(?:kept|retained|stored|available)\b|\blog (?:entries|records)\b[^.;]{0,30}\b(?:are |is )?(?:kept|retained|stored)\b|\baudit[- ]logged\b|\baccesses\b[^.;]{0,30}\b(?:are |is )?(?:logged|recorded)\b/i],
    topic: /\baudit (?:log|trail)|\blogging\b/i,
    excludes: [/\b(?:error|application|debug|server) logs?\b(?![^.;]*\baudit)/i, /\b(?:never|not) (?:be )?logged\b/i],
    attributes: (text) => {
      const out: Record<string, unknown> = {};
      const d = boundDuration(text, /retention|retained|retain(?:s|ed)?|kept|keep(?:s)?|stored|held|preserved|history/i);
      if (d && d.days >= 1) out.retention_days = Math.round(d.days);
      if (/\b(?:admins?|administrators?|owners?|customers?|you)\b[^.;]{0,40}\b(?:can |may )?(?:view|see|access|export|search|download|review)\b|\bvisible to\b|\b(?:viewer|dashboard|UI|console)\b|\b(?:viewable|searchable|exportable|visible|accessible|available|downloadable)\b[^.;]{0,40}\b(?:by|to|for) (?:(?:workspace|org(?:ani[sz]ation)?|account|customer|your)\s+)?(?:admins?|administrators?|owners?|customers?|you|users)\b/i.test(text)) out.customer_visible = true;
      return out;
    },
  },
  {
    control: 'employee_access',
    // only its SSO, 2FA and roles: the section's other sentences ("all employees complete background checks") are not access
    inTopicSection: STAFF_SECTION,
    // in a section about staff access (or after a sentence about it), its SSO, 2FA, roles and key-based logins are staff controls
    inTopic: [MFA_WORDS, SSO_WORDS, /\brole[- ]based\b|\bRBAC\b|\bdefault[- ]deny\b/i],
    polar: [
      new RegExp(String.raw`\b(?:staff|employees|engineers|personnel|team members|operators|support (?:staff|team|engineers))\b[^.;]{0,20}\b(?:do not|don't|cannot|can't|never|will not|won't)\s+(?:read|access|view|see|look at)\b[^.;]{0,20}\b(?:your|customer)\b`, 'i'),
      // "No SonarSource employee has access to the system except the Operations team"
      new RegExp(String.raw`\bno (?:\w+ ){0,2}${STAFF}\b[^.;]{0,10}\b(?:has|have|gets?|is given|are given)\s+(?:\w+\s+)?access to ${PRODUCTION}`, 'i'),
    ],
    excludes: [
      /\b(?:your|customers?'|the customer's|client's)\s+(?:own\s+)?(?:employees|staff|team(?: members)?|users|personnel|engineers)\b/i,
      /\b(?:you will|you'll|responsibilit(?:y|ies)|responsible for|we are looking for|the (?:ideal )?candidate|requirements?:|qualifications)\b/i,
    ],
    mentions: [
      /\b(?:production|internal|employee|staff|personnel|engineering|operator|admin(?:istrative)?|server administrator|privileged|remote|root)\b[^.;]{0,20}\baccess\b[^.;]{0,80}\b(?:restricted|limited|least[- ]privilege|need[- ]to[- ]know|required|granted|reviewed|approved|minimum|regulated|controlled|audited|logged|gated)\b/i,
      /\b(?:engineers?|employees?|staff|personnel|contractors)\b[^.;]{0,40}\b(?:need|require|must use|use)\b[^.;]{0,30}\b(?:SSO|MFA|2FA|multi-factor|two-factor|hardware keys?|VPN)\b|\b(?:SSO|MFA|2FA|multi-factor|two-factor)\b[^.;]{0,40}\b(?:for|to access|when accessing)\s+(?:all\s+)?(?:production|internal (?:systems|tools)|admin(?:istrative)? (?:access|tools|consoles?)|(?:employee|staff) (?:access|accounts))\b/i,
      new RegExp(String.raw`\baccess to (?:all |our )?${PRODUCTION}\b[^.;]{0,60}\b(?:restricted|limited|granted|requires?|approved|reviewed|logged|audited|through|via|gated)\b`, 'i'),
      /\bleast[- ]privilege\b|\bneed[- ]to[- ]know\b|\baccess reviews?\b|\bprivileged access\b|\bjust[- ]in[- ]time access\b/i,
      // "We restrict access to production systems to the small team …", "we regularly audit access to internal systems"
      new RegExp(String.raw`\b(?:restrict|limit|audit|review|log|monitor)(?:s|ed|ing)? (?:all |any )?(?:\w+ )?access to ${PRODUCTION}\b`, 'i'),
      // "Only a small handful of people have access to production servers", "only authorised staff can access customer data"
      new RegExp(String.raw`\bonly\b[^.;]{0,60}\b(?:have|has|get|gets|are granted|is granted|with)\s+(?:\w+\s+)?access to ${PRODUCTION}\b|\b(?:only|authori[sz]ed|select(?:ed)?|designated)\s+(?:\w+\s+){0,2}${STAFF}\b[^.;]{0,30}\b(?:have|has|can|may|are (?:allowed|permitted) to)\s+(?:\w+\s+)?access\b`, 'i'),
      // "The Operations team has access to the system through secured channels (SSH) only", "administrator access is via SSH using key-pair authentication"
      new RegExp(String.raw`\b(?:${STAFF}|administrator|admin|server|remote|root|privileged)\b[^.;]{0,30}\b(?:access|log(?:s|ged)? in|logins?)\b[^.;]{0,40}\b(?:via|through|over|using|requires?)\b[^.;]{0,30}\b(?:SSH|VPN|bastion|jump (?:host|box)|key[- ]pairs?|secure[d]? channels|(?:hardware|security) keys)\b`, 'i'),
      // "Access grants are reviewed quarterly"
      /\baccess (?:grants?|rights|privileges) (?:are |is )?(?:reviewed|audited|recertified|revoked)\b/i,
    ],
    attributes: (text) => {
      const out: Record<string, unknown> = {};
      if (MFA_WORDS.test(text)) out.mfa_required = true;
      if (SSO_WORDS.test(text)) out.sso_required = true;
      return out;
    },
  },
  { control: 'background_checks', mentions: [/\bbackground (?:checks?|screening|investigations?)\b|\bcriminal (?:record|background) checks?\b|\bpre-employment screening\b/i] },
  {
    control: 'security_training',
    excludes: [/\b(?:for|to) (?:your|customers'?|our customers'?)\s+(?:end[- ])?(?:users|employees|teams?|staff)\b|\b(?:offers?|sells?) (?:free )?(?:security )?(?:awareness )?training\b/i],
    mentions: [
      /\bsecurity (?:awareness )?training\b|\b(?:privacy|phishing) (?:awareness )?training\b|\btrained (?:on|in) (?:security|privacy|data protection)\b|\bsecurity awareness\b/i,
      // "The operations team has mandatory recurring training regarding the applicable policies", "all staff complete annual training"
      new RegExp(String.raw`\b${STAFF}\b[^.;]{0,40}\b(?:undergo(?:es)?|receives?|completes?|attends?|has|have|gets?|participates? in|takes?)\b[^.;]{0,30}\btraining\b|\b(?:mandatory|recurring|regular|annual|periodic|compulsory|yearly)\b[^.;]{0,20}\btraining\b[^.;]{0,40}\b(?:polic(?:y|ies)|security|privacy|data protection|confidentiality)\b`, 'i'),
      // German, French, Dutch: "Datenschutzschulungen", "Schulungen der Mitarbeiter", "sensibilisation à la sécurité", "beveiligingstraining"
      /\b(?:Datenschutz|Sicherheits|Awareness)[- ]?schulung\w*|\bSchulung\w* (?:der|aller|unserer) (?:Mitarbeite\w*|Beschäftigten)|\bformations? (?:à la |en |de )?(?:sécurité|protection des données|cybersécurité)|\bsensibilisation (?:à la |de nos |des )?(?:sécurité|collaborateurs|employés|cybersécurité)|\b(?:beveiligings|security|privacy)[- ]?(?:training|bewustzijnstraining)\w*\b/i,
    ],
    attributes: (text) => {
      const f = /\b(annual(?:ly)?|yearly|every year|each year|once a year|quarterly|every quarter|monthly|every month)\b/i.exec(text) ?? /\b(upon hire|at onboarding|on hire)\b/i.exec(text);
      if (!f) return {};
      const word = f[1]!.toLowerCase().replace(/^(?:every|each|once a) year$/, 'annual').replace(/^every quarter$/, 'quarterly').replace(/^every month$/, 'monthly');
      return { frequency: /^annual|yearly/.test(word) ? 'annual' : /hire|onboarding/.test(word) ? 'onboarding' : word };
    },
  },
];
