import type { AuditReport, ControlId, Qualifier } from '../extractors/schema/index.ts';
// a small data file of patterns, not the claim engine: the pages may load it (tests/unit/conventions.test.ts)
import { HEDGES } from '../extractors/language/hedges.ts';
import { HEDGE_WORDS } from './buyer-words.ts';

/**
 * Quotes as a reader sees them. The extractor joins a table row's cells with
 * " | " (the text it matched on); a buyer reads the cells as "cell; cell". The
 * page is still searched with the original quote, so highlighting is unchanged.
 */
const CELL_SEPARATOR = /\s+\|\s+/g;

export const readableQuote = (evidence: string): string => evidence.replace(CELL_SEPARATOR, '; ').replace(/^\|\s*|\s*\|$/g, '');

/** The words of the page that gave a hedge ("where required by law"), from the quotes of that control's claims. */
export function hedgeWordsIn(qualifier: Qualifier, quotes: readonly string[]): string | null {
  const pattern = HEDGES.find((h) => h.qualifier === qualifier)?.pattern;
  if (!pattern) return null;
  for (const q of quotes) {
    const m = pattern.exec(q);
    if (m) return m[0].trim();
  }
  return null;
}

/** A hedge for a buyer: its kind and the words that gave it, "conditional: “where required by law”". */
export function hedgeLine(qualifier: Qualifier, quotes: readonly string[]): string {
  const words = hedgeWordsIn(qualifier, quotes);
  if (!words) return HEDGE_WORDS[qualifier];
  return words.toLowerCase() === HEDGE_WORDS[qualifier] ? `“${words}”` : `${HEDGE_WORDS[qualifier]}: “${words}”`;
}

/** Every hedge of a resolved control, each with its words, from the claims of that control. */
export function hedgesOf(report: AuditReport, control: ControlId): string[] {
  const resolved = report.controls[control];
  if (!resolved) return [];
  const claims = report.claims.filter((c) => c.control === control);
  return resolved.qualifiers.map((q) => hedgeLine(q, claims.filter((c) => c.qualifiers.includes(q)).flatMap((c) => c.evidence)));
}

/** The quote of the claim behind a control's resolved status. */
export const quoteOf = (report: AuditReport, control: ControlId): string | null => {
  const status = report.controls[control]?.status;
  return report.claims.find((c) => c.control === control && c.status === status)?.evidence[0] ?? null;
};
