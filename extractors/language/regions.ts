/**
 * Places → region codes, as data. An EU country also gives EU. Case matters for
 * "US" (never the pronoun "us"); cloud region ids ("eu-central-1", "us-east-2")
 * count too.
 */
const EU = 'EU';
export const PLACES: { codes: string[]; pattern: RegExp }[] = [
  { codes: ['EU'], pattern: /\b(?:EU|EEA|European Union|Europe|European Economic Area|[Ee]u-(?:west|north|south)-\d)\b/ },
  { codes: ['DE', EU], pattern: /\b(?:Germany|German|Frankfurt|Deutschland|[Ee]u-central-[12]|europe-west3)\b/ },
  { codes: ['FR', EU], pattern: /\b(?:France|French|Paris|[Ee]u-west-3)\b/ },
  { codes: ['IE', EU], pattern: /\b(?:Ireland|Irish|Dublin|[Ee]u-west-1)\b/ },
  { codes: ['NL', EU], pattern: /\b(?:Netherlands|Dutch|Amsterdam|europe-west4)\b/ },
  { codes: ['SE', EU], pattern: /\b(?:Sweden|Stockholm|[Ee]u-north-1)\b/ },
  { codes: ['FI', EU], pattern: /\b(?:Finland|Helsinki|europe-north1)\b/ },
  { codes: ['IT', EU], pattern: /\b(?:Italy|Milan|[Ee]u-south-1)\b/ },
  { codes: ['ES', EU], pattern: /\b(?:Spain|Madrid|[Ee]u-south-2)\b/ },
  { codes: ['BE', EU], pattern: /\b(?:Belgium|Brussels|europe-west1)\b/ },
  { codes: ['PL', EU], pattern: /\b(?:Poland|Warsaw)\b/ },
  { codes: ['AT', EU], pattern: /\b(?:Austria|Vienna)\b/ },
  { codes: ['DK', EU], pattern: /\b(?:Denmark|Copenhagen)\b/ },
  { codes: ['US'], pattern: /\b(?:US|U\.S\.A?\.?|USA|United States(?: of America)?|EE\.UU\.|American|[Uu]s-(?:east|west|central)-?\d?|North America|Virginia|Oregon|Ohio|California|Iowa)(?![\w])/ },
  { codes: ['UK'], pattern: /\b(?:UK|U\.K\.|United Kingdom|Britain|British|London|[Ee]u-west-2|europe-west2)\b/ },
  { codes: ['CH'], pattern: /\b(?:Switzerland|Swiss|Zurich|Zürich)\b/ },
  { codes: ['CA'], pattern: /\b(?:Canada|Canadian|Montreal|Toronto|[Cc]a-central-1)\b/ },
  { codes: ['AU'], pattern: /\b(?:Australia|Australian|Sydney|Melbourne|[Aa]p-southeast-2)\b/ },
  { codes: ['JP'], pattern: /\b(?:Japan|Tokyo|[Aa]p-northeast-1)\b/ },
  { codes: ['SG'], pattern: /\b(?:Singapore|[Aa]p-southeast-1)\b/ },
  { codes: ['IN'], pattern: /\b(?:India|Mumbai|[Aa]p-south-1)\b/ },
  { codes: ['BR'], pattern: /\b(?:Brazil|São Paulo|Sao Paulo|[Ss]a-east-1)\b/ },
];

export function regionsIn(text: string): string[] {
  const codes: string[] = [];
  for (const { codes: c, pattern } of PLACES) if (pattern.test(text)) for (const code of c) if (!codes.includes(code)) codes.push(code);
  return codes;
}

/** Any place name or code of the table above. */
export const REGION_MENTION = new RegExp(PLACES.map((p) => p.pattern.source).join('|'));

/**
 * Catalog: regions are where customer data is stored by default. A region a customer may choose instead,
 * gets on request or only on some plans, or chooses between with no default, is not one. A clause that
 * offers regions that way gives none; the sentence's other clauses still do ("US-region storage by
 * default, with EU residency available on request" → US).
 */
const REGION_OPTION = /\b(?:available|on request|upon request|by request|optional(?:ly)?|(?:can|may|could) (?:choose|select|opt|pick|request|also (?:choose|select|host|be hosted))|chooses?|choice|options?|instead|alternatively|add-?on|also offer\w*|(?:on|with|for) (?:the |our )?(?!all\b)(?:[A-Z][\w-]*|enterprise|team|business|pro|premium|paid|higher|selected|some)(?: (?:and|or) [\w-]+)? (?:plans?|tiers?|customers|accounts|editions?)\b|(?:either|between)\b)/i;
const REGION_DEFAULT = /\bby default\b|\bdefaults? (?:to|region|location)\b|\bdefault (?:hosting|data) (?:region|location)\b/i;
/** Where one clause of a region sentence ends and the next begins. */
const REGION_CLAUSE_BREAK = /;|\s[—–]\s|[()]|,?\s+(?:with|while|but|whereas|except|and optionally)\s+|\.\s/i;

export function defaultRegionsIn(text: string): string[] {
  const codes: string[] = [];
  for (const clause of text.split(REGION_CLAUSE_BREAK)) {
    if (!clause || (REGION_OPTION.test(clause) && !REGION_DEFAULT.test(clause))) continue;
    for (const code of regionsIn(clause)) if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
