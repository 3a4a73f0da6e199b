import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DEFAULT_PROFILE_ID, PRESETS } from './presets.ts';
import { explainImportError } from '../import-errors.ts';
import { ProfileSchema, ProfilesFileSchema, PROFILES_FILE_FORMAT, type Profile, type ProfilesFile } from './schema.ts';

/**
 * The buyer's profiles and which one is active, in extension storage. Presets
 * are code, never stored; the buyer's own profiles are validated on the way in
 * and on the way out, so a damaged storage entry cannot break the popup.
 */
const KEY_PROFILES = 'profiles';
const KEY_ACTIVE = 'activeProfileId';

export async function loadCustomProfiles(): Promise<Profile[]> {
  const stored = (await browser.storage.local.get(KEY_PROFILES))[KEY_PROFILES];
  const parsed = z.array(ProfileSchema).safeParse(stored ?? []);
  return parsed.success ? parsed.data : [];
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

export async function saveCustomProfile(profile: Profile): Promise<void> {
  if (isPreset(profile.id)) throw new Error(`"${profile.id}" is a preset; save it under another id`);
  const valid = ProfileSchema.parse(profile);
  const custom = await loadCustomProfiles();
  const at = custom.findIndex((p) => p.id === valid.id);
  if (at >= 0) custom[at] = valid;
  else custom.push(valid);
  await browser.storage.local.set({ [KEY_PROFILES]: custom });
}

export async function deleteCustomProfile(id: string): Promise<void> {
  const custom = (await loadCustomProfiles()).filter((p) => p.id !== id);
  await browser.storage.local.set({ [KEY_PROFILES]: custom });
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

/** Imports profiles: all or nothing. */
export async function importProfiles(text: string, fileName: string | null = null): Promise<number> {
  const incoming = parseProfilesFile(text, fileName);
  const custom = await loadCustomProfiles();
  for (const p of incoming) {
    const at = custom.findIndex((c) => c.id === p.id);
    if (at >= 0) custom[at] = p;
    else custom.push(p);
  }
  await browser.storage.local.set({ [KEY_PROFILES]: custom });
  return incoming.length;
}

/** Adds profiles from a library backup: a profile with a new id is added, one already here is kept as it is (the buyer's edits win). */
export async function mergeProfiles(incoming: readonly Profile[]): Promise<number> {
  const custom = await loadCustomProfiles();
  const fresh = incoming.filter((p) => !isPreset(p.id) && !custom.some((c) => c.id === p.id));
  if (fresh.length) await browser.storage.local.set({ [KEY_PROFILES]: [...custom, ...fresh] });
  return fresh.length;
}
