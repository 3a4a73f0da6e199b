import type { Profile } from '../profiles/schema.ts';
import { LibraryError, toLibraryError } from './errors.ts';
import type { ImportResult, Library } from './library.ts';
import { MAX_BACKUP_BYTES } from './limits.ts';

/**
 * Importing a library backup file from the vendors page: the size checked
 * before a byte is read, then vendors and snapshots in one IndexedDB
 * transaction, then the file's profiles in extension storage. The two stores
 * cannot share a transaction, so the message says exactly what was saved: a
 * failed profile merge never claims that nothing was saved when vendors were.
 */
export interface BackupImportOutcome {
  result: ImportResult;
  /** How many of the file's profiles were added (0 when they failed). */
  profilesAdded: number;
  /** Why the profiles were not saved, when they were not. */
  profilesError: string | null;
  /** One line for the buyer: what was saved, what was not, what to do. */
  message: string;
}

const MB = 1024 * 1024;

export async function readBackupText(file: Pick<Blob, 'size' | 'text'> & { name?: string }): Promise<string> {
  const name = file.name ? `“${file.name}”` : 'The file';
  if (file.size > MAX_BACKUP_BYTES) {
    throw new LibraryError('invalid', `${name} cannot be imported: it is ${(file.size / MB).toFixed(0)} MB, over the ${MAX_BACKUP_BYTES / MB} MB one import takes. Nothing was changed. Export smaller backups (delete old snapshots first) and import them one by one.`);
  }
  try {
    return await file.text();
  } catch (e) {
    throw new LibraryError('invalid', `${name} could not be read (${(e as Error).message || 'read error'}). Nothing was changed.`, { cause: e });
  }
}

export async function importBackupFile(library: Library, file: Pick<Blob, 'size' | 'text'> & { name?: string }, mergeProfiles: (profiles: readonly Profile[]) => Promise<number>): Promise<BackupImportOutcome> {
  const backup = library.parseBackup(await readBackupText(file), file.name);
  // vendors first: a failure here is one aborted transaction, and nothing at all was saved
  const result = await library.importBackup(backup);
  const saved = `Imported ${result.vendorsAdded} new vendor(s) and ${result.snapshotsAdded} snapshot(s); ${result.snapshotsSkipped} already saved.`;
  if (!result.profiles.length) return { result, profilesAdded: 0, profilesError: null, message: saved };
  try {
    const profilesAdded = await mergeProfiles(result.profiles);
    return { result, profilesAdded, profilesError: null, message: `${saved} ${profilesAdded} new profile(s) added.` };
  } catch (e) {
    const why = toLibraryError(e).kind === 'unknown' ? ((e as Error).message || 'storage error') : toLibraryError(e).message;
    return {
      result,
      profilesAdded: 0,
      profilesError: why,
      message: `${saved} The file’s ${result.profiles.length} profile(s) were NOT saved (${why}). Import the same file again to add them: the snapshots already imported are skipped.`,
    };
  }
}
