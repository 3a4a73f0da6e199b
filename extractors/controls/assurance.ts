import { boundDuration } from '../language/binding.ts';
import { isNegated } from '../language/negation.ts';
import { providerListIn, withoutLegalSuffix } from '../language/lists.ts';
import type { ControlPatterns } from './types.ts';

/** Certifications and attestations, and how a vendor lets others check them. */

const SOC2 = /\bSOC\s?[-–]?\s?2\b|\bSOC\s?II\b|\bService Organi[sz]ation Control 2\b/i;

export const certifications: ControlPatterns[] = [
  {
    control: 'soc2',
    scopedToClause: true,
    mentions: [SOC2],
    topic: SOC2,
    // "both our SOC 2 Type 1 and Type 2 reports": the stronger report held (the caller reads only the claim's own clause)
    attributes: (text) => {
      const types = [...text.slice(Math.max(0, text.search(SOC2))).matchAll(/\bType\s?(II|2|I|1)\b/gi)].map((m) => (/II|2/.test(m[1]!) ? 2 : 1));
      return types.length ? { report_type: Math.max(...types) } : {};
    },
  },
  { control: 'iso27001', mentions: [/\bISO(?:\/IEC)?\s?27001\b/i], topic: /\bISO(?:\/IEC)?\s?27001\b/i },
  { control: 'iso27701', mentions: [/\bISO(?:\/IEC)?\s?27701\b/i], topic: /\bISO(?:\/IEC)?\s?27701\b/i },
  {
    control: 'pci_dss',
    mentions: [/\bPCI[\s-]?DSS\b|\bPCI(?:[\s-]compliant| compliance| Level)\b/i],
    topic: /\bPCI\b/i,
    attributes: (text) => {
      const level = /\bLevel\s?([1-4])\b/i.exec(text);
      return level ? { level: Number(level[1]) } : {};
    },
  },
  {
    control: 'hipaa',
    mentions: [/\bHIPAA\b/i, /\bBusiness Associate Agreements?\b|\bBAAs?\b/],
    topic: /\bHIPAA\b/i,
    attributes: (text) => {
      const baa = /\bBusiness Associate Agreements?\b|\bBAAs?\b/.exec(text);
      if (!baa) return {};
      return { baa: !isNegated(text, baa.index, baa.index + baa[0].length) };
    },
  },
  {
    control: 'gdpr',
    mentions: [/\bGDPR\b|\bGeneral Data Protection Regulation\b/i],
    topic: /\bGDPR\b/i,
  },
];

// "engage external testing firms to assess our software security": outside testers of the vendor's own security
const PENTEST = /\bpen(?:etration)?[\s-]?test(?:s|ing|ed)?\b|\bpentest(?:s|ing|ed)?\b|\bred[- ]team(?:ing)?\b|\b(?:external|third[- ]party|independent|outside) (?:security )?(?:testers|(?:testing|test) (?:firms?|compan(?:y|ies)|teams?|partners?|vendors?))\b[^.;]{0,40}\b(?:assess|test|evaluate|probe|attack)\w*\b[^.;]{0,20}\b(?:security|applications?|platform|networks?|infrastructure|systems?|products?|services?|APIs?|vulnerabilit\w*)\b/i;

