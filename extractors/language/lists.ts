/**
 * Role lists: "(Owner, Admin, Viewer)", "ADMIN, SUPERVISOR, SELLER, and
 * LOGISTICS, each with …", "Owner, Admin, Manager, Member and Viewer." A role is
 * one or two short words; the list stops at the first item that is not one.
 */
const COMMON_ROLE = /^(?:owners?|admins?|administrators?|members?|viewers?|editors?|managers?|guests?|users?|readers?|writers?|auditors?|billing|analysts?|operators?|developers?|contributors?|approvers?|supervisors?|agents?|observers?|read[- ]only|super ?admins?)$/i;
const NOT_A_ROLE = /^(?:each|all|every|with|and|or|the|a|an|other|more|custom|fine-grained|granular|permissions?|roles?|access|data|settings|clients?|workflows?|invoicing|teams?)$/i;

function isRoleItem(item: string): boolean {
  const words = item.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 2) return false;
  if (words.some((w) => NOT_A_ROLE.test(w))) return false;
  return words.every((w) => /^[\p{Lu}][\p{L}+_-]*$/u.test(w)) || words.every((w) => COMMON_ROLE.test(w));
}

function splitItems(list: string): string[] {
  return list.split(/\s*(?:,|;|\/|\band\b|\bor\b|&)\s*/i).map((s) => s.replace(/^(?:and|or)\s+/i, '').replace(/[.:)]+$/, '').replace(/\s+roles?$/i, '').trim()).filter(Boolean);
}

/** At least two role-shaped items, one of them a word people use for a role (so "(CSV, JSON, PDF)" and "(Okta, Google)" are no roles). */
function leadingRoles(items: string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (!isRoleItem(item)) break;
    out.push(item.replace(/\+$/, ''));
  }
  const hasRoleWord = out.some((r) => r.split(/\s+/).some((w) => COMMON_ROLE.test(w)));
  return out.length >= 2 && hasRoleWord ? out : [];
}

export function roleListIn(text: string): string[] {
  // a parenthesised list first: "(owner, admin, member)"
  for (const m of text.matchAll(/\(([^()]{3,120})\)/g)) {
    const roles = leadingRoles(splitItems(m[1]!));
    if (roles.length) return roles;
  }
  // after "roles are / include / such as / of": "Built-in roles are Owner, HR Admin, Payroll Admin, Manager and Employee, and …"
  const named = /\broles?\b[^.;:]{0,30}?\b(?:are|include|including|such as|like|of)\s+(.+)$/i.exec(text);
  if (named) {
    const roles = leadingRoles(splitItems(named[1]!));
    if (roles.length) return roles;
  }
  // after a colon: "RBAC: ADMIN, SUPERVISOR, SELLER, and LOGISTICS, each with …"
  const colon = text.indexOf(':');
  if (colon >= 0) {
    const roles = leadingRoles(splitItems(text.slice(colon + 1)));
    if (roles.length) return roles;
  }
  // a sentence that is only a list: "Owner, Admin, Manager, Member and Viewer."
  const items = splitItems(text);
  const roles = leadingRoles(items);
  return roles.length >= 3 || (roles.length && roles.length === items.length) ? roles : [];
}

/** "the following sub-processors: AWS (hosting), Stripe (payments) and Postmark (email)" → the names. */
export function providerListIn(text: string): string[] {
  const colon = text.indexOf(':');
  // a line that is only names between dots or bars, as a card prints them: "Anthropic · Neon · Vercel · Stripe"
  if (colon < 0) return separatedNames(text);
  const afterColon = separatedNames(text.slice(colon + 1));
  if (afterColon.length) return afterColon;
  const names = splitItems(text.slice(colon + 1).replace(/\([^)]*\)/g, ''))
    .map((s) => s.trim())
    .filter(isProviderName)
    .map(withoutLegalSuffix);
  return names.length >= 2 ? names : [];
}

/** A short capitalised name of up to four words: "Amazon Web Services", "Stripe", "1Password". */
const isProviderName = (s: string) => /^[\p{Lu}\d][\w.&' -]{0,40}$/u.test(s) && s.split(/\s+/).length <= 4;

const NAME_SEPARATOR = /\s+[·•|]\s+/;
function separatedNames(text: string): string[] {
  if (!NAME_SEPARATOR.test(text)) return [];
  const items = text.replace(/[.;]\s*$/, '').split(NAME_SEPARATOR).map((s) => s.trim());
  const names = items.filter(isProviderName);
  // every item a name: a sentence that happens to hold a "·" is no list
  return names.length >= 3 && names.length === items.length ? names.map(withoutLegalSuffix) : [];
}

/**
 * Catalog: a legal suffix is not part of a provider's name ("Amazon Web Services Inc." → "Amazon Web Services",
 * "Stripe Payments Europe, Limited" → "Stripe Payments Europe", "MessageBird B.V." → "MessageBird").
 */
const LEGAL_SUFFIX = /,?\s+(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|B\.?V|N\.?V|S\.?A|SAS|S\.?à r\.?l|SARL|S\.?L|S\.?p\.?A|Pty(?: Ltd)?|plc|PLC|Corp|Co|ApS|AB|Oy|K\.?K|LLP|LP)\.?$/u;
export function withoutLegalSuffix(name: string): string {
  const bare = name.trim().replace(/^\*+|\*+$/g, '').trim();
  const stripped = bare.replace(LEGAL_SUFFIX, '').trim();
  return stripped || bare;
}
