import { z } from '../../extractors/schema/zod.ts';
import { CONTROLS } from '../../extractors/schema/index.ts';
import { create } from 'zustand';
import {
  activeProfile,
  allProfiles,
  deleteCustomProfile,
  exportProfiles,
  importProfiles,
  isPreset,
  loadBrokenProfiles,
  loadCustomProfiles,
  saveCustomProfile,
  setActiveProfile,
} from '../../lib/profiles/store.ts';
import { ProfileSchema, type Profile } from '../../lib/profiles/schema.ts';
import type { BrokenProfile } from '../../lib/profiles/store.ts';
import { freeId, toCandidate, toDraft, type Draft } from './draft.ts';

/** The largest profiles file the page reads (a real one is a few kilobytes). */
export const MAX_IMPORT_BYTES = 1_000_000;

/** `detail`: which requirement a zod path such as requirements[15] is. */
export type Notice = { kind: 'ok' | 'error'; message: string; detail?: string } | null;

/** An error shown at its field: the profile's name or id, or one rule (by the draft's uids). */
export interface FieldError { field: 'name' | 'id' | 'rule' | 'requirement'; requirementUid?: number; ruleUid?: number; message: string }

interface OptionsState {
  phase: 'loading' | 'ready' | 'failed';
  loadError: string | null;
  profiles: Profile[];
  /** Stored entries that no longer validate: listed as needing repair, kept as they are. */
  broken: BrokenProfile[];
  activeId: string | null;
  selectedId: string | null;
  /** The selected custom profile being edited (null for a preset or nothing selected). */
  draft: Draft | null;
  dirty: boolean;
  /** The result of the last save: zod's message when invalid, "Saved" when done. */
  saveNotice: Notice;
  /** The errors of the last save, each at its field; focus goes to the first. */
  fieldErrors: FieldError[];
  confirmingDelete: boolean;
  importNotice: Notice;
  exportNotice: Notice;
  /** Bumped when the buyer opens, duplicates or deletes a profile, so the detail pane takes focus. */
  focusSeq: number;
  load: () => Promise<void>;
  select: (id: string | null) => void;
  duplicate: (id: string) => Promise<void>;
  createProfile: () => Promise<void>;
  makeActive: (id: string) => Promise<void>;
  edit: (recipe: (draft: Draft) => Draft) => void;
  save: () => Promise<void>;
  askDelete: () => void;
  cancelDelete: () => void;
  confirmDelete: () => Promise<void>;
  importFile: (file: File) => Promise<void>;
  exportJson: () => Promise<{ json: string; count: number }>;
  noteExport: (notice: Notice) => void;
}

/** A rule's or field's problem in the words of the form. */
function fieldMessage(issue: z.core.$ZodIssue): string {
  if (/a rule needs/.test(issue.message)) return 'Enter a value for this rule, or remove the rule.';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Enter a number.';
  if (issue.path[0] === 'name') return 'Give the profile a name (at most 80 characters).';
  return issue.message.replace(/^Invalid input: /, '');
}

/** Each issue at the field it is about: the draft's name, id, a requirement or one of its rules. */
function fieldErrorsOf(error: z.ZodError, draft: Draft): FieldError[] {
  return error.issues.map((issue) => {
    const [top, i, sub, k] = issue.path;
    const message = fieldMessage(issue);
    if (top === 'requirements' && typeof i === 'number') {
      const requirement = draft.requirements[i];
      const rule = sub === 'rules' && typeof k === 'number' ? requirement?.rules[k] : undefined;
      return rule ? { field: 'rule', requirementUid: requirement!.uid, ruleUid: rule.uid, message } : { field: 'requirement', ...(requirement ? { requirementUid: requirement.uid } : {}), message };
    }
    return { field: top === 'id' ? 'id' : 'name', message };
  });
}

