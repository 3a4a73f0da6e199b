import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION } from '../../../lib/library/db.ts';
import type { AuditReport } from '../../../extractors/schema/index.ts';
import { Library, openLibrary, vendorDomainOf } from '../../../lib/library/library.ts';
import { SnapshotSchema, VendorSchema } from '../../../lib/library/schema.ts';

/**
 * Every earlier version of the library, frozen as its stores and records were
 * (tests/unit/vendor-library/frozen/vN.json, made by scripts/freeze-library.ts),
 * opened with today's code: no saved vendor or snapshot may be lost. A new
 * version adds its file to the folder; nothing here changes.
 */
interface FrozenStore { keyPath: string | string[]; indexes: { name: string; keyPath: string | string[]; unique: boolean }[]; records: unknown[] }
interface Frozen { version: number; stores: Record<string, FrozenStore> }

const FROZEN = join(import.meta.dirname, 'frozen');
const frozen = readdirSync(FROZEN).filter((f) => /^v\d+\.json$/.test(f)).map((f) => [f, JSON.parse(readFileSync(join(FROZEN, f), 'utf8')) as Frozen] as const);

/** Builds the frozen database with raw IndexedDB from its own description, not with today's migrations. */
function materialise(factory: IDBFactory, dump: Frozen): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = factory.open(DB_NAME, dump.version);
    open.onupgradeneeded = () => {
      for (const [name, store] of Object.entries(dump.stores)) {
        const os = open.result.createObjectStore(name, { keyPath: store.keyPath });
        for (const index of store.indexes) os.createIndex(index.name, index.keyPath, { unique: index.unique });
        for (const record of store.records) os.put(record);
      }
    };
    open.onsuccess = () => { open.result.close(); resolve(); };
    open.onerror = () => reject(open.error);
  });
}

describe('migrations from every frozen version', () => {
  it('has a frozen sample of every version before the current one, and of the current one', () => {
    const versions = frozen.map(([, d]) => d.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it.each(frozen)('%s opens with today’s code and keeps every vendor and snapshot', async (_file, dump) => {
    const factory = new IDBFactory();
    await materialise(factory, dump);
    const library: Library = await openLibrary({ factory });
    try {
      const vendors = dump.stores.vendors!.records as { domain: string }[];
      const snapshots = dump.stores.snapshots!.records as { id: string; domain: string }[];
      expect(vendors.length).toBeGreaterThanOrEqual(2);
      expect(snapshots.length).toBeGreaterThanOrEqual(3);
      const listed = await library.listVendors();
      expect(listed.map((e) => e.vendor.domain).sort()).toEqual(vendors.map((v) => v.domain).sort());
      for (const entry of listed) {
        expect(VendorSchema.safeParse(entry.vendor).success).toBe(true);
        expect(SnapshotSchema.safeParse(entry.latest).success, `latest snapshot of ${entry.vendor.domain} reads as today's schema`).toBe(true);
      }
      for (const s of snapshots) expect((await library.getSnapshot(s.id))?.domain).toBe(s.domain);
      for (const v of vendors) expect(await library.snapshotsOf(v.domain)).toHaveLength(snapshots.filter((s) => s.domain === v.domain).length);
      // and the migrated library takes new snapshots
      const latest = listed[0]!.latest;
      const saved = await library.saveSnapshot({ report: latest.report, url: latest.url, contentHash: `${latest.contentHash}-changed`, capturedAt: '2026-11-23T00:00:00.000Z' });
      expect(saved.vendor.snapshotCount).toBe(listed[0]!.vendor.snapshotCount + 1);
    } finally {
      library.close();
    }
  });
});

describe('v2 re-keys vendors from their snapshots’ URLs', () => {
  const mixed = JSON.parse(readFileSync(join(FROZEN, 'v1-mixed.json'), 'utf8')) as Frozen;

  it('the frozen v1 library mixes vendors, as v1 keyed them', () => {
    const vendors = mixed.stores.vendors!.records as { domain: string; name: string }[];
    expect(mixed.version).toBe(1);
    expect(vendors.map((v) => v.domain).sort()).toEqual(['safebase.io', 'zentrik.ai']);
  });

  it('splits two SafeBase trust centers saved under safebase.io, and an IP page filed under the vendor it named', async () => {
    const factory = new IDBFactory();
    await materialise(factory, mixed);
    const library = await openLibrary({ factory });
    try {
      const listed = await library.listVendors();
      expect(listed.map((e) => e.vendor.domain).sort()).toEqual(['10.0.0.5', 'brambleway.safebase.io', 'pinegrove.safebase.io', 'zentrik.ai']);
      const byKey = Object.fromEntries(listed.map((e) => [e.vendor.domain, e]));
      expect(byKey['brambleway.safebase.io']!.vendor).toMatchObject({ name: 'Brambleway', snapshotCount: 2, firstSavedAt: '2026-03-02T09:00:00.000Z', lastCapturedAt: '2026-09-14T09:00:00.000Z' });
      expect(byKey['pinegrove.safebase.io']!.vendor).toMatchObject({ name: 'Pinegrove', snapshotCount: 1, firstSavedAt: '2026-05-20T16:30:00.000Z' });
      // zentrik.ai keeps its record (and name) with its own snapshot only
      expect(byKey['zentrik.ai']!.vendor).toMatchObject({ name: 'Zentrik', snapshotCount: 1, lastCapturedAt: '2026-04-01T10:00:00.000Z', previousSnapshotId: null });
      expect(byKey['10.0.0.5']!.vendor).toMatchObject({ snapshotCount: 1, lastCapturedAt: '2026-06-01T10:00:00.000Z' });
      // the history of each vendor holds only its own pages, and each snapshot's report names its key
      for (const e of listed) {
        const history = await library.snapshotsOf(e.vendor.domain);
        expect(history).toHaveLength(e.vendor.snapshotCount);
        for (const s of history) {
          expect(s.domain).toBe(e.vendor.domain);
          expect(s.report.vendor.domain).toBe(e.vendor.domain);
          expect(VendorSchema.safeParse(e.vendor).success).toBe(true);
        }
      }
      expect((await library.snapshotsOf('brambleway.safebase.io')).map((s) => s.url)).toEqual(['https://brambleway.safebase.io/', 'https://brambleway.safebase.io/']);
      expect(await library.snapshotsOf('safebase.io')).toEqual([]);
      const total = (mixed.stores.snapshots!.records as unknown[]).length;
      expect(listed.reduce((n, e) => n + e.vendor.snapshotCount, 0)).toBe(total);
    } finally {
      library.close();
    }
  });

  it('finds vendors saved by v1 under the same key as the popup now computes (ordinary domains do not move)', async () => {
    const factory = new IDBFactory();
    const v1 = frozen.find(([f]) => f === 'v1.json')![1];
    await materialise(factory, v1);
    const library = await openLibrary({ factory });
    try {
      for (const s of v1.stores.snapshots!.records as { id: string; domain: string; url: string; report: AuditReport }[]) {
        expect(vendorDomainOf(s.report, s.url)).toBe(s.domain);
        expect((await library.latestSnapshot(vendorDomainOf(s.report, s.url)))?.domain).toBe(s.domain);
      }
    } finally {
      library.close();
    }
  });
});
