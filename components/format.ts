import type { Status } from '../extractors/index.ts';
import type { VerdictValue } from '../lib/verdicts.ts';

export const VERDICT_LABEL: Record<VerdictValue, string> = { pass: '✓ met', fail: '✗ failed', partial: '◐ partial', unknown: '? unknown' };

export const STATUS_LABEL: Record<Status, string> = {
  implemented: 'implemented',
  in_progress: 'in progress',
  planned: 'planned',
  denied: 'not in place',
  inherited: 'provider only',
};

import { ATTRIBUTE_UNITS } from '../lib/key-attributes.ts';

/** sla_days reads as an SLA here ("30-day SLA"); every other unit comes from the shared table. */
const UNITS: Record<string, string> = { ...ATTRIBUTE_UNITS, sla_days: '-day SLA' };

/** Attributes as a short line of text: "retention_days 5 days · frequency daily". */
export function formatAttributes(attributes: Record<string, unknown>): string {
  return Object.entries(attributes)
    .map(([k, v]) => {
      const value = Array.isArray(v) ? v.join(', ') : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v);
      // a non-breaking space keeps a number with its unit ("72 h")
      return `${k.replaceAll('_', ' ')}: ${value}${(UNITS[k] ?? '').replace(/^ /, '\u00a0')}`;
    })
    .join(' · ');
}
