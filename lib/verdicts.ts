import { CONTROLS, STATUS_PRECEDENCE, type AuditReport, type ControlId, type Qualifier, type ResolvedControl, type Status } from '../extractors/schema/index.ts';
import type { AttributeRule, Profile, Requirement } from './profiles/schema.ts';
import { attributeName, attributePhrase, attributeValue, STATUS_WORDS, valueWord } from './buyer-words.ts';
import { hedgeLine } from './quotes.ts';

/**
 * One verdict per requirement of a profile: pass, fail, partial or unknown, with
 * a one-line reason and the quote it rests on. Shared by the popup, the CLI, the
 * comparison and the CSV export.
 */
export type VerdictValue = 'pass' | 'fail' | 'partial' | 'unknown';

export interface Verdict {
  control: ControlId;
  verdict: VerdictValue;
  reason: string;
  /** The quote of the claim that decided it. */
  evidence: string | null;
  requirement: Requirement;
  /** Shown beside the verdict without changing it: "report on request / under NDA". */
  note?: string;
}

/**
 * Attestation reports nearly every vendor shares only on request or under an
 * NDA: that is a note beside the verdict, not a doubt on the claim, unless the
 * requirement asks for a public report (`publicReport`).
 */
export const ATTESTATION_REPORTS: ReadonlySet<ControlId> = new Set<ControlId>(['soc2', 'iso27001', 'pci_dss']);
export const ON_REQUEST_NOTE = 'Report shared on request / under NDA';

/** The hedges that count against a requirement: on request does not, for an attestation report, unless a public report is required. */
export function countedHedges(req: Requirement, qualifiers: readonly string[]): string[] {
  const onRequestIsFine = ATTESTATION_REPORTS.has(req.control) && !req.publicReport;
  return qualifiers.filter((q) => !(onRequestIsFine && q === 'on_request'));
}

/** Failed first, then partial, then unknown, then met; the profile's order within each group. */
const RANK: Record<VerdictValue, number> = { fail: 0, partial: 1, unknown: 2, pass: 3 };
export function rankVerdicts(verdicts: readonly Verdict[]): Verdict[] {
  return verdicts.map((v, i) => ({ v, i })).sort((a, b) => RANK[a.v.verdict] - RANK[b.v.verdict] || a.i - b.i).map(({ v }) => v);
}

export { STATUS_WORDS };

/** A version string ("1.2") or number compared as a number. */
const asNumber = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : null);

/** A rule in words: "retention at least 90 days", "Type II", "protocols include SAML". */
export function describeRule(rule: AttributeRule): string {
  const { key } = rule;
  const name = attributeName(key);
  const unit = (n: number) => attributeValue(key, n);
  if (rule.min !== undefined && rule.max !== undefined) return `${name} between ${rule.min} and ${unit(rule.max)}`;
  if (rule.min !== undefined) return key === 'tls_min_version' ? attributePhrase(key, rule.min) : `${name} at least ${unit(rule.min)}`;
  if (rule.max !== undefined) return `${name} at most ${unit(rule.max)}`;
  if (rule.includes !== undefined) return `${name} include ${valueWord(key, rule.includes)}`;
  if (rule.oneOf !== undefined) {
    const words = rule.oneOf.map((v) => valueWord(key, v));
    return `${name} ${words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words[0]}`;
  }
  return attributePhrase(key, rule.equals);
}

/** 'met', 'broken' or 'missing' for one rule against the resolved attributes. */
export function checkRule(rule: AttributeRule, attributes: Record<string, unknown>): 'met' | 'broken' | 'missing' {
  const value = attributes[rule.key];
  if (value === undefined || value === null) return 'missing';
  if (rule.min !== undefined || rule.max !== undefined) {
    const n = asNumber(value);
    if (n === null) return 'missing';
    if (rule.min !== undefined && n < rule.min) return 'broken';
    if (rule.max !== undefined && n > rule.max) return 'broken';
    return 'met';
  }
  if (rule.includes !== undefined) {
    const list = Array.isArray(value) ? value.map((v) => String(v).toLowerCase()) : [String(value).toLowerCase()];
    return list.includes(rule.includes.toLowerCase()) ? 'met' : 'broken';
  }
  if (rule.oneOf !== undefined) return rule.oneOf.map(String).includes(String(value)) ? 'met' : 'broken';
  return String(value) === String(rule.equals) ? 'met' : 'broken';
}

export function describeRequirement(req: Requirement): string {
  const status = req.status === 'implemented' ? 'in place' : `at least ${STATUS_WORDS[req.status]}`;
  return [status, ...req.rules.map(describeRule)].join(', ');
}

/**
 * The quote that decided a verdict: the claim that gave the value a rule was
 * judged on, else the claim carrying the hedge, else the claim of the resolved
 * status that says most.
 */
