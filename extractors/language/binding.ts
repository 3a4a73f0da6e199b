import { DURATION, findDurations, type Duration } from './durations.ts';
import { compiled } from './regex-cache.ts';

/**
 * A number binds to the phrase it qualifies, not to the nearest keyword:
 * "5-day retention" and "retained for 5 days" bind 5 to retention; in
 * "30-day SLA … 5-day retention" the 30 stays with the SLA. The keyword must sit
 * right after the duration, or before it with no sentence break and no other
 * duration in between.
 */
export function boundDuration(text: string, keyword: RegExp, maxGap = 45): Duration | undefined {
  const after = compiled(String.raw`^\s*(?:[-–]\s*)?(?:(?:of|for|rolling)\s+(?:[\w-]+\s+)?)?(?:${keyword.source})`, 'i');
  const lastKeyword = compiled(String.raw`(?:${keyword.source})((?:(?!${keyword.source})[\s\S])*)$`, 'i');
  const anotherDuration = compiled(DURATION.source, 'i');
  for (const d of findDurations(text)) {
    if (after.test(text.slice(d.end, d.end + 30))) return d;
    const before = text.slice(Math.max(0, d.start - maxGap), d.start);
    const m = lastKeyword.exec(before);
    if (m && !/[.;!?]/.test(m[1]!) && !anotherDuration.test(m[1]!)) return d;
  }
  return undefined;
}
