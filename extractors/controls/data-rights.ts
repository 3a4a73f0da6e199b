import { boundDuration } from '../language/binding.ts';
import { defaultRegionsIn, REGION_MENTION } from '../language/regions.ts';
import type { ControlPatterns } from './types.ts';

/** Where data lives, who runs it, getting it out and deleting it, and AI training. */

const RESIDENCY = /\b(?:(?:stored|hosted|processed|located|resides?|lives?|kept|housed|held)\s+(?:and\s+\w+\s+)?(?:exclusively\s+|only\s+|solely\s+|entirely\s+)?(?:in|within|on)\b|data (?:residency|locality|location|cent(?:er|re)s?) (?:in|options?)|(?:region|regions)\b|(?:runs|run|hosting|hosted|infrastructure)\b[^.;]{0,50}\bin the\b|(?<=\w)-based\b|self-hosted on|\b(?:data|hosted|hosting|servers?|infrastructure|databases?|launched|deployed)\b[^.;]{0,80}\bin the (?:US|EU|UK|EEA|United States|European Union|United Kingdom)\b)/i;

/** "Core staff are located in the US", "our offices are in Berlin", "third-party processors are US-based". */
const STAFF_OR_PROCESSOR_LOCATION = /\b(?:staff|employees|team members?|personnel|engineers|workforce|people|offices?|headquarter(?:s|ed)|HQ|third[- ]party (?:data )?(?:processors?|providers?|vendors?|services?)|sub-?processors?|vendors|partners|contractors)\b(?:\s+\w+){0,8}?\s+(?:are|is|were)\s+(?:also\s+|all\s+|primarily\s+|mainly\s+)?(?:located|based|situated|headquartered|in\b|(?:\w+\s+){0,4}?[\w.]+-based)/i;

/**
 * Deletion said without naming whose data: "data is cryptographically purged", "soft-deleted entities are
 * hard-deleted after a 30-day grace window", "delete requests", and the German, French and Dutch words.
 */
const DELETION_WORDING: RegExp[] = [
  /\b(?:data|records|content|files|entities|workspaces?|projects?|accounts?)\b (?:is|are|will be|gets?) (?:\w+ly )?(?:deleted|purged|erased|destroyed|wiped|hard[- ]deleted)\b(?! (?:by (?:the |a )?(?:user|you|customer)))/i,
  /\bhard[- ]delet(?:e|ed|es|ion)\b|\b(?:cryptographic(?:ally)?|secure(?:ly)?|permanent(?:ly)?) (?:purg|eras|delet|destr|wip)\w*\b|\bdelet(?:e|ion) requests?\b/i,
  /\b(?:Daten|données|gegevens)\b[^.;]{0,40}\b(?:gelöscht|supprimées?|effacées?|verwijderd|vernietigd)|\b(?:Löschung|suppression|effacement|verwijdering) (?:der|Ihrer|von|des|de vos|de|van (?:de|uw)) (?:\w+ )?(?:Daten|données|gegevens)\b/i,
];

