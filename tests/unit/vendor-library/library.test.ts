import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditText, type AuditReport } from '../../../extractors/index.ts';
import { contentHash } from '../../../lib/library/content-hash.ts';
import { DB_NAME, openLibraryDb } from '../../../lib/library/db.ts';
import { LibraryError } from '../../../lib/library/errors.ts';
import { openLibrary, parseBackup, vendorDomainOf, type Library } from '../../../lib/library/library.ts';

const page = (retention: number, soc2: string) => `# Security at Brambleway

Questions: security@brambleway.io

## Compliance

${soc2}

## Backups

We take encrypted backups of every database daily and keep them for ${retention} days.
`;
const report = (retention = 7, soc2 = 'Our SOC 2 Type II audit is in progress.'): AuditReport => auditText(page(retention, soc2), 'https://brambleway.io/security');
const URL = 'https://brambleway.io/security';

let factory: IDBFactory;
let library: Library;
beforeEach(async () => {
  factory = new IDBFactory();
  library = await openLibrary({ factory });
});
afterEach(() => {
  library.close();
  vi.restoreAllMocks();
});

const save = (r: AuditReport, capturedAt: string, hash = contentHash(JSON.stringify(r))) => library.saveSnapshot({ report: r, url: URL, capturedAt, contentHash: hash });

describe('saving snapshots', () => {
  it('keys a vendor by its URL (the domain its page names only on a loopback test host), else the host of its URL', () => {
    const named = { ...report(), vendor: { name: 'Brambleway', domain: 'brambleway.io' } };
    expect(vendorDomainOf(named, 'http://127.0.0.1:8080/x')).toBe('brambleway.io');
    expect(vendorDomainOf(named, 'http://10.0.0.5/x')).toBe('10.0.0.5');
    expect(vendorDomainOf(named, 'https://brambleway.safebase.io/')).toBe('brambleway.safebase.io');
    const anonymous = { ...report(), vendor: { name: null, domain: null } };
    expect(vendorDomainOf(anonymous, 'https://www.acme.co.uk/security')).toBe('acme.co.uk');
    expect(vendorDomainOf(anonymous, 'http://127.0.0.1:8080/x')).toBe('127.0.0.1');
  });

  it('saves a vendor with its first snapshot, then keeps a dated history, newest as latest', async () => {
    const first = await save(report(7), '2026-03-02T09:00:00.000Z');
    expect(first.duplicate).toBe(false);
    expect(first.vendor).toMatchObject({ domain: 'brambleway.io', name: 'Brambleway', snapshotCount: 1, previousSnapshotId: null });
    const second = await save(report(5), '2026-09-14T09:00:00.000Z');
    expect(second.vendor).toMatchObject({ snapshotCount: 2, latestSnapshotId: second.snapshot.id, previousSnapshotId: first.snapshot.id, firstSavedAt: '2026-03-02T09:00:00.000Z', lastCapturedAt: '2026-09-14T09:00:00.000Z' });
    const history = await library.snapshotsOf('brambleway.io');
    expect(history.map((s) => s.report.controls.backups?.attributes.retention_days)).toEqual([7, 5]);
    expect((await library.latestSnapshot('brambleway.io'))?.id).toBe(second.snapshot.id);
    const [entry] = await library.listVendors();
    expect(entry!.latest.id).toBe(second.snapshot.id);
    expect(entry!.previous?.id).toBe(first.snapshot.id);
  });

  it('does not save the same text twice in a row', async () => {
    const r = report();
    const a = await save(r, '2026-03-02T09:00:00.000Z', 'hash-1');
    const b = await save(r, '2026-03-03T09:00:00.000Z', 'hash-1');
    expect(b.duplicate).toBe(true);
    expect(b.snapshot.id).toBe(a.snapshot.id);
    expect(await library.snapshotsOf('brambleway.io')).toHaveLength(1);
  });

  it('refuses a report that is not valid, and saves nothing of it', async () => {
    const broken = { ...report(), controls: { backups: { status: 'implemented', attributes: { retention_days: 'a week' }, qualifiers: [] } } } as unknown as AuditReport;
    await expect(save(broken, '2026-03-02T09:00:00.000Z')).rejects.toMatchObject({ kind: 'invalid' });
    expect(await library.listVendors()).toEqual([]);
  });

  it('a full disk mid-write leaves nothing half-saved and loses nothing saved before', async () => {
    await save(report(7), '2026-03-02T09:00:00.000Z');
    // the snapshot is written, then the vendor record hits the quota: the whole transaction must go
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'vendors') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const error = await save(report(5), '2026-09-14T09:00:00.000Z').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect(error).toMatchObject({ kind: 'quota' });
    expect((error as Error).message).toMatch(/not saved.*Nothing saved before was lost/s);
    vi.restoreAllMocks();
    const history = await library.snapshotsOf('brambleway.io');
    expect(history.map((s) => s.report.controls.backups?.attributes.retention_days)).toEqual([7]);
    expect((await library.getVendor('brambleway.io'))?.snapshotCount).toBe(1);
  });
});

