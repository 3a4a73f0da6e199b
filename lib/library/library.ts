import { z } from '../../extractors/schema/zod.ts';
import type { AuditReport } from '../../extractors/schema/index.ts';
import type { Profile } from '../profiles/schema.ts';
import { explainImportError } from '../import-errors.ts';
import type { IDBPTransaction } from 'idb';
import { openLibraryDb, type LibraryDb, type LibraryDbSchema, type OpenOptions } from './db.ts';
import { LibraryError, toLibraryError } from './errors.ts';
import { vendorKey } from '../vendor-identity.ts';
import { regroupByVendor } from './regroup.ts';
import { MAX_BACKUP_SNAPSHOTS } from './limits.ts';
import { LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION, LibraryBackupSchema, SnapshotSchema, type LibraryBackup, type Snapshot, type Vendor } from './schema.ts';

/**
 * The vendor library: saved vendors and their dated snapshots. Every write is
 * one transaction over both stores, so a failed write (a full disk, a closed
 * tab) leaves nothing half-saved, and every failure reaches the caller as a
 * LibraryError with a message for the buyer.
 */

export interface VendorEntry {
  vendor: Vendor;
  latest: Snapshot;
  previous: Snapshot | null;
}

export interface DeletedVendor {
  vendor: Vendor;
  snapshots: Snapshot[];
}

export interface SaveInput {
  report: AuditReport;
  url: string;
  contentHash: string;
  capturedAt?: string;
  name?: string;
}

export interface ImportResult {
  vendorsAdded: number;
  snapshotsAdded: number;
  snapshotsSkipped: number;
  profiles: Profile[];
  activeProfileId?: string;
}

/**
 * The key a vendor is saved under (lib/vendor-identity.ts): who the vendor is,
 * from the page's URL — a platform's per-vendor address, the registrable domain
 * with private suffixes, an IP or one-word host — never a domain its text names
 * (loopback test hosts aside). The URL itself when nothing else can key it.
 */
export function vendorDomainOf(report: AuditReport, url: string): string {
  return vendorKey(url, report.vendor.domain) ?? url;
}

const newId = () => globalThis.crypto.randomUUID();

/** A vendor record rebuilt from its snapshots (oldest first). */
function vendorFrom(domain: string, name: string, snapshots: readonly Snapshot[], firstSavedAt?: string): Vendor {
  const latest = snapshots.at(-1)!;
  return {
    domain,
    name,
    firstSavedAt: firstSavedAt && firstSavedAt < snapshots[0]!.capturedAt ? firstSavedAt : snapshots[0]!.capturedAt,
    lastCapturedAt: latest.capturedAt,
    latestSnapshotId: latest.id,
    previousSnapshotId: snapshots.at(-2)?.id ?? null,
    snapshotCount: snapshots.length,
  };
}

type WriteTx = IDBPTransaction<LibraryDbSchema, ['vendors', 'snapshots'], 'readwrite'>;

const byCaptured = (a: Snapshot, b: Snapshot) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id);
const historyRange = (domain: string) => IDBKeyRange.bound([domain, ''], [domain, '\uffff']);

export class Library {
  constructor(private readonly db: LibraryDb) {}