export const dataRights: ControlPatterns[] = [
  {
    control: 'data_residency',
    mentions: [RESIDENCY],
    topic: /\b(?:region|location|where (?:your )?data (?:lives|is stored)|data residency|hosting|data cent(?:er|re))/i,
    inTopic: [REGION_MENTION],
    requires: REGION_MENTION,
    // where the people or the offices are, or where a sub-processor works, is not where the data is hosted
    excludes: [/\bdata subjects?\b/i, STAFF_OR_PROCESSOR_LOCATION],
    // catalog: hosting, not the sub-processors' processing (a sub-processor table's "Data location" column)
    topicExcludes: /\bsub-?processors?\b|\bthird[- ]party (?:service )?providers\b/i,
    attributes: (text) => {
      const regions = defaultRegionsIn(text);
      return regions.length ? { regions } : {};
    },
  },
  {
    control: 'self_hosting',
    mentions: [/\bself[- ]host(?:ed|ing|able)?\b|\bon[- ]prem(?:ise|ises)?\b|\bdeploy\w* (?:it )?(?:in|on|to) your own\b|\bruns? (?:entirely )?(?:in|on) your own (?:infrastructure|servers?|cloud|VPC|hosts?)\b/i],
  },
  {
    control: 'data_export',
    mentions: [/\bexport(?:s|ed|ing)?\b[^.;]{0,60}\b(?:data|records?|clients?|contacts?|workflows?|invoices?|content|everything|requests?|formats?|CSV|JSON|XLSX)\b/i, /\b(?:data )?(?<!Insurance )portability\b|\bexport (?:or|and) deletion\b|\bdata exports?\b|\bexport(?:s|ing)? (?:of )?(?:your|the|an?|their) (?:entire |whole |full )?(?:organi[sz]ation|workspace|account|team|tenant)\b/i],
    topic: /\bexport\b|\bportability\b/i,
    excludes: [/\bexport controls?\b|\bexport (?:laws?|regulations?|restrictions?|sanctions?)\b/i],
    attributes: (text) => {
      const out: Record<string, unknown> = {};
      const sla = boundDuration(text, /within|completed|fulfilled|processed|SLA|export\w*/i, 70);
      if (sla && /\bexport/i.test(text)) out.sla_days = Math.round(sla.days);
      const named = [...new Set((text.match(/\b(?:CSV|XLSX|JSON|XML|PDF|Parquet|SQL|ZIP|Excel)\b/g) ?? []).map((f) => f.toUpperCase()))];
      // a ZIP is the box, not the format: "a ZIP archive containing JSON files" exports JSON
      const formats = named.length > 1 ? named.filter((f) => f !== 'ZIP') : named;
      if (formats.length) out.formats = formats;
      return out;
    },
  },
  {
    control: 'data_deletion',
    mentions: [
      /\b(?:delet\w*|purg\w*|eras\w*|destr\w*)\b[^.;]{0,40}\b(?:(?:your|customer|personal|all|user|workspace|tenant)\s+(?:data|content|information)|account data)\b/i,
      /\b(?:customer|your|personal|user|workspace|tenant)\s+(?:data|content|information)\b[^.;]{0,60}\b(?:deleted|purged|erased|destroyed)\b/i,
      /\b(?:data )?(?:deletion|erasure) (?:requests?|policy|SLA)\b|\b(?:export|access) (?:or|and) deletion requests?\b|\bright to (?:erasure|be forgotten)\b/i,
      /\b(?:deleted|purged|erased|destroyed)\b[^.;]{0,40}\b(?:upon|after|following|at|on|of) (?:the )?(?:termination|cancell?ation|account closure|end of (?:the|your) (?:contract|subscription))\b/i,
      /\b(?:deleted|purged|erased|removed|wiped)\b[^.;]{0,20}\bfrom (?:our|all(?: of our)?) (?:systems|servers|databases|infrastructure|backups)\b/i,
      ...DELETION_WORDING,
    ],
    topic: /\bdata deletion\b|\berasure\b/i,
    attributes: (text) => {
      const sla = boundDuration(text, /within|completed|fulfilled|processed|deleted|purged|erased|after|SLA/i, 70);
      return sla ? { sla_days: Math.round(sla.days) } : {};
    },
  },
  {
    control: 'no_ai_training',
    mentions: [],
    polar: [
      /\b(?:not|never|no)\b[^.;]{0,40}\b(?:us(?:e|es|ed|ing)|utili[sz]\w*)\b[^.;]{0,60}\bto (?:train|improve|fine[- ]tune)\b[^.;]{0,40}\b(?:AI|models?|LLMs?|machine learning)\b/i,
      /\b(?:do not|don't|does not|doesn't|never|will not|won't)\s+(?:us(?:e|es)|train|share)\b[^.;]{0,60}\b(?:train\w*|models?)\b/i,
      /\b(?:barred|prohibited|forbidden|restricted|not permitted|not allowed)\s+(?:from\s+)?(?:training|using|to (?:train|use))\b[^.;]{0,40}\b(?:your|customer)\b/i,
      /\bno (?:AI |model )?training on (?:your|customer)\b|\bzero data retention\b/i,
    ],
    attributes: (text) => {
      // "our own models or any third-party models" is every model; "public models" alone is not
      if (/\b(?:own|our|any|all)\b[^.;]{0,25}\bmodels?\b/i.test(text)) return { scope: 'all_models' };
      if (/\bpublic (?:AI )?models?\b|\bthird[- ]party (?:AI )?models?\b|\bfoundation models?\b/i.test(text)) return { scope: 'public_models' };
      return /\bmodels?\b/i.test(text) ? { scope: 'all_models' } : {};
    },
  },
];