describe('deleting', () => {
  it('deletes a vendor with its history and restores it on undo', async () => {
    await save(report(7), '2026-03-02T09:00:00.000Z');
    await save(report(5), '2026-09-14T09:00:00.000Z');
    const deleted = await library.deleteVendor('brambleway.io');
    expect(deleted.snapshots).toHaveLength(2);
    expect(await library.listVendors()).toEqual([]);
    expect(await library.snapshotsOf('brambleway.io')).toEqual([]);
    await library.restoreVendor(deleted);
    expect((await library.listVendors())[0]?.vendor.snapshotCount).toBe(2);
  });

  it('deleting the newest snapshot makes the one before it the latest; deleting the last deletes the vendor', async () => {
    const a = await save(report(7), '2026-03-02T09:00:00.000Z');
    const b = await save(report(5), '2026-09-14T09:00:00.000Z');
    await library.deleteSnapshot(b.snapshot.id);
    expect(await library.getVendor('brambleway.io')).toMatchObject({ latestSnapshotId: a.snapshot.id, previousSnapshotId: null, snapshotCount: 1, lastCapturedAt: '2026-03-02T09:00:00.000Z' });
    await library.deleteSnapshot(a.snapshot.id);
    expect(await library.getVendor('brambleway.io')).toBeUndefined();
  });

  it('says when the vendor is gone', async () => {
    await expect(library.deleteVendor('nobody.example')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('opening the database', () => {
  it('says so when IndexedDB is not there', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error a browser profile without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(openLibraryDb()).rejects.toMatchObject({ kind: 'unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('an upgrade blocked by another open tab fails at once with a message, and the data stays', async () => {
    await save(report(7), '2026-03-02T09:00:00.000Z');
    library.close();
    // another tab of an old version holds the database open and ignores the upgrade request
    const other = await new Promise<IDBDatabase>((resolve) => { const r = factory.open(DB_NAME); r.onsuccess = () => resolve(r.result); });
    other.onversionchange = () => undefined;
    // a newer Vetter asks for the next version
    const newer = { open: (name: string, version?: number) => factory.open(name, (version ?? 1) + 1) } as unknown as IDBFactory;
    const onBlocked = vi.fn();
    const error = await openLibraryDb({ factory: newer, onBlocked }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'blocked' });
    expect((error as Error).message).toMatch(/Close the other Vetter tabs/);
    expect(onBlocked).toHaveBeenCalledOnce();
    other.close();
    library = await openLibrary({ factory: newer });
    expect((await library.listVendors())[0]?.vendor.domain).toBe('brambleway.io');
  });

  it('a connection closes itself when another tab upgrades, so the upgrade is not blocked', async () => {
    const onVersionChange = vi.fn();
    const db = await openLibraryDb({ factory, onVersionChange });
    const newer = { open: (name: string, version?: number) => factory.open(name, (version ?? 1) + 1) } as unknown as IDBFactory;
    library.close();
    const upgraded = await openLibraryDb({ factory: newer });
    expect(onVersionChange).toHaveBeenCalledOnce();
    upgraded.close();
    db.close();
  });

  it('a database written by a newer Vetter is not touched', async () => {
    const fresh = new IDBFactory();
    await new Promise<void>((resolve) => { const r = fresh.open(DB_NAME, 99); r.onsuccess = () => { r.result.close(); resolve(); }; });
    await expect(openLibraryDb({ factory: fresh })).rejects.toMatchObject({ kind: 'newer-version' });
  });
});

describe('backup', () => {
  const profile = { id: 'mine', name: 'Mine', requirements: [{ control: 'backups' as const, status: 'implemented' as const, rules: [{ key: 'retention_days', min: 30 }] }] };

  it('export → clear → import gives the same library; importing again adds nothing', async () => {
    await save(report(7), '2026-03-02T09:00:00.000Z');
    await save(report(5, 'We hold a SOC 2 Type II report.'), '2026-09-14T09:00:00.000Z');
    const backup = await library.exportBackup([profile], 'mine');
    const text = JSON.stringify(backup);
    await library.clear();
    expect(await library.listVendors()).toEqual([]);
    const result = await library.importBackup(parseBackup(text));
    expect(result).toMatchObject({ vendorsAdded: 1, snapshotsAdded: 2, snapshotsSkipped: 0, activeProfileId: 'mine' });
    expect(result.profiles).toEqual([profile]);
    const again = await library.exportBackup([profile], 'mine');
    expect({ ...again, exportedAt: null }).toEqual({ ...backup, exportedAt: null });
    expect(await library.importBackup(parseBackup(text))).toMatchObject({ vendorsAdded: 0, snapshotsAdded: 0, snapshotsSkipped: 2 });
    expect(await library.snapshotsOf('brambleway.io')).toHaveLength(2);
  });

  it('merges a backup into a library that already has other snapshots of the vendor', async () => {
    await save(report(7), '2026-03-02T09:00:00.000Z');
    const text = JSON.stringify(await library.exportBackup([]));
    await library.clear();
    await save(report(5), '2026-09-14T09:00:00.000Z');
    expect(await library.importBackup(parseBackup(text))).toMatchObject({ vendorsAdded: 0, snapshotsAdded: 1 });
    expect(await library.getVendor('brambleway.io')).toMatchObject({ snapshotCount: 2, lastCapturedAt: '2026-09-14T09:00:00.000Z', firstSavedAt: '2026-03-02T09:00:00.000Z' });
  });

  it.each([
    ['not JSON', 'PK\u0003\u0004 zip bytes', /not JSON/],
    ['a foreign file', '{"format":"something-else","version":1}', /not a Vetter library file/],
    ['a profiles file', '{"format":"vetter-profiles","version":1,"profiles":[]}', /not a Vetter library file/],
    ['a newer version', '{"format":"vetter-library","version":7,"exportedAt":"2030-01-01T00:00:00Z","vendors":[],"snapshots":[]}', /newer Vetter/],
  ])('rejects %s with a clear message and changes nothing', async (_what, text, message) => {
    await save(report(7), '2026-03-02T09:00:00.000Z');
    let error: unknown;
    try { await library.importBackup(parseBackup(text)); } catch (e) { error = e; }
    expect(error).toMatchObject({ kind: 'invalid' });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/Nothing was changed/);
    expect(await library.snapshotsOf('brambleway.io')).toHaveLength(1);
  });

  it('rejects a whole file when one snapshot is malformed, writing none of it', async () => {
    await save(report(7), '2026-03-02T09:00:00.000Z');
    const backup = await library.exportBackup([]);
    await library.clear();
    const good = backup.snapshots[0]!;
    const bad = { ...good, id: 'other', capturedAt: 'yesterday' };
    await expect(library.importBackup({ ...backup, snapshots: [good, bad] })).rejects.toMatchObject({ kind: 'invalid', message: expect.stringMatching(/in snapshot 2 \(brambleway\.io\), “captured at” is not a valid date and time/) });
    expect(await library.listVendors()).toEqual([]);
  });

  it('rejects a snapshot whose vendor is missing from the file', async () => {
    await save(report(7), '2026-03-02T09:00:00.000Z');
    const backup = await library.exportBackup([]);
    await expect(library.importBackup({ ...backup, vendors: [] })).rejects.toMatchObject({ kind: 'invalid', message: expect.stringMatching(/no vendor record/) });
  });
});

describe('content hash', () => {
  it('is stable, 16 hex digits, and changes with any character', () => {
    const text = 'We keep backups for 7 days.';
    expect(contentHash(text)).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(text)).toBe(contentHash(`${text}`));
    expect(contentHash(text)).not.toBe(contentHash('We keep backups for 5 days.'));
    expect(contentHash('ab')).not.toBe(contentHash('ba'));
    expect(contentHash('')).not.toBe(contentHash(' '));
  });
});
