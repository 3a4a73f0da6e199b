import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { activeProfile, addNewProfiles, allProfiles, deleteCustomProfile, removeAddedProfiles, exportProfiles, importProfiles, loadBrokenProfiles, loadCustomProfiles, mergeProfiles, saveCustomProfile, setActiveProfile } from '../../lib/profiles/store.ts';
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

  it('a damaged storage entry does not break the popup: the valid ones still load', async () => {
    await fakeBrowser.storage.local.set({ profiles: [{ id: 'BAD ID', requirements: 'x' }, mine] });
    expect(await loadCustomProfiles()).toEqual([mine]);
    expect((await activeProfile()).id).toBe('enterprise');
  });
});

describe('a stored profile that no longer validates', () => {
  beforeEach(() => fakeBrowser.reset());
  // a control renamed in an update: this entry was valid when it was saved
  const renamed = { id: 'old', name: 'Old checklist', requirements: [{ control: 'soc2_type2', status: 'implemented', rules: [] }] };

  it('is listed as needing repair, with its id, name and what is wrong', async () => {
    await fakeBrowser.storage.local.set({ profiles: [renamed, mine] });
    expect(await loadCustomProfiles()).toEqual([mine]);
    const [broken] = await loadBrokenProfiles();
    expect(broken).toMatchObject({ id: 'old', name: 'Old checklist', problem: expect.stringMatching(/requirements\.0\.control/), raw: renamed });
  });

  it('is never dropped: saving, importing, merging and deleting another keep it exactly as stored', async () => {
    await fakeBrowser.storage.local.set({ profiles: [renamed] });
    await saveCustomProfile(mine);
    await importProfiles(JSON.stringify(exportProfiles([{ ...mine, id: 'imported' }])));
    await mergeProfiles([{ ...mine, id: 'merged' }, { ...mine, id: 'old', name: 'From a backup' }]);
    await deleteCustomProfile('imported');
    const stored = (await fakeBrowser.storage.local.get('profiles')).profiles as unknown[];
    expect(stored).toEqual([renamed, mine, { ...mine, id: 'merged' }]);
  });

  it('a non-list in storage is kept whole and the next save does not overwrite it', async () => {
    await fakeBrowser.storage.local.set({ profiles: { mine } });
    expect(await loadBrokenProfiles()).toEqual([expect.objectContaining({ problem: 'the stored profiles are not a list' })]);
    await saveCustomProfile({ ...mine, id: 'next' });
    expect((await fakeBrowser.storage.local.get('profiles')).profiles).toEqual([{ mine }, { ...mine, id: 'next' }]);
  });

  it('saving a repaired profile of the same id replaces it', async () => {
    await fakeBrowser.storage.local.set({ profiles: [renamed] });
    await saveCustomProfile({ ...mine, id: 'old' });
    expect(await loadBrokenProfiles()).toEqual([]);
    expect((await loadCustomProfiles()).map((p) => p.id)).toEqual(['old']);
  });
});

describe('profiles from a backup import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds only new ids and can take exactly those back out, leaving the rest as stored', async () => {
    await saveCustomProfile(mine);
    const added = await addNewProfiles([{ ...mine, name: 'From backup' }, { ...mine, id: 'new-one' }]);
    expect(added).toEqual(['new-one']);
    expect((await loadCustomProfiles()).map((p) => p.name)).toEqual(['My checklist', 'My checklist']);
    await removeAddedProfiles(added);
    expect(await loadCustomProfiles()).toEqual([mine]);
  });
});

describe('profile writes are serialised', () => {
  beforeEach(() => fakeBrowser.reset());
  const profile = (id: string): Profile => ({ ...mine, id, name: id });

  it('ten saves at once all land', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => saveCustomProfile(profile(`p${i}`))));
    expect((await loadCustomProfiles()).map((p) => p.id).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `p${i}`).sort());
  });

  it('a save and a backup merge at once both land', async () => {
    await Promise.all([saveCustomProfile(profile('saved')), mergeProfiles([profile('from-backup'), profile('also')]), saveCustomProfile(profile('saved-2'))]);
    expect((await loadCustomProfiles()).map((p) => p.id).sort()).toEqual(['also', 'from-backup', 'saved', 'saved-2']);
  });

  it('a save and a delete at once: the delete of another profile keeps the new one', async () => {
    await saveCustomProfile(profile('gone'));
    await Promise.all([saveCustomProfile(profile('new')), deleteCustomProfile('gone')]);
    expect((await loadCustomProfiles()).map((p) => p.id)).toEqual(['new']);
  });

  it('uses Web Locks where the browser has them, so two pages take turns', async () => {
    const names: string[] = [];
    let held = Promise.resolve();
    const locks = { request: (name: string, fn: () => Promise<unknown>) => { names.push(name); const run = held.then(fn); held = run.then(() => undefined, () => undefined); return run; } };
    vi.stubGlobal('navigator', { ...globalThis.navigator, locks });
    try {
      await Promise.all([saveCustomProfile(profile('a')), mergeProfiles([profile('b')])]);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(names).toEqual(['vetter-profiles', 'vetter-profiles']);
    expect((await loadCustomProfiles()).map((p) => p.id).sort()).toEqual(['a', 'b']);
  });

  it('a failing write does not block the next one', async () => {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    await expect(saveCustomProfile(profile('x'))).rejects.toThrow('quota');
    spy.mockImplementation(set);
    await saveCustomProfile(profile('y'));
    expect((await loadCustomProfiles()).map((p) => p.id)).toEqual(['y']);
  });
});
