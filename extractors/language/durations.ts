import { NUMBER, parseNumber } from './numbers.ts';
import { globalOf } from './regex-cache.ts';

/**
 * Durations as a trust page writes them: "5-day retention", "within 72 hours",
 * "2 business days", "one year", "90 days". A business day counts 24 hours
 * (the catalog's rule for RTO).
 */
export interface Duration { hours: number; days: number; businessDays: boolean; start: number; end: number; text: string }

const UNIT_HOURS: [RegExp, number][] = [
  [/^(?:min(?:ute)?s?)$/i, 1 / 60],
  [/^(?:h|hrs?|hours?)$/i, 1],
  [/^(?:(?:business|working|calendar) )?days?$/i, 24],
  [/^weeks?$/i, 24 * 7],
  [/^months?$/i, 24 * 30],
  [/^(?:years?|yrs?)$/i, 24 * 365],
];

export const DURATION = new RegExp(String.raw`\b(${NUMBER}|a|an)[\s-]*(?:\(\d+\)\s*)?((?:business|working|calendar)[\s-]days?|min(?:ute)?s?|h|hrs?|hours?|days?|weeks?|months?|years?|yrs?)\b`, 'gi');

export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  const g = globalOf(DURATION);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const n = parseNumber(m[1]!);
    const unit = m[2]!.replace(/-/g, ' ').toLowerCase();
    const factor = UNIT_HOURS.find(([re]) => re.test(unit))?.[1];
    if (n === null || factor === undefined) continue;
    // "a" and "an" only count before a unit word, never as "a h"
    if (/^an?$/i.test(m[1]!) && /^h$/i.test(unit)) continue;
    // whole years written as months ("12 months") are years of 365 days, not 12 × 30
    const hours = /^months?$/i.test(unit) && n % 12 === 0 ? (n / 12) * 24 * 365 : n * factor;
    out.push({ hours, days: hours / 24, businessDays: /business|working/.test(unit), start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Frequency words, as data: "nightly" is daily; an explicit schedule beats point-in-time recovery. */
export type Frequency = 'continuous' | 'hourly' | 'daily' | 'weekly';
export const FREQUENCIES: { value: Frequency; pattern: RegExp }[] = [
  { value: 'continuous', pattern: /\b(?:continuous(?:ly)?|real[- ]time replication|streaming replication)\b/i },
  { value: 'hourly', pattern: /\b(?:hourly|every hour|each hour)\b/i },
  { value: 'daily', pattern: /\b(?:daily|nightly|every (?:day|night|24 hours)|each (?:day|night)|once a day)\b/i },
  { value: 'weekly', pattern: /\b(?:weekly|every week|once a week)\b/i },
];
const POINT_IN_TIME = /\b(?:point[- ]in[- ]time(?: recovery| restore)?|PITR)\b/i;

export function frequencyIn(text: string): Frequency | undefined {
  let best: { value: Frequency; at: number } | undefined;
  for (const f of FREQUENCIES) {
    const m = f.pattern.exec(text);
    if (m && (!best || m.index < best.at)) best = { value: f.value, at: m.index };
  }
  if (best) return best.value;
  return POINT_IN_TIME.test(text) ? 'continuous' : undefined;
}
