import { browser } from 'wxt/browser';
import { z } from '../../extractors/schema/zod.ts';
import { DEFAULT_PROFILE_ID, PRESETS } from './presets.ts';
import { explainImportError } from '../import-errors.ts';
import { ProfileSchema, ProfilesFileSchema, PROFILES_FILE_FORMAT, type Profile, type ProfilesFile } from './schema.ts';

/**
 * The buyer's profiles and which one is active, in extension storage. Presets
 * are code, never stored. Each stored entry is validated on its own: one that
 * no longer reads as a profile (a control renamed in an update, a hand edit)
 * is kept exactly as stored and listed as needing repair, never dropped, and
 * the valid ones still load. Writes are serialised (one lock across the
 * extension's pages) and re-read the stored list inside the lock, so two pages
 * saving at once, or a save and a backup merge, never overwrite each other.
 */
const KEY_PROFILES = 'profiles';
const KEY_ACTIVE = 'activeProfileId';
const LOCK_NAME = 'vetter-profiles';

/** A stored entry that is not a valid profile: kept as it is, shown as needing repair. */
export interface BrokenProfile {
  /** Its id and name when it still has readable ones, for the list. */
  id: string | null;
  name: string | null;
  /** What is wrong, in words (the first validation issue). */
  problem: string;
  /** The entry as stored, written back unchanged. */
  raw: unknown;
}

type Entry = { ok: true; profile: Profile } | { ok: false; broken: BrokenProfile };

function entryOf(raw: unknown): Entry {
  const parsed = ProfileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const r = (raw && typeof raw === 'object' ? raw : {}) as { id?: unknown; name?: unknown };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
  return {
    ok: false,
    broken: { id: typeof r.id === 'string' ? r.id : null, name: typeof r.name === 'string' ? r.name : null, problem: `${issue?.message ?? 'not a profile'}${where}`, raw },
  };
}

async function readEntries(): Promise<Entry[]> {
  const stored = (await browser.storage.local.get(KEY_PROFILES))[KEY_PROFILES];
  if (stored === undefined || stored === null) return [];
  // not even a list: kept whole as one entry to repair, never overwritten by the next save
  return Array.isArray(stored) ? stored.map(entryOf) : [{ ok: false, broken: { id: null, name: null, problem: 'the stored profiles are not a list', raw: stored } }];
}

async function writeEntries(entries: readonly Entry[]): Promise<void> {
  await browser.storage.local.set({ [KEY_PROFILES]: entries.map((e) => (e.ok ? e.profile : e.broken.raw)) });
}

const idOf = (e: Entry) => (e.ok ? e.profile.id : e.broken.id);

/** The in-page queue used where Web Locks are missing: it serialises this page's writes only. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs a read-modify-write of the stored profiles alone: Web Locks across the extension's pages, else a queue in this page. */
export function withProfilesLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  if (locks?.request) return locks.request(LOCK_NAME, fn) as Promise<T>;
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/** Read, change, write, inside the lock: `change` gets the entries as stored now, not as read before. */
function update<T>(change: (entries: Entry[]) => { entries: Entry[] | null; result: T }): Promise<T> {
  return withProfilesLock(async () => {
    const { entries, result } = change(await readEntries());
    if (entries) await writeEntries(entries);
    return result;
  });
}

export async function loadCustomProfiles(): Promise<Profile[]> {
  return (await readEntries()).flatMap((e) => (e.ok ? [e.profile] : []));
}

/** The stored entries that need repair, for the options page's list. */
export async function loadBrokenProfiles(): Promise<BrokenProfile[]> {
  return (await readEntries()).flatMap((e) => (e.ok ? [] : [e.broken]));
}

export async function allProfiles(): Promise<Profile[]> {
  return [...PRESETS, ...(await loadCustomProfiles())];
}

export const isPreset = (id: string) => PRESETS.some((p) => p.id === id);

