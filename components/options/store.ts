import { create } from 'zustand';
import { z } from 'zod';
import { ProfileSchema, type Profile } from '../../lib/profiles/schema.ts';
import { activeProfile, allProfiles, deleteCustomProfile, exportProfiles, importProfiles, isPreset, loadCustomProfiles, saveCustomProfile, setActiveProfile } from '../../lib/profiles/store.ts';

interface OptionsState {
  profiles: Profile[];
  activeId: string | null;
  /** The profile being edited (a copy; saved only when valid). */
  draft: Profile | null;
  error: string | null;
  notice: string | null;
  load: () => Promise<void>;
  edit: (id: string) => void;
  duplicate: (id: string) => void;
  change: (draft: Profile) => void;
  save: () => Promise<void>;
  remove: (id: string) => Promise<void>;
  activate: (id: string) => Promise<void>;
  importFile: (text: string) => Promise<void>;
  exportFile: () => Promise<string>;
}

const uniqueId = (base: string, taken: Set<string>) => {
  let id = `${base.replace(/[^a-z0-9-]/g, '-').slice(0, 30)}-copy`;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 30)}-copy-${n}`;
  return id;
};

export const useOptions = create<OptionsState>((set, get) => ({
  profiles: [],
  activeId: null,
  draft: null,
  error: null,
  notice: null,
  async load() {
    const [profiles, active] = await Promise.all([allProfiles(), activeProfile()]);
    set({ profiles, activeId: active.id });
  },
  edit(id) {
    const p = get().profiles.find((x) => x.id === id);
    if (p && !isPreset(id)) set({ draft: structuredClone(p), error: null, notice: null });
  },
  duplicate(id) {
    const p = get().profiles.find((x) => x.id === id);
    if (!p) return;
    const copy: Profile = { ...structuredClone(p), id: uniqueId(p.id, new Set(get().profiles.map((x) => x.id))), name: `${p.name} (copy)` };
    set({ draft: copy, error: null, notice: 'Edit the copy, then save it.' });
  },
  change(draft) { set({ draft }); },
  async save() {
    const { draft } = get();
    if (!draft) return;
    const parsed = ProfileSchema.safeParse(draft);
    if (!parsed.success) { set({ error: z.prettifyError(parsed.error), notice: null }); return; }
    try {
      await saveCustomProfile(parsed.data);
      await get().load();
      set({ error: null, notice: `Saved “${parsed.data.name}”.` });
    } catch (e) {
      set({ error: (e as Error).message, notice: null });
    }
  },
  async remove(id) {
    await deleteCustomProfile(id);
    if (get().activeId === id) await setActiveProfile('enterprise');
    await get().load();
    set({ draft: null, notice: 'Profile deleted.', error: null });
  },
  async activate(id) {
    await setActiveProfile(id);
    set({ activeId: id, notice: null });
  },
  async importFile(text) {
    try {
      const n = await importProfiles(text);
      await get().load();
      set({ error: null, notice: `Imported ${n} profile${n === 1 ? '' : 's'}.` });
    } catch (e) {
      set({ error: (e as Error).message, notice: null });
    }
  },
  async exportFile() {
    return JSON.stringify(exportProfiles(await loadCustomProfiles()), null, 2);
  },
}));
