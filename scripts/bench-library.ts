/**
 * The vendor library at scale: 1,000 vendors × 5 snapshots in fake-indexeddb
 * (Node), built from the fixture pages' real reports. Times loading the vendors
 * list (with each vendor's verdicts and regressions, as the vendors page shows
 * it), comparing 50 vendors, diffing two snapshots and writing the checklist
 * CSV of all 1,000. Printed, not asserted; run alone with `npx tsx scripts/bench-library.ts`.
 * `--import` times importing a backup of 100,000 snapshots (1,000 vendors × 100) into an
 * empty library and again into the full one (all skipped): parse + validate + write;
 * `--import 100` does 100 vendors × 100 snapshots (10,000), to see that time grows linearly.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { auditDocument, type AuditReport } from '../extractors/index.ts';
import { compareVendors } from '../lib/compare.ts';
import { checklistRows, CHECKLIST_HEADER } from '../lib/csv/checklist.ts';
import { toCsv } from '../lib/csv/write.ts';
import { diffReports } from '../lib/diff/index.ts';
import { importBackupFile } from '../lib/library/backup-file.ts';
import { openLibrary } from '../lib/library/library.ts';
import type { LibraryBackup } from '../lib/library/schema.ts';
import { auditText } from '../extractors/index.ts';
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

const NO_PROFILES = { add: async () => [], remove: async () => undefined };

export interface ImportBench { snapshots: number; vendors: number; fileMB: number; importMs: number; reimportMs: number }

/** A backup of `vendors` × `perVendor` small real reports, imported into an empty library, then again (every one skipped). */
export async function benchImport(vendors = 1000, perVendor = 100): Promise<ImportBench> {
  const report = auditText('# Security at Brambleway\n\n## Backups\n\nWe take encrypted backups daily and keep them for 30 days.\n\n## Compliance\n\nOur SOC 2 Type II audit is in progress.\n', 'bench');
  const backup: LibraryBackup = { format: 'vetter-library', version: 1, exportedAt: '2026-11-01T00:00:00.000Z', profiles: [], vendors: [], snapshots: [] };
  for (let i = 0; i < vendors; i++) {
    const domain = `vendor${i}.example`;
    const r = { ...report, vendor: { name: `Vendor ${i}`, domain } };
    const times = Array.from({ length: perVendor }, (_, j) => new Date(Date.UTC(2026, 0, 1) + j * 3_600_000).toISOString());
    for (let j = 0; j < perVendor; j++) backup.snapshots.push({ id: `${i}-${j}`, domain, url: `https://${domain}/security`, capturedAt: times[j]!, contentHash: `${i}-${j}`, report: r });
    backup.vendors.push({ domain, name: `Vendor ${i}`, firstSavedAt: times[0]!, lastCapturedAt: times.at(-1)!, latestSnapshotId: `${i}-${perVendor - 1}`, previousSnapshotId: `${i}-${perVendor - 2}`, snapshotCount: perVendor });
  }
  const text = JSON.stringify(backup);
  const file = { size: text.length, text: async () => text };
  const library = await openLibrary({ factory: new IDBFactory() });
  const [first, importMs] = await time(() => importBackupFile(library, file, NO_PROFILES));
  const [, reimportMs] = await time(() => importBackupFile(library, file, NO_PROFILES));
  library.close();
  if (first.result.snapshotsAdded !== vendors * perVendor) throw new Error(`imported ${first.result.snapshotsAdded} of ${vendors * perVendor}`);
  return { snapshots: vendors * perVendor, vendors, fileMB: text.length / 1048576, importMs, reimportMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `--import 100` imports 100 vendors × 100 snapshots instead of 1,000 × 100 (to see that time grows linearly)
  const at = process.argv.indexOf('--import');
  const r = at >= 0 ? await benchImport(Number(process.argv[at + 1]) || 1000) : await benchLibrary();
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else for (const [k, v] of Object.entries(r)) console.log(`${k}=${Number.isInteger(v) ? v : v.toFixed(1)}`);
}