export const testing: ControlPatterns[] = [
  {
    control: 'pentest',
    mentions: [PENTEST],
    topic: PENTEST,
    excludes: [/\b(?:do not|don't|never) (?:perform|conduct|run) (?:automated )?(?:scans|tests) against\b/i, /\b(?:customers|you) (?:may|can|must) (?:not )?(?:perform|conduct|run)\b/i],
    attributes: (text) => {
      if (/\b(?:continuous(?:ly)?|ongoing)\b/i.test(text)) return { frequency: 'continuous' };
      if (/\bquarterly\b|\bevery (?:quarter|three months)\b/i.test(text)) return { frequency: 'quarterly' };
      if (/\b(?:bi-?annual(?:ly)?|semi-?annual(?:ly)?|twice (?:a|per|each) year|every six months)\b/i.test(text)) return { frequency: 'biannual' };
      if (/\b(?:annual(?:ly)?|yearly|every year|once (?:a|per|each) year|each year)\b/i.test(text)) return { frequency: 'annual' };
      return {};
    },
  },
  {
    control: 'bug_bounty',
    addressedToReader: true,
    mentions: [/\bbug[\s-]?bount(?:y|ies)\b|\b(?:HackerOne|Bugcrowd|Intigriti|YesWeHack|Immunefi)\b/i],
    topic: /\bbug[\s-]?bount/i,
    attributes: (text) => {
      const platform = /\b(HackerOne|Bugcrowd|Intigriti|YesWeHack|Immunefi|Synack|Open Bug Bounty)\b/i.exec(text);
      return platform ? { platform: platform[1]! } : {};
    },
  },
  {
    control: 'vulnerability_disclosure',
    addressedToReader: true,
    mentions: [
      /\b(?:report(?:ing)?|disclos(?:e|ing|ure)|submit(?:ting)?)\b[^.;]{0,40}\b(?:security )?(?:vulnerabilit(?:y|ies)|security (?:issues?|flaws?|bugs?|concerns?))\b/i,
      /\b(?:vulnerabilit(?:y|ies)|security (?:issues?|bugs?))\b[^.;]{0,30}\breport(?:s|ed|ing)?\b/i,
      /\bresponsible disclosure\b|\bcoordinated (?:vulnerability )?disclosure\b|\bvulnerability disclosure\b|\bsecurity researchers?\b|\bresearchers?\b[^.;]{0,40}\breport\b|\breports?\b[^.;]{0,40}\bsecurity@[\w-]+\.|\b(?:e-?mail|contact|write to|reach)\b[^.;]{0,20}\bsecurity@[\w-]+\.[a-z]|\bsecurity@[\w-]+\.[\w.]+\b[^.;]{0,40}\breport/i,
    ],
    polar: [/\b(?:we )?(?:do not|don't|will not|won't|never) (?:pursue|take|initiate|bring|recommend|file)(?: or \w+)? legal action\b/i],
    topic: /\b(?:vulnerabilit(?:y|ies)|responsible disclosure|disclosure|report(?:ing)?\b|security (?:issue|researchers?|contact)|safe harbou?r)/i,
    inTopic: [/\backnowledge (?:receipt|your report|reports?|submissions?)\b/i, /\breproduc(?:e|tion)\b/i],
    excludes: [/\bpublic bug reports?\b(?![^.]*\breport it)/i],
    attributes: (text) => {
      const out: Record<string, unknown> = {};
      const ack = boundDuration(text, /acknowledg\w*(?: (?:receipt|your report|reports?|submissions?))?|respond\w*|repl(?:y|ies)|get back|confirm\w*/i, 60);
      if (ack) out.ack_business_days = ack.businessDays ? ack.days : Math.max(1, Math.round(ack.days));
      if (/\b(?:do not|don't|will not|won't|never) (?:pursue|take|initiate|bring|recommend|file)(?: or \w+)? legal action\b|\bsafe harbou?r\b|\bgood[- ]faith\b[^.]{0,60}\b(?:not|won't|no) (?:pursue|take|sue|legal)/i.test(text)) out.safe_harbor = true;
      const email = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/.exec(text);
      if (email) out.contact = email[0];
      return out;
    },
  },
  {
    control: 'security_txt',
    addressedToReader: true,
    mentions: [/\bsecurity\.txt\b|\/\.well-known\/security\b|\bRFC ?9116\b/i],
    attributes: (text) => {
      const url = /\b(?:https?:\/\/)?[\w.-]*\/?\.well-known\/security\.txt\b/i.exec(text);
      return url ? { url: url[0] } : {};
    },
  },
];

/** A DPA, and its German, French and Dutch names (Auftragsverarbeitungsvertrag, accord de traitement des données, verwerkersovereenkomst). */
const DPA = /\b(?:DPA|Data Process(?:ing|or) (?:Agreement|Addendum))s?\b|\bAuftragsverarbeitungs(?:vertrag|vereinbarung)\w*|\bAVV\b|\b(?:accord|contrat) de (?:traitement|sous-traitance) (?:des données)?|\bverwerkersovereenkomst\w*/i;
const SUBPROCESSORS = /\bsub-?processors?\b|\bthird[- ]party (?:service )?providers? we use\b/i;

export const agreements: ControlPatterns[] = [
  { control: 'dpa', mentions: [DPA], topic: DPA },
  {
    control: 'subprocessors',
    mentions: [/\b(?:list|lists|listing)\s+of\s+(?:(?:our|approved|current|all)\s+)*sub-?processors?\b/i, /\bsub-?processors?\b[^.;]{0,60}\b(?:list(?:ed)?|available|published|page|at https?:)/i, SUBPROCESSORS],
    topic: /\bsub-?processors?\b/i,
    inTopic: [/\bwe (?:work with|use|rely on) the following\b/i, /\bfollowing (?:providers|vendors|third parties)\b/i, /^/],
    attributes: (text, unit) => {
      // a row of a sub-processor table names one provider in its first cell
      if (unit.block.kind === 'table_row' && unit.evidence === unit.block.text && unit.block.cells?.[0]?.text) return { providers: [withoutLegalSuffix(unit.block.cells[0].text)] };
      const providers = providerListIn(text);
      return providers.length ? { providers } : {};
    },
  },
];
