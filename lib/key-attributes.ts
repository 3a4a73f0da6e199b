/** Attributes as one short, unit-bearing line for a table cell or a CSV column: "retention 30 days; frequency daily". */
const UNITS: Record<string, string> = { retention_days: ' days', hours: ' h', breach_notification_hours: ' h', ack_business_days: ' business days', sla_days: ' days', critical_days: ' days', high_days: ' days', idle_timeout_minutes: ' min' };
const NAMES: Record<string, string> = { retention_days: 'retention', breach_notification_hours: 'breach notice', tls_min_version: 'TLS ≥', report_type: 'Type', ack_business_days: 'acknowledgement' };

export function keyAttributes(attributes: Record<string, unknown>): string {
  return Object.entries(attributes)
    .map(([k, v]) => {
      const value = Array.isArray(v) ? v.join(', ') : typeof v === 'boolean' ? (v ? 'yes' : 'no') : `${String(v)}${UNITS[k] ?? ''}`;
      return `${NAMES[k] ?? k.replaceAll('_', ' ')} ${value}`;
    })
    .join('; ');
}