  /** Runs a library operation; whatever fails becomes a LibraryError. */
  private async run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw toLibraryError(e);
    }
  }

  /**
   * One read-write transaction over both stores. A failure part-way aborts it,
   * so what was already put is undone: IndexedDB commits a transaction whose
   * requests all succeeded, even when the code that issued them then threw.
   */
  private async write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    const tx = this.db.transaction(['vendors', 'snapshots'], 'readwrite');
    try {
      const result = await fn(tx);
      await tx.done;
      return result;
    } catch (e) {
      try { tx.abort(); } catch { /* already finished or aborted */ }
      await tx.done.catch(() => undefined);
      throw e;
    }
  }

  saveSnapshot(input: SaveInput): Promise<{ vendor: Vendor; snapshot: Snapshot; duplicate: boolean }> {
    return this.run(async () => {
      const domain = vendorDomainOf(input.report, input.url);
      // the saved report names its vendor by the key, as every screen and export of the library shows it
      const report = { ...input.report, vendor: { ...input.report.vendor, domain } };
      const parsed = SnapshotSchema.safeParse({ id: newId(), domain, url: input.url, capturedAt: input.capturedAt ?? new Date().toISOString(), contentHash: input.contentHash, report });
      if (!parsed.success) throw new LibraryError('invalid', `The snapshot was not saved: the report is not valid (${z.prettifyError(parsed.error).split('\n')[0]}).`);
      const snapshot = parsed.data;
      return this.write(async (tx) => {
        const vendors = tx.objectStore('vendors');
        const snapshots = tx.objectStore('snapshots');
        const existing = await vendors.get(domain);
        const latest = existing ? await snapshots.get(existing.latestSnapshotId) : undefined;
        if (existing && latest && latest.contentHash === snapshot.contentHash) return { vendor: existing, snapshot: latest, duplicate: true };
        const vendor: Vendor = existing
          ? { ...existing, name: input.name ?? existing.name, lastCapturedAt: snapshot.capturedAt, latestSnapshotId: snapshot.id, previousSnapshotId: existing.latestSnapshotId, snapshotCount: existing.snapshotCount + 1 }
          : vendorFrom(domain, input.name ?? input.report.vendor.name ?? domain, [snapshot]);
        await snapshots.put(snapshot);
        await vendors.put(vendor);
        return { vendor, snapshot, duplicate: false };
      });
    });
  }

  /** Every vendor with its latest and previous snapshot: two reads per vendor, never the whole history. */
  listVendors(): Promise<VendorEntry[]> {
    return this.run(async () => {
      const tx = this.db.transaction(['vendors', 'snapshots'], 'readonly');
      const snapshots = tx.objectStore('snapshots');
      const vendors = await tx.objectStore('vendors').getAll();
      const entries = await Promise.all(vendors.map(async (vendor) => {
        const [latest, previous] = await Promise.all([snapshots.get(vendor.latestSnapshotId), vendor.previousSnapshotId ? snapshots.get(vendor.previousSnapshotId) : undefined]);
        return latest ? { vendor, latest, previous: previous ?? null } : null;
      }));
      await tx.done;
      return entries.filter((e): e is VendorEntry => e !== null);
    });
  }

  getVendor(domain: string): Promise<Vendor | undefined> {
    return this.run(() => this.db.get('vendors', domain));
  }

  getSnapshot(id: string): Promise<Snapshot | undefined> {
    return this.run(() => this.db.get('snapshots', id));
  }

  /** A vendor's snapshots, oldest first. */
  snapshotsOf(domain: string): Promise<Snapshot[]> {
    return this.run(async () => (await this.db.getAllFromIndex('snapshots', 'by-domain-captured', historyRange(domain))).sort(byCaptured));
  }

  latestSnapshot(domain: string): Promise<Snapshot | undefined> {
    return this.run(async () => {
      const vendor = await this.db.get('vendors', domain);
      return vendor ? this.db.get('snapshots', vendor.latestSnapshotId) : undefined;
    });
  }

  /** Deletes a vendor and its history; returns them so the buyer can undo. */
  deleteVendor(domain: string): Promise<DeletedVendor> {
    return this.run(() => this.write(async (tx) => {
      const vendor = await tx.objectStore('vendors').get(domain);
      if (!vendor) throw new LibraryError('not-found');
      const index = tx.objectStore('snapshots').index('by-domain-captured');
      const snapshots = (await index.getAll(historyRange(domain))).sort(byCaptured);
      for (const s of snapshots) await tx.objectStore('snapshots').delete(s.id);
      await tx.objectStore('vendors').delete(domain);
      return { vendor, snapshots };
    }));
  }

  restoreVendor(deleted: DeletedVendor): Promise<void> {
    return this.run(() => this.write(async (tx) => {
      for (const s of deleted.snapshots) await tx.objectStore('snapshots').put(s);
      await tx.objectStore('vendors').put(deleted.vendor);
    }));
  }

  /** Deletes one snapshot; the vendor's latest/previous/count follow, and a vendor left with none goes too. */
  deleteSnapshot(id: string): Promise<void> {
    return this.run(() => this.write(async (tx) => {
      const snapshots = tx.objectStore('snapshots');
      const snapshot = await snapshots.get(id);
      if (!snapshot) throw new LibraryError('not-found');
      await snapshots.delete(id);
      const rest = (await snapshots.index('by-domain-captured').getAll(historyRange(snapshot.domain))).sort(byCaptured);
      const vendor = await tx.objectStore('vendors').get(snapshot.domain);
      if (!rest.length) await tx.objectStore('vendors').delete(snapshot.domain);
      else if (vendor) await tx.objectStore('vendors').put(vendorFrom(vendor.domain, vendor.name, rest, vendor.firstSavedAt));
    }));
  }

  exportBackup(profiles: Profile[], activeProfileId?: string): Promise<LibraryBackup> {
    return this.run(async () => {
      const tx = this.db.transaction(['vendors', 'snapshots'], 'readonly');
      const [vendors, snapshots] = await Promise.all([tx.objectStore('vendors').getAll(), tx.objectStore('snapshots').getAll()]);
      await tx.done;
      return { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exportedAt: new Date().toISOString(), vendors, snapshots, profiles, ...(activeProfileId ? { activeProfileId } : {}) };
    });
  }

  /** Reads a backup file's text; a file that is not one gives a LibraryError('invalid') saying why. */
  parseBackup(text: string, fileName?: string): LibraryBackup {
    return parseBackup(text, fileName);
  }

  /**
   * Merges a backup: validated whole first, then written in one transaction;
   * snapshots already saved are skipped. Linear in snapshots: one pass to group
   * them by vendor, one read of the ids already saved, one history read per
   * vendor, and puts issued without a round trip each. Snapshots are re-keyed
   * from their URLs (a backup from before v2 may file two vendors under one key).
   */
  importBackup(json: unknown): Promise<ImportResult> {
    return this.run(async () => {
      const backup = validateBackup(json);
      const groups = regroupByVendor(backup.vendors, backup.snapshots);
      return this.write(async (tx) => {
        const vendors = tx.objectStore('vendors');
        const snapshots = tx.objectStore('snapshots');
        const savedIds = new Set(await snapshots.getAllKeys());
        const puts: Promise<unknown>[] = [];
        let snapshotsAdded = 0;
        let snapshotsSkipped = 0;
        let vendorsAdded = 0;
        for (const group of groups) {
          const existing = await vendors.get(group.domain);
          const history = await snapshots.index('by-domain-captured').getAll(historyRange(group.domain));
          // the same capture saved twice (an earlier import) has the same id, or the same text at the same time
          const seen = new Set(history.map((s) => `${s.contentHash}@${s.capturedAt}`));
          for (const s of group.snapshots) {
            const at = `${s.contentHash}@${s.capturedAt}`;
            if (savedIds.has(s.id) || seen.has(at)) { snapshotsSkipped++; continue; }
            puts.push(snapshots.put(s));
            history.push(s);
            savedIds.add(s.id);
            seen.add(at);
            snapshotsAdded++;
          }
          if (!history.length) continue;
          if (!existing) vendorsAdded++;
          puts.push(vendors.put(vendorFrom(group.domain, existing?.name ?? group.name, history.sort(byCaptured), existing?.firstSavedAt ?? group.firstSavedAt)));
        }
        await Promise.all(puts);
        return { vendorsAdded, snapshotsAdded, snapshotsSkipped, profiles: backup.profiles, ...(backup.activeProfileId ? { activeProfileId: backup.activeProfileId } : {}) };
      });
    });
  }

  clear(): Promise<void> {
    return this.run(() => this.write(async (tx) => {
      await Promise.all([tx.objectStore('vendors').clear(), tx.objectStore('snapshots').clear()]);
    }));
  }

  close(): void {
    this.db.close();
  }
}

const fileLabel = (fileName?: string) => (fileName ? `“${fileName}”` : 'The file');

function validateBackup(json: unknown, fileName?: string): LibraryBackup {
  const count = (json as { snapshots?: unknown } | null)?.snapshots;
  if (Array.isArray(count) && count.length > MAX_BACKUP_SNAPSHOTS) {
    throw new LibraryError('invalid', `${fileLabel(fileName)} cannot be imported: it holds ${count.length.toLocaleString('en')} snapshots, more than the ${MAX_BACKUP_SNAPSHOTS.toLocaleString('en')} one import takes. Nothing was changed. Export smaller backups (delete old snapshots first) and import them one by one.`);
  }
  const parsed = LibraryBackupSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new LibraryError('invalid', explainImportError('library', fileName ?? null, parsed.error, json));
}

export function parseBackup(text: string, fileName?: string): LibraryBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LibraryError('invalid', `${fileLabel(fileName)} cannot be imported: it is not JSON, so not a Vetter library backup. Nothing was changed. Choose a file made with Export library.`);
  }
  return validateBackup(json, fileName);
}

export async function openLibrary(options: OpenOptions = {}): Promise<Library> {
  return new Library(await openLibraryDb(options));
}
