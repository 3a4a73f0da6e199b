import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { LibraryError, toLibraryError } from './errors.ts';
import { DB_VERSION, MIGRATIONS } from './migrations.ts';
import type { Snapshot, Vendor } from './schema.ts';

export const DB_NAME = 'vetter-library';
export { DB_VERSION };

export interface LibraryDbSchema extends DBSchema {
  vendors: { key: string; value: Vendor; indexes: { 'by-captured': string } };
  snapshots: { key: string; value: Snapshot; indexes: { 'by-domain': string; 'by-captured': string; 'by-domain-captured': [string, string] } };
}
export type LibraryDb = IDBPDatabase<LibraryDbSchema>;

export interface OpenOptions {
  /** Tests pass a fresh fake IndexedDB; the extension uses the browser's. */
  factory?: IDBFactory;
  /** An upgrade waits on another open connection (another Vetter tab with the old version). */
  onBlocked?: () => void;
  /** Another tab upgrades the library: this connection closes so the upgrade can go on. */
  onVersionChange?: () => void;
}

/**
 * Opens the library, running the migrations from the version on disk. Opened
 * by hand rather than through idb's openDB so that a test can pass its own
 * factory and a blocked upgrade fails at once with a message instead of
 * waiting for ever.
 */
export function openLibraryDb(options: OpenOptions = {}): Promise<LibraryDb> {
  const factory = options.factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) return Promise.reject(new LibraryError('unavailable'));
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (e: unknown) => { if (!settled) { settled = true; reject(toLibraryError(e)); } };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (e) {
      fail(e);
      return;
    }
    request.onupgradeneeded = (event) => {
      const db = request.result;
      const tx = request.transaction!;
      try {
        for (let v = event.oldVersion + 1; v <= DB_VERSION; v++) MIGRATIONS[v]!(db, tx);
      } catch (e) {
        // an aborted upgrade leaves the database as it was: nothing of the old version is lost
        tx.abort();
        fail(e);
      }
    };
    request.onblocked = () => {
      if (settled) return;
      options.onBlocked?.();
      fail(new LibraryError('blocked'));
    };
    request.onsuccess = () => {
      const db = request.result;
      // the open went through after we gave up on it (the other tab closed late): not ours to keep
      if (settled) { db.close(); return; }
      settled = true;
      db.onversionchange = () => { db.close(); options.onVersionChange?.(); };
      resolve(wrap(db) as LibraryDb);
    };
    request.onerror = () => fail(request.error);
  });
}
