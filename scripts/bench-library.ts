/**
 * The vendor library at scale: 1,000 vendors × 5 snapshots in fake-indexeddb
 * (Node), built from the fixture pages' real reports. Times loading the vendors
 * list (with each vendor's verdicts and regressions, as the vendors page shows
 * it), comparing 50 vendors, diffing two snapshots and writing the checklist
 * CSV of all 1,000. Printed, not asserted; run alone with `npx tsx scripts/bench-library.ts`.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { auditDocument, type AuditReport } from '../extractors/index.ts';
import { compareVendors } from '../lib/compare.ts';
import { checklistRows, CHECKLIST_HEADER } from '../lib/csv/checklist.ts';
import { toCsv } from '../lib/csv/write.ts';
import { diffReports } from '../lib/diff/index.ts';
import { openLibrary } from '../lib/library/library.ts';
import { PRESETS } from '../lib/profiles/presets.ts';
import { evaluate, summarise } from '../lib/verdicts.ts';
import { loadFixtures } from '../tests/support/fixtures.ts';

const VENDORS = 1000;
const SNAPSHOTS = 5;

const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const out = await fn();
  return [out, performance.now() - t];
};

/** A report for vendor i, snapshot j: a real fixture report renamed, with a retention that drifts between snapshots. */
function variant(base: AuditReport, i: number, j: number): AuditReport {
  const report = structuredClone(base);
  report.vendor = { name: `Vendor ${i}`, domain: `vendor${i}.example` };
  const backups = report.controls.backups;
  if (backups) backups.attributes = { ...backups.attributes, retention_days: 30 - j * 3 };
  return report;
}

export interface LibraryBench { vendors: number; snapshots: number; fillMs: number; listVendorsMs: number; compare50Ms: number; diffMs: number; csv1000Ms: number; csvBytes: number }

export async function benchLibrary(): Promise<LibraryBench> {
  const bases = loadFixtures().filter((f) => f.expected.trust_page).map((f) => auditDocument(new JSDOM(f.html, { url: f.meta.url }).window.document, f.meta.url));
  const library = await openLibrary({ factory: new IDBFactory() });
  const profile = PRESETS.find((p) => p.id === 'enterprise')!;
  const [, fillMs] = await time(async () => {
    for (let i = 0; i < VENDORS; i++) {
      for (let j = 0; j < SNAPSHOTS; j++) {
        await library.saveSnapshot({ report: variant(bases[i % bases.length]!, i, j), url: `https://vendor${i}.example/security`, contentHash: `${i}-${j}`, capturedAt: new Date(Date.UTC(2026, j, 1 + (i % 28))).toISOString() });
      }
    }
  });
  const [rows, listMs] = await time(async () => (await library.listVendors()).map((e) => ({
    e,
    summary: summarise(evaluate(e.latest.report, profile)),
    regressions: e.previous ? diffReports(e.previous.report, e.latest.report, profile).filter((c) => c.classification === 'regression').length : 0,
  })));
  const fifty = rows.slice(0, 50).map(({ e }) => ({ domain: e.vendor.domain, name: e.vendor.name, report: e.latest.report, capturedAt: e.latest.capturedAt, url: e.latest.url }));
  const [, compareMs] = await time(() => compareVendors(fifty, profile, 'all'));
  const history = await library.snapshotsOf(rows[0]!.e.vendor.domain);
  const [, diffMs] = await time(() => diffReports(history[0]!.report, history.at(-1)!.report, profile));
  const [csv, csvMs] = await time(() => toCsv([[...CHECKLIST_HEADER], ...rows.flatMap(({ e }) => checklistRows({ report: e.latest.report, profile, sourceUrl: e.latest.url, capturedAt: e.latest.capturedAt }))]));
  library.close();
  return { vendors: rows.length, snapshots: VENDORS * SNAPSHOTS, fillMs, listVendorsMs: listMs, compare50Ms: compareMs, diffMs, csv1000Ms: csvMs, csvBytes: csv.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchLibrary();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else for (const [k, v] of Object.entries(r)) console.log(`${k}=${Number.isInteger(v) ? v : v.toFixed(1)}`);
}
