/**
 * What both end-to-end suites (Playwright in Chromium, tests/e2e; WebDriver BiDi in Firefox,
 * tests/e2e-firefox) read off the extension's pages: the selectors and test ids, the in-page readers
 * (self-contained functions: they cross into the page as source text), how a shown quote or summary
 * line is read, and the values the product spec fixes for the seed pages.
 */

// ── selectors ──

export const TEST_IDS = {
  vendor: 'vendor',
  pageUrl: 'page-url',
  textSize: 'text-size',
  quote: 'quote',
  noClaims: 'no-claims',
  summary: 'summary',
  profile: 'profile',
  snapshot: 'snapshot',
  snapshotStatus: 'snapshot-status',
  saveVendor: 'save-vendor',
  changes: 'changes',
  openLibrary: 'open-library',
  securityTxt: 'security-txt',
  profileItem: 'profile-item',
  vendorsEmpty: 'vendors-empty',
  openVendor: 'open-vendor',
  historyChecklist: 'history-checklist',
  snapshotCount: 'snapshot-count',
  regressions: 'regressions',
} as const;

export const byTestId = (id: string): string => `[data-testid="${id}"]`;

export const POPUP = {
  main: 'main.popup',
  /** main.popup gets a data-state once it has left `loading`. */
  settled: 'main.popup[data-state]',
  claimRow: 'li[data-claim]',
  claimRowOf: (control: string) => `li[data-claim="${control}"]`,
  /** The scorecard's requirement rows, one per requirement of the active profile. */
  verdictRow: '.scorecard li[data-control]',
  verdictRowOf: (control: string) => `.scorecard li[data-control="${control}"]`,
  /** Every control the page claims: the other-claims rows and the scorecard rows that are not unknown. */
  claimedRow: 'li[data-claim], .scorecard li[data-control][data-status]:not([data-status="unknown"])',
} as const;

/** A change row of the popup's or the vendors page's change list. */
export const changeRowOf = (control: string, kind: string): string => `[data-testid="changes"] li[data-control="${control}"][data-kind="${kind}"]`;

export const OPTIONS = {
  profileItem: '[data-testid="profile-item"]',
  profileItemOf: (id: string) => `[data-testid="profile-item"][data-profile-id="${id}"]`,
} as const;

export const VENDORS = {
  /** main.vendors has data-phase="ready" once the library is read. */
  ready: 'main.vendors[data-phase="ready"]',
  rowOf: (domain: string) => `tr[data-vendor="${domain}"]`,
} as const;

export type PopupState = 'report' | 'not-trust-page' | 'unreachable';

export interface ClaimRow {
  control: string;
  status: string;
}

export interface VerdictRow {
  control: string;
  verdict: string;
}

export interface VerdictCounts {
  pass: number;
  fail: number;
  partial: number;
  unknown: number;
}

// ── in-page readers (run in the popup; keep them self-contained) ──

/** The scorecard rows under `selector` (POPUP.verdictRow): control id and data-verdict, in order. */
export function readVerdictRows(selector: string): VerdictRow[] {
  return Array.from(document.querySelectorAll(selector)).map((li) => ({ control: li.getAttribute('data-control') ?? '', verdict: li.getAttribute('data-verdict') ?? '' }));
}

/** The claimed rows under `selector` (POPUP.claimedRow): control id and data-status. */
export function readClaimRows(selector: string): ClaimRow[] {
  return Array.from(document.querySelectorAll(selector)).map((li) => ({ control: li.getAttribute('data-claim') ?? li.getAttribute('data-control') ?? '', status: li.getAttribute('data-status') ?? '' }));
}

// ── reading what the popup shows ──

/** A quote button's text without its curly quotes and "(no longer on the page)"; a cut quote keeps its trailing "…". */
export function quoteText(shown: string): string {
  return shown.replace(/\s*\(no longer on the page\)\s*$/, '').trim().replace(/^“/, '').replace(/”$/, '');
}

/** Text as the extension matches quotes: letters and digits only, lower case. */
export const lettersAndDigits = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether the highlighted text is the quote (compared as the extension matches; a cut quote "…" matches its start). */
export function highlightCovers(quote: string, highlighted: string): boolean {
  const cut = quote.endsWith('…');
  const want = lettersAndDigits(cut ? quote.slice(0, -1) : quote);
  const got = lettersAndDigits(highlighted);
  return want.length > 0 && (cut ? got.startsWith(want) : got === want);
}