/** "requirements[15] is Data export": the controls the issues' paths point at. */
function whereIs(error: z.ZodError, draft: Draft): string | undefined {
  const at = new Set<number>();
  for (const issue of error.issues) if (issue.path[0] === 'requirements' && typeof issue.path[1] === 'number') at.add(issue.path[1]);
  const parts = [...at].sort((a, b) => a - b).flatMap((i) => {
    const r = draft.requirements[i];
    return r ? [`requirements[${i}] is ${CONTROLS[r.control].label}`] : [];
  });
  return parts.length ? `${parts.join('; ')}.` : undefined;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export const useOptions = create<OptionsState>((set, get) => {
  /** Reads the profiles and the active one again; keeps the selection when it still exists. */
  async function refresh(selectedId = get().selectedId, focus = false) {
    const [profiles, active, broken] = await Promise.all([allProfiles(), activeProfile(), loadBrokenProfiles()]);
    const selected = profiles.find((p) => p.id === selectedId) ?? null;
    set({
      profiles,
      broken,
      activeId: active.id,
      selectedId: selected?.id ?? null,
      draft: selected && !isPreset(selected.id) ? toDraft(selected) : null,
      dirty: false,
      confirmingDelete: false,
      // in the same update as the new selection, so the pane focuses what it now shows
      focusSeq: get().focusSeq + (focus ? 1 : 0),
    });
  }

  async function addCustom(profile: Profile) {
    await saveCustomProfile(profile);
    set({ saveNotice: null });
    await refresh(profile.id, true);
  }

  return {
    phase: 'loading',
    loadError: null,
    profiles: [],
    broken: [],
    activeId: null,
    selectedId: null,
    draft: null,
    dirty: false,
    saveNotice: null,
    fieldErrors: [],
    confirmingDelete: false,
    importNotice: null,
    exportNotice: null,
    focusSeq: 0,

    async load() {
      try {
        const active = await activeProfile();
        await refresh(get().selectedId ?? active.id);
        set({ phase: 'ready' });
      } catch (e) {
        set({ phase: 'failed', loadError: messageOf(e) });
      }
    },

    select(id) {
      const profile = get().profiles.find((p) => p.id === id) ?? null;
      set({
        selectedId: profile?.id ?? null,
        draft: profile && !isPreset(profile.id) ? toDraft(profile) : null,
        dirty: false,
        saveNotice: null,
        fieldErrors: [],
        confirmingDelete: false,
        focusSeq: get().focusSeq + 1,
      });
    },

    async duplicate(id) {
      const source = get().profiles.find((p) => p.id === id);
      if (!source) return;
      const taken = new Set(get().profiles.map((p) => p.id));
      const copy: Profile = {
        ...structuredClone(source),
        id: freeId(`${source.id}-copy`, taken),
        name: `${source.name} (copy)`.slice(0, 80),
      };
      await addCustom(copy);
    },

    async createProfile() {
      const taken = new Set(get().profiles.map((p) => p.id));
      await addCustom({ id: freeId('my-profile', taken), name: 'My profile', requirements: [] });
    },

    async makeActive(id) {
      await setActiveProfile(id);
      set({ activeId: id });
    },

    edit(recipe) {
      const { draft } = get();
      if (!draft) return;
      set({ draft: recipe(draft), dirty: true, saveNotice: null, fieldErrors: [] });
    },

    async save() {
      const { draft } = get();
      if (!draft) return;
      const parsed = ProfileSchema.safeParse(toCandidate(draft));
      if (!parsed.success) {
        const fieldErrors = fieldErrorsOf(parsed.error, draft);
        const n = fieldErrors.length;
        set({ fieldErrors, saveNotice: { kind: 'error', message: `${n} field${n === 1 ? ' needs' : 's need'} attention: ${fieldErrors.map((f) => f.message).filter((m, j, all) => all.indexOf(m) === j).join(' ')}`, detail: whereIs(parsed.error, draft) } });
        return;
      }
      try {
        await saveCustomProfile(parsed.data);
      } catch (e) {
        set({ saveNotice: { kind: 'error', message: messageOf(e) } });
        return;
      }
      await refresh(parsed.data.id);
      set({ fieldErrors: [], saveNotice: { kind: 'ok', message: `Saved “${parsed.data.name}”.` } });
    },

    askDelete() { set({ confirmingDelete: true }); },
    cancelDelete() { set({ confirmingDelete: false }); },

    async confirmDelete() {
      const { selectedId } = get();
      if (!selectedId || isPreset(selectedId)) return;
      await deleteCustomProfile(selectedId);
      // a deleted active profile falls back to the default one (activeProfile() does that)
      set({ saveNotice: null });
      await refresh(null, true);
    },

    async importFile(file) {
      try {
        if (file.size > MAX_IMPORT_BYTES) throw new Error(`“${file.name}” is too large (${Math.round(file.size / 1000)} kB) to be a profiles file, which is a few kilobytes. Nothing was imported. Choose a file made with Export my profiles.`);
        const count = await importProfiles(await file.text(), file.name);
        const { draft, dirty } = get();
        await refresh();
        // an unsaved edit of the selected profile survives the import
        if (dirty && draft && draft.id === get().selectedId) set({ draft, dirty });
        set({ importNotice: { kind: 'ok', message: `Imported ${count} profile${count === 1 ? '' : 's'} from ${file.name}.` } });
      } catch (e) {
        const message = messageOf(e);
        set({ importNotice: { kind: 'error', message: /Nothing was imported/.test(message) ? message : `Nothing was imported. ${message}` } });
      }
    },

    async exportJson() {
      const custom = await loadCustomProfiles();
      return { json: `${JSON.stringify(exportProfiles(custom), null, 2)}\n`, count: custom.length };
    },

    noteExport(notice) { set({ exportNotice: notice }); },
  };
});
