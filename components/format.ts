import type { Status } from '../extractors/index.ts';
import { attributesLine, STATUS_WORDS, VERDICT_WORDS } from '../lib/buyer-words.ts';
import type { VerdictValue } from '../lib/verdicts.ts';

/** The verdict with a mark, so it reads without colour: "✗ failed". Words from lib/buyer-words.ts. */
const MARK: Record<VerdictValue, string> = { pass: '✓', fail: '✗', partial: '◐', unknown: '?' };
export const VERDICT_LABEL = Object.fromEntries(Object.entries(VERDICT_WORDS).map(([k, w]) => [k, `${MARK[k as VerdictValue]} ${w}`])) as Record<VerdictValue, string>;

export const STATUS_LABEL: Record<Status, string> = STATUS_WORDS;

/** Attributes as a short line of phrases, a non-breaking space keeping a number with its unit ("72\u00a0h"). */
export function formatAttributes(attributes: Record<string, unknown>): string {
  return attributesLine(attributes, ' · ').replace(/(\d) (h|min|days|business days)\b/g, '$1\u00a0$2');
}
