import { CONTROLS } from '../../extractors/schema/index.ts';
import type { RawChange } from './changes.ts';

/** One line per change a buyer reads without a legend: "Backups: retention 7 → 5 days". */

const STATUS_WORDS: Record<string, string> = { implemented: 'in place', in_progress: 'in progress', planned: 'planned', denied: 'not in place', inherited: 'held only by a provider' };
const UNITS: Record<string, string> = { retention_days: ' days', hours: ' h', breach_notification_hours: ' h', ack_business_days: ' business days', sla_days: ' days', critical_days: ' days', high_days: ' days', idle_timeout_minutes: ' min' };
const ATTRIBUTE_NAMES: Record<string, string> = { retention_days: 'retention', breach_notification_hours: 'breach notice', tls_min_version: 'minimum TLS', report_type: 'report type', ack_business_days: 'acknowledgement' };

const value = (key: string, v: unknown) => {
  if (v === null || v === undefined) return 'not stated';
  if (Array.isArray(v)) return v.length ? v.join(', ') : 'none';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return `${String(v)}${UNITS[key] ?? ''}`;
};

export function describeChange(change: RawChange): string {
  const label = CONTROLS[change.control].label;
  switch (change.kind) {
    case 'status':
      return `${label}: ${STATUS_WORDS[String(change.before)]} → ${STATUS_WORDS[String(change.after)]}`;
    case 'added':
      return `${label}: now claimed (${STATUS_WORDS[String(change.after)]})`;
    case 'removed':
      return `${label}: no longer mentioned (was ${STATUS_WORDS[String(change.before)]})`;
    case 'qualifier-added':
      return `${label}: now hedged “${String(change.qualifier).replaceAll('_', ' ')}”`;
    case 'qualifier-removed':
      return `${label}: no longer hedged “${String(change.qualifier).replaceAll('_', ' ')}”`;
    case 'evidence':
      return `${label}: same claim, reworded`;
    case 'attribute': {
      const key = change.attribute!;
      const name = ATTRIBUTE_NAMES[key] ?? key.replaceAll('_', ' ');
      // "7 → 5 days" reads better than "7 days → 5 days" when both carry the unit
      const unit = UNITS[key] ?? '';
      const bothNumbers = typeof change.before === 'number' && typeof change.after === 'number' && unit;
      return bothNumbers ? `${label}: ${name} ${change.before} → ${change.after}${unit}` : `${label}: ${name} ${value(key, change.before)} → ${value(key, change.after)}`;
    }
  }
}