function evidenceFor(report: AuditReport, control: ControlId, resolved: ResolvedControl, focus: { key?: string; qualifier?: string } = {}): string | null {
  const claims = report.claims.filter((c) => c.control === control && c.status === resolved.status);
  const { key, qualifier } = focus;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b) || (Array.isArray(b) && Array.isArray(a) && a.some((x) => b.includes(x)));
  const byValue = key ? claims.find((c) => c.attributes[key] !== undefined && same(c.attributes[key], resolved.attributes[key])) : undefined;
  const byHedge = qualifier ? claims.find((c) => (c.qualifiers as string[]).includes(qualifier)) : undefined;
  const richest = [...claims].sort((a, b) => Object.keys(b.attributes).length - Object.keys(a.attributes).length)[0];
  return (byValue ?? byHedge ?? richest)?.evidence[0] ?? null;
}

const meetsStatus = (have: Status, want: Status) => {
  // denied and inherited never meet a requirement; otherwise stronger-or-equal meets it
  if (have === 'denied' || have === 'inherited') return want === have;
  return STATUS_PRECEDENCE.indexOf(have) <= STATUS_PRECEDENCE.indexOf(want);
};

export function judge(req: Requirement, resolved: ResolvedControl | undefined, report: AuditReport): Verdict {
  const verdict = judgeOnly(req, resolved, report);
  const noted = resolved?.qualifiers.includes('on_request') && ATTESTATION_REPORTS.has(req.control) && !req.publicReport;
  return noted ? { ...verdict, note: ON_REQUEST_NOTE } : verdict;
}

function judgeOnly(req: Requirement, resolved: ResolvedControl | undefined, report: AuditReport): Verdict {
  const label = CONTROLS[req.control].label;
  const base = { control: req.control, requirement: req };
  if (!resolved) return { ...base, verdict: 'unknown', reason: `The page says nothing about ${label}.`, evidence: null };
  const evidence = evidenceFor(report, req.control, resolved);
  if (resolved.status === 'denied') return { ...base, verdict: 'fail', reason: `${label}: the page says it is not in place.`, evidence };
  if (resolved.status === 'inherited' && req.status !== 'inherited') {
    return { ...base, verdict: 'partial', reason: `${label} is held only by a provider, not by the vendor itself.`, evidence };
  }
  if (!meetsStatus(resolved.status, req.status)) {
    return { ...base, verdict: 'partial', reason: `${label} is ${STATUS_WORDS[resolved.status]}, not yet ${STATUS_WORDS[req.status]}.`, evidence };
  }
  const broken: string[] = [];
  const missing: string[] = [];
  let brokenKey: string | undefined;
  for (const rule of req.rules) {
    const result = checkRule(rule, resolved.attributes);
    if (result === 'broken') brokenKey ??= rule.key;
    if (result === 'broken') broken.push(`the page says ${attributePhrase(rule.key, resolved.attributes[rule.key])}; required: ${describeRule(rule)}`);
    if (result === 'missing') missing.push(describeRule(rule));
  }
  if (broken.length) return { ...base, verdict: 'fail', reason: `${label}: ${broken.join('; ')}.`, evidence: evidenceFor(report, req.control, resolved, { key: brokenKey }) };
  const counted = countedHedges(req, resolved.qualifiers);
  const quotes = (q: string) => report.claims.filter((c) => c.control === req.control && (c.qualifiers as string[]).includes(q)).flatMap((c) => c.evidence);
  const hedges = counted.map((q) => hedgeLine(q as Qualifier, quotes(q)));
  if (missing.length || hedges.length) {
    const parts = [
      ...(missing.length ? [`the page does not state ${missing.join(', ')}`] : []),
      ...(hedges.length ? [`hedged: ${hedges.join(', ')}`] : []),
    ];
    return { ...base, verdict: 'partial', reason: `${label} is ${STATUS_WORDS[resolved.status]}, but ${parts.join('; ')}.`, evidence: evidenceFor(report, req.control, resolved, counted[0] ? { qualifier: counted[0] } : {}) };
  }
  return { ...base, verdict: 'pass', reason: `${label} is ${STATUS_WORDS[resolved.status]}${req.rules.length ? ` (${req.rules.map(describeRule).join(', ')})` : ''}.`, evidence: evidenceFor(report, req.control, resolved, { key: req.rules[0]?.key }) };
}

export function evaluate(report: AuditReport, profile: Profile): Verdict[] {
  return profile.requirements.map((req) => judge(req, report.controls[req.control], report));
}

export interface VerdictSummary { pass: number; fail: number; partial: number; unknown: number }

export function summarise(verdicts: readonly Verdict[]): VerdictSummary {
  const s: VerdictSummary = { pass: 0, fail: 0, partial: 0, unknown: 0 };
  for (const v of verdicts) s[v.verdict]++;
  return s;
}
