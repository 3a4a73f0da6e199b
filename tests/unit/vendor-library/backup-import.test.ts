import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditText, type AuditReport } from '../../../extractors/index.ts';
import { importBackupFile } from '../../../lib/library/backup-file.ts';
import { openLibrary, parseBackup, type Library } from '../../../lib/library/library.ts';
import { MAX_BACKUP_BYTES, MAX_BACKUP_SNAPSHOTS } from '../../../lib/library/limits.ts';
import type { LibraryBackup } from '../../../lib/library/schema.ts';
import type { Profile } from '../../../lib/profiles/schema.ts';

const report = (retention: number): AuditReport => auditText(`# Security at Brambleway\n\n## Backups\n\nWe take encrypted backups daily and keep them for ${retention} days.\n`, 'x');
const blob = (text: string, name = 'vetter-library.json') => ({ name, size: new TextEncoder().encode(text).length, text: async () => text });
const profile: Profile = { id: 'mine', name: 'Mine', requirements: [{ control: 'backups', status: 'implemented', rules: [{ key: 'retention_days', min: 30 }] }] };

let library: Library;
beforeEach(async () => { library = await openLibrary({ factory: new IDBFactory() }); });
afterEach(() => library.close());

const backupOf = async () => JSON.parse(JSON.stringify(await library.exportBackup([profile], 'mine'))) as LibraryBackup;

describe('backup import file', () => {
  it('refuses a file over the size cap before reading it, naming the cap', async () => {
    let read = false;
    const big = { name: 'huge.json', size: MAX_BACKUP_BYTES + 1, text: async () => { read = true; return ''; } };
    await expect(importBackupFile(library, big, async () => 0)).rejects.toThrow(/“huge\.json” cannot be imported: it is 256 MB, over the 256 MB one import takes\. Nothing was changed/);
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
    try { await importBackupFile(library, blob(JSON.stringify(backup)), async () => 0); } catch (e) { error = e as Error; }
    expect(error?.message).toMatch(/not a web address \(only http:\/\/ and https:\/\/ pages can be saved\) \(snapshot 1 of 1, javascript:alert\(document\.domain\), field url\)\. Nothing was changed\. Fix or remove that item in the file, or export the library again/);
    expect(error?.message).toMatch(/^“vetter-library\.json” cannot be imported: /);
    expect(await library.listVendors()).toEqual([]);
  });

  it('says exactly what was saved when the profiles fail after the vendors were written', async () => {
    await library.saveSnapshot({ report: report(7), url: 'https://brambleway.io/security', contentHash: 'a', capturedAt: '2026-03-02T09:00:00.000Z' });
    const text = JSON.stringify(await backupOf());
    await library.clear();
    const outcome = await importBackupFile(library, blob(text), async () => { throw new Error('storage quota exceeded'); });
    expect(outcome.message).toBe('Imported 1 new vendor(s) and 1 snapshot(s); 0 already saved. The file’s 1 profile(s) were NOT saved (storage quota exceeded). Import the same file again to add them: the snapshots already imported are skipped.');
    expect(outcome.profilesError).toBe('storage quota exceeded');
    expect(await library.snapshotsOf('brambleway.io')).toHaveLength(1);
    // importing again adds the profiles and skips the snapshots, as the message says
    const again = await importBackupFile(library, blob(text), async (p) => p.length);
    expect(again.message).toBe('Imported 0 new vendor(s) and 0 snapshot(s); 1 already saved. 1 new profile(s) added.');
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
    const outcome = await importBackupFile(library, blob(JSON.stringify(old)), async () => 0);
    expect(outcome.result).toMatchObject({ vendorsAdded: 2, snapshotsAdded: 2 });
    const listed = (await library.listVendors()).map((e) => [e.vendor.domain, e.vendor.name, e.vendor.snapshotCount, e.latest.report.vendor.domain]).sort();
    expect(listed).toEqual([['acme.safebase.io', 'Acme', 1, 'acme.safebase.io'], ['zentrik.safebase.io', 'Zentrik', 1, 'zentrik.safebase.io']]);
  });

  it('imports many snapshots of one vendor with every one kept in order', async () => {
    const snapshots = Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, domain: 'brambleway.io', url: 'https://brambleway.io/security', capturedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), contentHash: `h${i}`, report: report(7) }));
    const backup: LibraryBackup = { format: 'vetter-library', version: 1, exportedAt: '2026-11-01T00:00:00.000Z', profiles: [], vendors: [{ domain: 'brambleway.io', name: 'Brambleway', firstSavedAt: snapshots[0]!.capturedAt, lastCapturedAt: snapshots.at(-1)!.capturedAt, latestSnapshotId: 's1999', previousSnapshotId: 's1998', snapshotCount: 2000 }], snapshots };
    const outcome = await importBackupFile(library, blob(JSON.stringify(backup)), async () => 0);
    expect(outcome.result).toMatchObject({ vendorsAdded: 1, snapshotsAdded: 2000, snapshotsSkipped: 0 });
    expect(await library.getVendor('brambleway.io')).toMatchObject({ snapshotCount: 2000, latestSnapshotId: 's1999', previousSnapshotId: 's1998' });
    const second = await importBackupFile(library, blob(JSON.stringify(backup)), async () => 0);
    expect(second.result).toMatchObject({ snapshotsAdded: 0, snapshotsSkipped: 2000 });
  });
});
