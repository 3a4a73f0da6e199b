import type { Qualifier, Status } from '../extractors/schema/index.ts';

/**
 * The buyer's vocabulary, one table for every screen and export (popup,
 * vendor library, diff, CSV, CLI table): verdicts, statuses, hedges, and each
 * attribute's name, unit and value as a phrase ("Type II", "admins can require
 * it", "SAML, OIDC", "kept 30 days"). The JSON report keeps the catalog's ids:
 * it is the machine format; nothing else shows an id.
 */

/** The verdict values of lib/verdicts.ts in words. */
export const VERDICT_WORDS = { pass: 'met', fail: 'failed', partial: 'partial', unknown: 'unknown' } as const;

export const STATUS_WORDS: Record<Status, string> = {
  implemented: 'in place',
  in_progress: 'in progress',
  planned: 'planned',
  denied: 'not in place',
  inherited: 'provider only',
};

/** What kind of doubt a hedge puts on a claim; shown beside the words of the page that gave it. */
export const HEDGE_WORDS: Record<Qualifier, string> = {
  target: 'a goal, not a commitment',
  where_feasible: 'conditional',
  may: 'not a commitment',
  on_request: 'on request',
  optional: 'optional or plan-dependent',
  aligned: 'aligned, not certified',
  customer_operated: 'up to the customer',
};

/** Units each number carries. */
export const ATTRIBUTE_UNITS: Record<string, string> = {
  retention_days: ' days', sla_days: ' days', hours: ' h', breach_notification_hours: ' h', ack_business_days: ' business days',
  critical_days: ' days', high_days: ' days', idle_timeout_minutes: ' min',
};

/** A short name per key, for rules and diffs ("retention at least 90 days"). */
export const ATTRIBUTE_NAMES: Record<string, string> = {
  retention_days: 'retention', breach_notification_hours: 'breach notice', tls_min_version: 'TLS version', report_type: 'report type',
  ack_business_days: 'acknowledgement', sla_days: 'deadline', hours: 'objective', critical_days: 'critical fixes', high_days: 'high fixes',
  idle_timeout_minutes: 'idle timeout', enforceable: 'enforcement', protocols: 'protocols', methods: 'methods', regions: 'regions',
  frequency: 'frequency', level: 'level', customer_visible: 'customer access', restore_tested: 'restore tests', mfa_required: 'staff MFA',
  sso_required: 'staff SSO', safe_harbor: 'safe harbour', baa: 'BAA', csp: 'CSP', waf: 'WAF', preload: 'HSTS preload', encrypted: 'encryption',
};

const FREQUENCY: Record<string, string> = { annual: 'yearly', biannual: 'twice a year', quarterly: 'quarterly', continuous: 'continuous', hourly: 'hourly', daily: 'daily', weekly: 'weekly', monthly: 'monthly' };
const LIST_ITEM: Record<string, string> = { saml: 'SAML', oidc: 'OIDC', totp: 'authenticator app', webauthn: 'security key (WebAuthn)', sms: 'SMS', email: 'email' };
const SCOPE: Record<string, string> = { public_models: 'public models', all_models: 'all models' };

/** Booleans as phrases: [when true, when false]. */
const YES_NO: Record<string, [string, string]> = {
  enforceable: ['admins can require it', 'each user chooses'],
  encrypted: ['encrypted', 'not encrypted'],
  restore_tested: ['restores tested', 'restores not tested'],
  customer_visible: ['customers can see them', 'not shown to customers'],
  safe_harbor: ['safe harbour for researchers', 'no safe harbour'],
  baa: ['BAA offered', 'no BAA'],
  preload: ['HSTS preloaded', 'not preloaded'],
  csp: ['Content Security Policy', 'no Content Security Policy'],
  waf: ['web application firewall', 'no web application firewall'],
  mfa_required: ['staff must use MFA', 'staff MFA not required'],
  sso_required: ['staff must use SSO', 'staff SSO not required'],
};

/** Numbers as phrases: "kept 30 days", "notice within 72 h". */
const NUMBER_PHRASE: Record<string, (n: string) => string> = {
  retention_days: (n) => `kept ${n} days`,
  sla_days: (n) => `within ${n} days`,
  hours: (n) => `within ${n} h`,
  breach_notification_hours: (n) => `notice within ${n} h`,
  ack_business_days: (n) => `acknowledged within ${n} business days`,
  critical_days: (n) => `critical fixes within ${n} days`,
  high_days: (n) => `high fixes within ${n} days`,
  idle_timeout_minutes: (n) => `idle timeout ${n} min`,
  level: (n) => `Level ${n}`,
  report_type: (n) => (n === '1' ? 'Type I' : n === '2' ? 'Type II' : `Type ${n}`),
  tls_min_version: (n) => `TLS ${n} or later`,
};

export const attributeName = (key: string): string => ATTRIBUTE_NAMES[key] ?? key.replaceAll('_', ' ');

/** One item of a list, or one scalar, in words: "SAML", "yearly", "public models". */
export function valueWord(key: string, v: unknown): string {
  const s = String(v);
  if (key === 'frequency') return FREQUENCY[s] ?? s;
  if (key === 'scope') return SCOPE[s] ?? s;
  if (key === 'layer') return `${s} layer`;
  if (key === 'formats') return s.toUpperCase();
  return LIST_ITEM[s] ?? s;
}

/** One attribute's value as a phrase a buyer reads without a legend. */
export function attributePhrase(key: string, v: unknown): string {
  if (v === null || v === undefined) return 'not stated';
  if (Array.isArray(v)) return v.length ? v.map((x) => valueWord(key, x)).join(', ') : 'none';
  if (typeof v === 'boolean') return YES_NO[key]?.[v ? 0 : 1] ?? `${attributeName(key)}: ${v ? 'yes' : 'no'}`;
  const number = NUMBER_PHRASE[key];
  if (number) return number(String(v));
  return valueWord(key, v);
}

/** A value with its unit only ("30 days"), for "7 → 5 days" in a diff. */
export function attributeValue(key: string, v: unknown): string {
  if (v === null || v === undefined) return 'not stated';
  if (typeof v === 'number' && ATTRIBUTE_UNITS[key]) return `${v}${ATTRIBUTE_UNITS[key]}`;
  return attributePhrase(key, v);
}

/** Attributes as one short line: "kept 30 days; daily; encrypted". */
export function attributesLine(attributes: Record<string, unknown>, separator = '; '): string {
  return Object.entries(attributes).map(([k, v]) => attributePhrase(k, v)).join(separator);
}
