import { CONTROLS, type AuditReport, type ControlId } from '../../extractors/schema/index.ts';
import { frameworksOf } from '../../extractors/schema/frameworks.ts';
import { attributesLine, STATUS_WORDS, VERDICT_WORDS } from '../buyer-words.ts';
import { hedgesOf, quoteOf, readableQuote } from '../quotes.ts';
import { describeRequirement, type Verdict } from '../verdicts.ts';

/**
 * The row of the checklist and of the long-form comparison: one vendor, one
 * control, in the buyer's words only (no catalog id in any cell), so a sheet
 * filtered or pivoted in Excel still reads on its own.
 */
export const ROW_HEADER = ['vendor', 'domain', 'page URL', 'captured (or audited) date', 'requirement', 'required', 'verdict', 'why', 'what the page says', 'value', 'hedges', 'quote', 'frameworks'] as const;

export interface VendorPage {
  report: AuditReport;
  url: string;
  /** When the snapshot was saved; else when the page was audited. Never blank. */
  date: string;
}

const frameworks = (id: ControlId) => {
  const { mvsp, ccm } = frameworksOf(id);
  return [...mvsp.map((m) => `MVSP ${m.id} ${m.name}`), ...ccm.map((c) => `CSA CCM ${c.id} ${c.name}`)].join('; ');
};

/** `verdict` null: a control the page claims that the profile does not require. */
export function rowOf(page: VendorPage, control: ControlId, verdict: Verdict | null): string[] {
  const { report } = page;
  const resolved = report.controls[control];
  const quote = verdict ? verdict.evidence ?? (resolved ? quoteOf(report, control) : null) : quoteOf(report, control);
  const why = verdict ? [verdict.reason, verdict.note].filter(Boolean).join(' ') : '';
  return [
    report.vendor.name ?? report.vendor.domain ?? '',
    report.vendor.domain ?? '',
    page.url,
    page.date.slice(0, 10),
    CONTROLS[control].label,
    verdict ? describeRequirement(verdict.requirement) : 'not a requirement of the profile',
    verdict ? VERDICT_WORDS[verdict.verdict] : '',
    why,
    resolved ? STATUS_WORDS[resolved.status] : 'nothing',
    resolved ? attributesLine(resolved.attributes) : '',
    hedgesOf(report, control).join('; '),
    quote ? readableQuote(quote) : '',
    frameworks(control),
  ];
}
