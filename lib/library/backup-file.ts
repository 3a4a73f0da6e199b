import { plural } from '../dates.ts';
import type { Profile } from '../profiles/schema.ts';
import { LibraryError, toLibraryError } from './errors.ts';
import type { ImportResult, Library } from './library.ts';
import { MAX_BACKUP_BYTES } from './limits.ts';

/**
 * Importing a library backup file from the vendors page, all or nothing across
 * the two stores: the size checked before a byte is read, the whole file
 * validated, then the file's new profiles added (extension storage), then
 * vendors and snapshots in one IndexedDB transaction. The two stores cannot
 * share a transaction, so a failed library write takes the added profiles back
 * out; only if that too fails does the message say exactly what stayed.
 */
export interface BackupImportOutcome {
  result: ImportResult;
  /** How many of the file's profiles were added. */
  profilesAdded: number;
  /** One line for the buyer: what was saved. */
  message: string;
}

/** Where the file's profiles go: add the new ones (returning their ids), and take them back out. */
export interface ProfileSink {
  add(profiles: readonly Profile[]): Promise<string[]>;
  remove(ids: readonly string[]): Promise<void>;
}

type BackupFile = Pick<Blob, 'size' | 'text'> & { name?: string };
const MB = 1024 * 1024;
const label = (file: BackupFile) => (file.name ? `“${file.name}”` : 'The file');

export async function readBackupText(file: BackupFile): Promise<string> {
  if (file.size > MAX_BACKUP_BYTES) {
    throw new LibraryError('invalid', `${label(file)} cannot be imported: it is ${(file.size / MB).toFixed(0)} MB, over the ${MAX_BACKUP_BYTES / MB} MB one import takes. Nothing was changed. Export smaller backups (delete old snapshots first) and import them one by one.`);
  }
  try {
    return await file.text();
  } catch (e) {
    throw new LibraryError('invalid', `${label(file)} could not be read (${(e as Error).message || 'read error'}). Nothing was changed.`, { cause: e });
  }
}

const why = (e: unknown) => {
  const error = toLibraryError(e);
  return error.kind === 'unknown' ? ((e as Error)?.message || 'storage error') : error.message;
};

export async function importBackupFile(library: Library, file: BackupFile, profiles: ProfileSink): Promise<BackupImportOutcome> {
  const backup = library.parseBackup(await readBackupText(file), file.name);
  let added: string[];
  try {
    added = await profiles.add(backup.profiles);
  } catch (e) {
    throw new LibraryError('unknown', `${label(file)} was not imported: its profiles could not be saved (${why(e)}). Nothing was changed. Try again.`, { cause: e });
  }
  let result: ImportResult;
  try {
    result = await library.importBackup(backup);
  } catch (e) {
    const error = toLibraryError(e);
    try {
      await profiles.remove(added);
    } catch (undo) {
      throw new LibraryError(error.kind, `${label(file)} was not imported: ${error.message} No vendor or snapshot was saved, but ${plural(added.length, 'profile')} from the file stayed (${added.join(', ')}): they could not be taken back out (${why(undo)}). Delete them on the options page if you do not want them.`, { cause: e });
    }
    throw new LibraryError(error.kind, `${label(file)} was not imported: ${error.message}`, { cause: e });
  }
  const saved = `Imported ${plural(result.vendorsAdded, 'new vendor')} and ${plural(result.snapshotsAdded, 'snapshot')}; ${plural(result.snapshotsSkipped, 'snapshot')} already saved.`;
  return { result, profilesAdded: added.length, message: added.length ? `${saved} ${plural(added.length, 'new profile')} added.` : saved };
}
