/**
 * How attribute values read to a buyer: the unit each number carries and a
 * short name for each key. One table for the popup, the vendors page, the
 * diff and the CSV, so "retention 30 days" reads the same everywhere.
 */
export const ATTRIBUTE_UNITS: Record<string, string> = { retention_days: ' days', sla_days: ' days', hours: ' h', breach_notification_hours: ' h', ack_business_days: ' business days', critical_days: ' days', high_days: ' days', idle_timeout_minutes: ' min' };
export const ATTRIBUTE_NAMES: Record<string, string> = { retention_days: 'retention', breach_notification_hours: 'breach notice', tls_min_version: 'TLS ≥', report_type: 'Type', ack_business_days: 'acknowledgement' };

export const attributeName = (key: string) => ATTRIBUTE_NAMES[key] ?? key.replaceAll('_', ' ');

/** One value with its unit: "30 days", "yes", "saml, oidc". */
export function attributeValue(key: string, v: unknown): string {
  if (v === null || v === undefined) return 'not stated';
  if (Array.isArray(v)) return v.length ? v.join(', ') : 'none';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return `${String(v)}${ATTRIBUTE_UNITS[key] ?? ''}`;
}

/** Attributes as one short line for a table cell or a CSV column: "retention 30 days; frequency daily". */
export function keyAttributes(attributes: Record<string, unknown>): string {
  return Object.entries(attributes).map(([k, v]) => `${attributeName(k)} ${attributeValue(k, v)}`).join('; ');
}
