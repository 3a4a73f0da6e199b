import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditText, type AuditReport } from '../../../extractors/index.ts';
import { importBackupFile } from '../../../lib/library/backup-file.ts';
import { LibraryError } from '../../../lib/library/errors.ts';
import { openLibrary, parseBackup, type Library } from '../../../lib/library/library.ts';
import { MAX_BACKUP_BYTES, MAX_BACKUP_SNAPSHOTS } from '../../../lib/library/limits.ts';
import type { LibraryBackup } from '../../../lib/library/schema.ts';
import type { Profile } from '../../../lib/profiles/schema.ts';

const report = (retention: number): AuditReport => auditText(`# Security at Brambleway\n\n## Backups\n\nWe take encrypted backups daily and keep them for ${retention} days.\n`, 'x');
const blob = (text: string, name = 'vetter-library.json') => ({ name, size: new TextEncoder().encode(text).length, text: async () => text });
const profile: Profile = { id: 'mine', name: 'Mine', requirements: [{ control: 'backups', status: 'implemented', rules: [{ key: 'retention_days', min: 30 }] }] };

const NONE = { add: async () => [], remove: async () => undefined };
/** Profiles kept in memory, as extension storage would keep them. */
function memoryProfiles(opts: { failAdd?: boolean; failRemove?: boolean } = {}) {
  const ids: string[] = [];
  return {
    ids,
    add: async (profiles: readonly Profile[]) => { if (opts.failAdd) throw new Error('storage quota exceeded'); const fresh = profiles.map((p) => p.id).filter((id) => !ids.includes(id)); ids.push(...fresh); return fresh; },
    remove: async (gone: readonly string[]) => { if (opts.failRemove) throw new Error('storage is gone'); for (const id of gone) ids.splice(ids.indexOf(id), 1); },
  };
}

let library: Library;
beforeEach(async () => { library = await openLibrary({ factory: new IDBFactory() }); });
afterEach(() => { library.close(); vi.restoreAllMocks(); });

const backupOf = async () => JSON.parse(JSON.stringify(await library.exportBackup([profile], 'mine'))) as LibraryBackup;

