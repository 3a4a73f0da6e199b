import { CONTROLS, type AuditReport, type ControlId } from '../../extractors/index.ts';
import { attributesLine, STATUS_WORDS, VERDICT_WORDS } from '../../lib/buyer-words.ts';
import { hedgesOf, readableQuote } from '../../lib/quotes.ts';

/** The readable default output of the audit CLI: one table per page. */
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatReportTable(report: AuditReport): string {
  const lines: string[] = [];
  const r = report.recognition;
  lines.push(`${report.source}: ${r.isTrustPage ? 'trust page' : 'not a trust page'} (score ${r.score})${report.vendor.name ? ` · ${report.vendor.name}` : ''}${report.vendor.domain ? ` (${report.vendor.domain})` : ''}${report.lastUpdated ? ` · updated ${report.lastUpdated}` : ''}`);
  const rows: string[][] = [['control', 'status', 'attributes', 'hedges', 'quote']];
  for (const [id, resolved] of Object.entries(report.controls)) {
    if (!resolved) continue;
    const quote = report.claims.find((c) => c.control === id && c.status === resolved.status)?.evidence[0] ?? '';
    rows.push([
      CONTROLS[id as ControlId].label,
      STATUS_WORDS[resolved.status],
      attributesLine(resolved.attributes),
      hedgesOf(report, id as ControlId).join('; '),
      `"${clip(readableQuote(quote), 70)}"`,
    ]);
  }
  if (rows.length === 1) { lines.push('  (no claims)', ''); return lines.join('\n'); }
  const widths = rows[0]!.map((_, i) => Math.min(60, Math.max(...rows.map((row) => row[i]!.length))));
  for (const row of rows) lines.push(`  ${row.map((cell, i) => (i === row.length - 1 ? cell : clip(cell, widths[i]!).padEnd(widths[i]!))).join('  ')}`);
  lines.push('');
  return lines.join('\n');
}

/** The verdict words, failures in capitals so they stand out in a terminal. */
const VERDICT_MARK = { ...VERDICT_WORDS, fail: 'FAILED' } as const;

/** The verdicts of one page against a profile, one line per requirement. */
export function formatVerdictTable(profile: { name: string }, verdicts: readonly { control: ControlId; verdict: keyof typeof VERDICT_MARK; reason: string }[]): string {
  const counts = { pass: 0, fail: 0, partial: 0, unknown: 0 };
  for (const v of verdicts) counts[v.verdict]++;
  const lines = [`  against ${profile.name}: ${counts.pass} met, ${counts.fail} failed, ${counts.partial} partial, ${counts.unknown} unknown`];
  const width = Math.max(...verdicts.map((v) => CONTROLS[v.control].label.length));
  for (const v of verdicts) lines.push(`  ${VERDICT_MARK[v.verdict].padEnd(8)} ${CONTROLS[v.control].label.padEnd(width)}  ${v.reason}`);
  lines.push('');
  return lines.join('\n');
}