export async function activeProfile(): Promise<Profile> {
  const id = (await browser.storage.local.get(KEY_ACTIVE))[KEY_ACTIVE];
  const profiles = await allProfiles();
  return profiles.find((p) => p.id === id) ?? profiles.find((p) => p.id === DEFAULT_PROFILE_ID)!;
}

export async function setActiveProfile(id: string): Promise<void> {
  await browser.storage.local.set({ [KEY_ACTIVE]: id });
}

/** Saves a profile, replacing the stored one of the same id (valid or needing repair); every other entry stays as stored. */
export async function saveCustomProfile(profile: Profile): Promise<void> {
  if (isPreset(profile.id)) throw new Error(`"${profile.id}" is a preset; save it under another id`);
  const valid = ProfileSchema.parse(profile);
  await update((entries) => {
    const at = entries.findIndex((e) => idOf(e) === valid.id);
    const next = [...entries];
    if (at >= 0) next[at] = { ok: true, profile: valid };
    else next.push({ ok: true, profile: valid });
    return { entries: next, result: undefined };
  });
}

/** Deletes the stored entry of this id, valid or needing repair. */
export async function deleteCustomProfile(id: string): Promise<void> {
  await update((entries) => ({ entries: entries.filter((e) => idOf(e) !== id), result: undefined }));
}

export function exportProfiles(profiles: Profile[]): ProfilesFile {
  return { format: PROFILES_FILE_FORMAT, version: 1, profiles };
}

/** Parses an import file; throws an Error with a message a buyer can read, and changes nothing. */
export function parseProfilesFile(text: string, fileName: string | null = null): Profile[] {
  const file = fileName ? `“${fileName}”` : 'The file';
  let json: unknown;
  try { json = JSON.parse(text); } catch { throw new Error(`${file} cannot be imported: it is not JSON, so not a Vetter profiles file. Nothing was imported. Choose a file made with Export my profiles.`); }
  const parsed = ProfilesFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(explainImportError('profiles', fileName, parsed.error, json));
  const presetClash = parsed.data.profiles.find((p) => isPreset(p.id));
  if (presetClash) throw new Error(`${file} cannot be imported: its profile “${presetClash.name}” uses the id “${presetClash.id}” of a preset. Nothing was imported. Give it another id in the file and import it again.`);
  return parsed.data.profiles;
}

/** Imports profiles: all or nothing; a profile of the same id is replaced. */
export async function importProfiles(text: string, fileName: string | null = null): Promise<number> {
  const incoming = parseProfilesFile(text, fileName);
  return update((entries) => {
    const next = [...entries];
    for (const p of incoming) {
      const at = next.findIndex((e) => idOf(e) === p.id);
      if (at >= 0) next[at] = { ok: true, profile: p };
      else next.push({ ok: true, profile: p });
    }
    return { entries: next, result: incoming.length };
  });
}

/** Adds profiles from a library backup: a profile with a new id is added, one already here (even needing repair) is kept as it is (the buyer's edits win). */
export async function mergeProfiles(incoming: readonly Profile[]): Promise<number> {
  return (await addNewProfiles(incoming)).length;
}

/** mergeProfiles, returning the ids it added, so a failed import can take exactly those back out. */
export async function addNewProfiles(incoming: readonly Profile[]): Promise<string[]> {
  return update((entries) => {
    const have = new Set(entries.map(idOf));
    const fresh = incoming.filter((p) => !isPreset(p.id) && !have.has(p.id) && Boolean(have.add(p.id)));
    return { entries: fresh.length ? [...entries, ...fresh.map((profile): Entry => ({ ok: true, profile }))] : null, result: fresh.map((p) => p.id) };
  });
}

/** Takes back profiles an import added (by id), leaving every other entry as stored. */
export async function removeAddedProfiles(ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const gone = new Set(ids);
  await update((entries) => ({ entries: entries.filter((e) => !gone.has(idOf(e) ?? '')), result: undefined }));
}