describe('backup import file', () => {
  it('refuses a file over the size cap before reading it, naming the cap', async () => {
    let read = false;
    const big = { name: 'huge.json', size: MAX_BACKUP_BYTES + 1, text: async () => { read = true; return ''; } };
    await expect(importBackupFile(library, big, NONE)).rejects.toThrow(/“huge\.json” cannot be imported: it is 256 MB, over the 256 MB one import takes\. Nothing was changed/);
    expect(read).toBe(false);
  });

  it('refuses more snapshots than the cap, naming both numbers', () => {
    const text = JSON.stringify({ format: 'vetter-library', version: 1, exportedAt: '2026-11-01T00:00:00Z', vendors: [], snapshots: Array(MAX_BACKUP_SNAPSHOTS + 1).fill(0) });
    expect(() => parseBackup(text)).toThrow(/holds 100,001 snapshots, more than the 100,000 one import takes\. Nothing was changed/);
  });

  it('rejects a javascript: page address with a message naming the snapshot, and saves none of the file', async () => {
    await library.saveSnapshot({ report: report(7), url: 'https://brambleway.io/security', contentHash: 'a', capturedAt: '2026-03-02T09:00:00.000Z' });
    const backup = await backupOf();
    backup.snapshots[0]!.url = 'javascript:alert(document.domain)';
    backup.snapshots[0]!.id = 'other-id';
    await library.clear();
    let error: Error | undefined;
    try { await importBackupFile(library, blob(JSON.stringify(backup)), NONE); } catch (e) { error = e as Error; }
    expect(error?.message).toMatch(/in snapshot 1 \([^)]*\), the page address is not a web address \(only http:\/\/ and https:\/\/ pages can be saved\)\. Nothing was changed\. .*remove that item from the file/);
    expect(error?.message).toMatch(/^“vetter-library\.json” cannot be imported: /);
    expect(await library.listVendors()).toEqual([]);
  });

  const savedBackup = async () => {
    await library.saveSnapshot({ report: report(7), url: 'https://brambleway.io/security', contentHash: 'a', capturedAt: '2026-03-02T09:00:00.000Z' });
    const text = JSON.stringify(await backupOf());
    await library.clear();
    return text;
  };

  it('imports vendors, snapshots and the new profiles together, and says what it added', async () => {
    const text = await savedBackup();
    const sink = memoryProfiles();
    const outcome = await importBackupFile(library, blob(text), sink);
    expect(outcome.message).toBe('Imported 1 new vendor and 1 snapshot; 0 snapshots already saved. 1 new profile added.');
    expect(sink.ids).toEqual(['mine']);
  });

  it('profiles that cannot be saved: nothing at all is imported', async () => {
    const text = await savedBackup();
    await expect(importBackupFile(library, blob(text), memoryProfiles({ failAdd: true }))).rejects.toThrow('“vetter-library.json” was not imported: its profiles could not be saved (storage quota exceeded). Nothing was changed. Try again.');
    expect(await library.listVendors()).toEqual([]);
  });

  it('a library write that fails takes the added profiles back out: nothing at all is imported', async () => {
    const text = await savedBackup();
    const sink = memoryProfiles();
    vi.spyOn(library, 'importBackup').mockRejectedValueOnce(new LibraryError('quota'));
    await expect(importBackupFile(library, blob(text), sink)).rejects.toThrow(/^“vetter-library\.json” was not imported: Your disk is full/);
    expect(sink.ids).toEqual([]);
    expect(await library.listVendors()).toEqual([]);
  });

  it('and if the profiles cannot be taken back out either, the message says exactly which stayed', async () => {
    const text = await savedBackup();
    vi.spyOn(library, 'importBackup').mockRejectedValueOnce(new LibraryError('quota'));
    await expect(importBackupFile(library, blob(text), memoryProfiles({ failRemove: true }))).rejects.toThrow(/No vendor or snapshot was saved, but 1 profile from the file stayed \(mine\): they could not be taken back out \(storage is gone\)\. Delete them on the options page/);
  });

  it('re-keys a backup written before vendors were keyed by who they are: two SafeBase vendors come apart', async () => {
    const a = { ...report(7), vendor: { name: 'Acme', domain: 'safebase.io' } };
    const z = { ...report(5), vendor: { name: 'Zentrik', domain: 'safebase.io' } };
    const old: LibraryBackup = {
      format: 'vetter-library', version: 1, exportedAt: '2026-11-01T00:00:00.000Z', profiles: [],
      vendors: [{ domain: 'safebase.io', name: 'Acme', firstSavedAt: '2026-03-01T00:00:00.000Z', lastCapturedAt: '2026-04-01T00:00:00.000Z', latestSnapshotId: 'z1', previousSnapshotId: 'a1', snapshotCount: 2 }],
      snapshots: [
        { id: 'a1', domain: 'safebase.io', url: 'https://acme.safebase.io/', capturedAt: '2026-03-01T00:00:00.000Z', contentHash: 'h1', report: a },
        { id: 'z1', domain: 'safebase.io', url: 'https://zentrik.safebase.io/', capturedAt: '2026-04-01T00:00:00.000Z', contentHash: 'h2', report: z },
      ],
    };
    const outcome = await importBackupFile(library, blob(JSON.stringify(old)), NONE);
    expect(outcome.result).toMatchObject({ vendorsAdded: 2, snapshotsAdded: 2 });
    const listed = (await library.listVendors()).map((e) => [e.vendor.domain, e.vendor.name, e.vendor.snapshotCount, e.latest.report.vendor.domain]).sort();
    expect(listed).toEqual([['acme.safebase.io', 'Acme', 1, 'acme.safebase.io'], ['zentrik.safebase.io', 'Zentrik', 1, 'zentrik.safebase.io']]);
  });

  it('imports many snapshots of one vendor with every one kept in order', async () => {
    const snapshots = Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, domain: 'brambleway.io', url: 'https://brambleway.io/security', capturedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), contentHash: `h${i}`, report: report(7) }));
    const backup: LibraryBackup = { format: 'vetter-library', version: 1, exportedAt: '2026-11-01T00:00:00.000Z', profiles: [], vendors: [{ domain: 'brambleway.io', name: 'Brambleway', firstSavedAt: snapshots[0]!.capturedAt, lastCapturedAt: snapshots.at(-1)!.capturedAt, latestSnapshotId: 's1999', previousSnapshotId: 's1998', snapshotCount: 2000 }], snapshots };
    const outcome = await importBackupFile(library, blob(JSON.stringify(backup)), NONE);
    expect(outcome.result).toMatchObject({ vendorsAdded: 1, snapshotsAdded: 2000, snapshotsSkipped: 0 });
    expect(await library.getVendor('brambleway.io')).toMatchObject({ snapshotCount: 2000, latestSnapshotId: 's1999', previousSnapshotId: 's1998' });
    const second = await importBackupFile(library, blob(JSON.stringify(backup)), NONE);
    expect(second.result).toMatchObject({ snapshotsAdded: 0, snapshotsSkipped: 2000 });
  });
});
