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
