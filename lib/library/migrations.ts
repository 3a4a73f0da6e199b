/**
 * The library's schema, one migration per version. MIGRATIONS[v] takes a
 * database at version v-1 to version v, inside the upgrade transaction; an
 * upgrade runs every step from the version on disk to DB_VERSION, so a buyer
 * who skipped releases keeps every vendor. Raw IndexedDB on purpose: a
 * migration must keep working whatever the library code above it becomes.
 * Each earlier version has a frozen sample database under tests/unit/vendor-library/frozen/.
 */
import { rekeyVendors } from './migrate-v2-rekey.ts';

export type Migration = (db: IDBDatabase, tx: IDBTransaction) => void;

export const MIGRATIONS: readonly (Migration | null)[] = [
  null, // there is no version 0
  // v1: vendors by registrable domain; snapshots by id, by vendor, by date, and by vendor then date (a vendor's history in order)
  (db) => {
    const vendors = db.createObjectStore('vendors', { keyPath: 'domain' });
    vendors.createIndex('by-captured', 'lastCapturedAt');
    const snapshots = db.createObjectStore('snapshots', { keyPath: 'id' });
    snapshots.createIndex('by-domain', 'domain');
    snapshots.createIndex('by-captured', 'capturedAt');
    snapshots.createIndex('by-domain-captured', ['domain', 'capturedAt']);
  },
  // v2: vendors keyed by who they are (a platform's per-vendor address, private suffixes counted), re-keyed from each snapshot's URL
  rekeyVendors,
];

export const DB_VERSION = MIGRATIONS.length - 1;