/** The four numbers of the summary: filter buttons in the rows' order ("N failed · N partial · N unknown · N met"), read in any order. */
export function parseSummary(text: string): VerdictCounts {
  const count = (word: string) => {
    const m = new RegExp(`(\\d+)\\s*${word}`).exec(text);
    if (!m) throw new Error(`Unreadable scorecard summary (no "${word}"): ${JSON.stringify(text)}`);
    return Number(m[1]);
  };
  return { pass: count('met'), fail: count('failed'), partial: count('partial'), unknown: count('unknown') };
}

/** Counts of rows per data-verdict; throws on a verdict that is none of the four. */
export function countVerdicts(rows: VerdictRow[]): VerdictCounts {
  const counts: VerdictCounts = { pass: 0, fail: 0, partial: 0, unknown: 0 };
  for (const { verdict } of rows) {
    if (!(verdict in counts)) throw new Error(`Unexpected data-verdict=${JSON.stringify(verdict)}`);
    counts[verdict as keyof VerdictCounts]++;
  }
  return counts;
}

/** The badge (issue 12): the number failed; with none failed, the number not met; ✓ only when every requirement is met. */
export const badgeFor = (c: VerdictCounts): string => (c.fail > 0 ? String(c.fail) : c.partial + c.unknown > 0 ? String(c.partial + c.unknown) : '✓');

/** The scorecard's order (issue 12): failed, partial, unknown, met; the profile's order within each group. */
export function rankedOrder(rows: readonly VerdictRow[], profileOrder: readonly string[]): string[] {
  const rank: Record<string, number> = { fail: 0, partial: 1, unknown: 2, pass: 3 };
  return [...rows].sort((a, b) => rank[a.verdict]! - rank[b.verdict]! || profileOrder.indexOf(a.control) - profileOrder.indexOf(b.control)).map((r) => r.control);
}

// ── values the product spec fixes ──

export const SEEDS = ['centrali', 'zentralink', 'zentrik', 'zentro', 'zenworkflow'] as const;

/** The preset profiles, id and name, in the order every profile list shows them (before the buyer's own). */
export const PRESETS: [string, string][] = [['mvsp', 'MVSP v3.0'], ['enterprise', 'Enterprise'], ['eu-data', 'EU personal data']];

/** The requirements of the presets, in order (lib/profiles/presets.ts, from the product spec). */
export const ENTERPRISE = [
  'soc2', 'iso27001', 'sso', 'mfa', 'scim', 'audit_logging', 'incident_response', 'backups',
  'rto', 'pentest', 'encryption_at_rest', 'encryption_in_transit', 'vulnerability_disclosure', 'subprocessors', 'dpa',
];
export const EU_DATA = ['data_residency', 'gdpr', 'dpa', 'subprocessors', 'incident_response'];

/** Verdicts the product spec fixes under the default Enterprise profile. */
export const ENTERPRISE_VERDICTS: Record<string, Record<string, string>> = {
  zentrik: { soc2: 'partial', backups: 'fail' }, // SOC 2 Type II in progress; 5-day backup retention < 30
  zentralink: { soc2: 'fail' }, // "We are not certified to … SOC 2"
  zenworkflow: { soc2: 'unknown' }, // no SOC 2 claim at all
  centrali: { mfa: 'partial' }, // MFA is a roadmap item (planned)
};

/** Verdicts under "EU personal data" (zentrik's data_residency = pass, US + EU, has its own test). */
export const EU_VERDICTS: Record<string, Record<string, string>> = {
  zenworkflow: { data_residency: 'pass' }, // data stored in the EU
};

/**
 * The vendor library's two versions of one page (brambleway.io): v2 lowers backup retention 7 → 5 days
 * (a regression) and moves SOC 2 Type II from in progress to a held report (an improvement).
 */
export const LIBRARY_PAIR = { v1: 'lib-brambleway-v1', v2: 'lib-brambleway-v2', domain: 'brambleway.io' } as const;
export const LIBRARY_CHANGES = [
  { control: 'soc2', kind: 'status', classification: 'improvement' },
  { control: 'backups', kind: 'attribute', classification: 'regression' },
] as const;
