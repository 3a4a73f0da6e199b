import { readFile } from 'node:fs/promises';
import { z } from '../../extractors/schema/zod.ts';
import { PRESETS } from '../../lib/profiles/presets.ts';
import { ProfileSchema, ProfilesFileSchema, type Profile } from '../../lib/profiles/schema.ts';

/** --profile: a preset id, or a JSON file holding one profile or a Vetter profiles file (its first profile). */
export async function loadProfileArgument(arg: string): Promise<Profile> {
  const preset = PRESETS.find((p) => p.id === arg);
  if (preset) return preset;
  if (!/\.json$/i.test(arg)) throw new Error(`unknown profile "${arg}" (presets: ${PRESETS.map((p) => p.id).join(', ')}; or a .json file)`);
  let json: unknown;
  try { json = JSON.parse(await readFile(arg, 'utf8')); } catch (e) {
    throw new Error(`cannot read profile file ${arg}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not valid JSON'}`);
  }
  const asFile = ProfilesFileSchema.safeParse(json);
  if (asFile.success) {
    const first = asFile.data.profiles[0];
    if (!first) throw new Error(`profile file ${arg} holds no profile`);
    return first;
  }
  const asProfile = ProfileSchema.safeParse(json);
  if (!asProfile.success) throw new Error(`profile file ${arg} is not a valid profile:\n${z.prettifyError(asProfile.error)}`);
  return asProfile.data;
}
