import type { Qualifier } from '../schema/index.ts';

/** Weak wording a buyer must see, as data: each pattern adds its qualifier to a claim. */
export const HEDGES: { qualifier: Qualifier; pattern: RegExp }[] = [
  { qualifier: 'target', pattern: /\btarget(?:s|ed)?\b|\baims? (?:to|for)\b|\bgoals?\b|\bbest[- ]effort\b|\bstrives? to\b/i },
  { qualifier: 'where_feasible', pattern: /\b(?:where|when|if|as) (?:feasible|possible|practical|practicable|appropriate|applicable|supported|required by law|reasonably possible)\b|\bto the extent (?:possible|practicable|feasible|required)\b|\bwhere required\b/i },
  { qualifier: 'may', pattern: /\b(?:might|could)\b|(?<!\b(?:in|of|since|on|from|until|by)\s)\bmay\b(?!\s+(?:\d|20\d\d))|\bcan be (?:made )?available\b/i },
  { qualifier: 'on_request', pattern: /\b(?:on|upon|by) (?:written |customer |reasonable )?request\b|\bunder (?:an? )?(?:NDA|non-disclosure agreement)\b|\bcontact (?:us|sales|our (?:sales|security) team) (?:for|to (?:request|obtain|get))\b|\brequest (?:a copy|access)\b/i },
  { qualifier: 'optional', pattern: /\bif enabled\b|\bwhen enabled\b|\boptional(?:ly)?\b|\bopt[- ]in\b|\boff by default\b|\bcan be (?:enabled|turned on|configured)\b|\b(?:on|with|in) (?:the |our )?(?:enterprise|business|premium|pro|scale|paid|higher)(?:[- ]tier)? (?:plans?|tiers?|editions?|customers)\b|\b(?:enterprise|business)[- ](?:plan|tier) only\b|\badd-on\b/i },
  { qualifier: 'aligned', pattern: /\baligned (?:with|to)\b|\bin line with\b|\b(?:follows?|based on|consistent with|modell?ed (?:on|after)|inspired by|guided by|maps? to) (?:the )?(?:ISO|NIST|SOC|CIS|GDPR|HIPAA|AICPA|OWASP|industry)\b|-ready\b/i },
  { qualifier: 'customer_operated', pattern: /\bself-host(?:ed|ing)?\b|\bon your own\b|\byou control\b|\byour own (?:infrastructure|servers?|cloud|policy)\b|\bcustomer[- ](?:managed|operated|controlled|configured)\b|\bby your (?:own )?policy\b|\bwe recommend\b|\bcustomers? (?:is|are) responsible\b|\byou (?:are responsible|should (?:schedule|configure|run|set up))\b/i },
];

export function qualifiersIn(text: string): Qualifier[] {
  return HEDGES.filter((h) => h.pattern.test(text)).map((h) => h.qualifier);
}

/** Wording that a certification is followed, not held: "aligned with ISO 27001" is no certificate. */
export const ALIGNMENT_ONLY = /\b(?:aligned (?:with|to)|in line with|follows?|following|based on|consistent with|modell?ed (?:on|after)|inspired by|guided by|maps? to|mapped to|adheres? to the principles of|uses? the framework of)\b[^.;]{0,30}$/i;
