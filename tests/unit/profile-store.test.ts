import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { activeProfile, allProfiles, exportProfiles, importProfiles, loadCustomProfiles, saveCustomProfile, setActiveProfile } from '../../lib/profiles/store.ts';
import type { Profile } from '../../lib/profiles/schema.ts';

const mine: Profile = { id: 'mine', name: 'My checklist', requirements: [{ control: 'sso', status: 'implemented', rules: [{ key: 'protocols', includes: 'saml' }] }] };

describe('profile storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with the presets and Enterprise active', async () => {
    expect((await allProfiles()).map((p) => p.id)).toEqual(['mvsp', 'enterprise', 'eu-data']);
    expect((await activeProfile()).id).toBe('enterprise');
  });

  it('saves, activates and exports a custom profile', async () => {
    await saveCustomProfile(mine);
    await setActiveProfile('mine');
    expect((await activeProfile()).name).toBe('My checklist');
    expect(exportProfiles(await loadCustomProfiles())).toEqual({ format: 'vetter-profiles', version: 1, profiles: [mine] });
  });

  it('refuses to overwrite a preset', async () => {
    await expect(saveCustomProfile({ ...mine, id: 'enterprise' })).rejects.toThrow(/preset/);
  });

  it('imports a valid file, replacing a profile of the same id', async () => {
    await saveCustomProfile(mine);
    const file = JSON.stringify(exportProfiles([{ ...mine, name: 'Renamed' }, { id: 'other', name: 'Other', requirements: [] }]));
    expect(await importProfiles(file)).toBe(2);
    expect((await loadCustomProfiles()).map((p) => p.name)).toEqual(['Renamed', 'Other']);
  });

  it.each([
    ['not JSON', '{oops', /it is not JSON/],
    ['a foreign file', JSON.stringify({ hello: 'world' }), /not a Vetter profiles file/],
    ['a newer version', JSON.stringify({ format: 'vetter-profiles', version: 2, profiles: [] }), /newer Vetter/],
    ['a bad rule', JSON.stringify({ format: 'vetter-profiles', version: 1, profiles: [{ id: 'x', name: 'X', requirements: [{ control: 'soc2', rules: [{ key: 'nope', min: 1 }] }] }] }), /soc2 has no attribute "nope"/],
    ['a preset id', JSON.stringify({ format: 'vetter-profiles', version: 1, profiles: [{ id: 'mvsp', name: 'X', requirements: [] }] }), /uses the id “mvsp” of a preset/],
  ])('rejects %s with a clear message and changes nothing', async (_what, text, message) => {
    await saveCustomProfile(mine);
    await expect(importProfiles(text)).rejects.toThrow(message);
    expect(await loadCustomProfiles()).toEqual([mine]);
  });

  it('ignores a damaged storage entry instead of breaking', async () => {
    await fakeBrowser.storage.local.set({ profiles: [{ id: 'BAD ID', requirements: 'x' }] });
    expect(await loadCustomProfiles()).toEqual([]);
    expect((await activeProfile()).id).toBe('enterprise');
  });
});
