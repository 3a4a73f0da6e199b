import { create } from 'zustand';
import { diffReports, type Change } from '../../lib/diff/index.ts';
import { plural } from '../../lib/dates.ts';
import { toLibraryError } from '../../lib/library/errors.ts';
import { importBackupFile } from '../../lib/library/backup-file.ts';
import { openLibrary, type DeletedVendor, type Library, type VendorEntry } from '../../lib/library/library.ts';
import type { Snapshot } from '../../lib/library/schema.ts';
import { activeProfile, addNewProfiles, allProfiles, isPreset, removeAddedProfiles, setActiveProfile } from '../../lib/profiles/store.ts';
import type { Profile } from '../../lib/profiles/schema.ts';
import { evaluate, summarise, type VerdictSummary } from '../../lib/verdicts.ts';
import type { CompareFilter } from '../../lib/compare.ts';

/**
 * The vendors page: the saved vendors with their verdicts under the active
 * profile, one vendor's history and a diff of any two of its snapshots, and a
 * side-by-side comparison. The library is opened once and kept for the page.
 */
export type View = 'list' | 'vendor' | 'compare';
export type SortKey = 'name' | 'captured' | 'regressions' | 'failures';

export interface VendorRow {
  entry: VendorEntry;
  summary: VerdictSummary;
  /** Regressions between the previous snapshot and the latest. */
  regressions: number;
}

interface VendorsState {
  phase: 'loading' | 'ready' | 'error';
  error: string | null;
  /** A line for the buyer after an action (import done, vendor deleted). */
  notice: string | null;
  view: View;
  rows: VendorRow[];
  profiles: Profile[];
  profile: Profile | null;
  query: string;
  sort: SortKey;
  /** The vendor whose history is open, its snapshots oldest first, and the two picked for a diff. */
  vendor: string | null;
  history: Snapshot[];
  diffPick: [string | null, string | null];
  diff: Change[] | null;
  compare: string[];
  compareFilter: CompareFilter;
  undo: DeletedVendor | null;

  load: () => Promise<void>;
  setQuery: (q: string) => void;
  setSort: (s: SortKey) => void;
  chooseProfile: (id: string) => Promise<void>;
  openVendor: (domain: string) => Promise<void>;
  pickDiff: (older: string | null, newer: string | null) => void;
  toggleCompare: (domain: string) => void;
  showCompare: () => void;
  setCompareFilter: (f: CompareFilter) => void;
  back: () => void;
  deleteVendor: (domain: string) => Promise<void>;
  undoDelete: () => Promise<void>;
  exportBackup: () => Promise<string>;
  importBackup: (file: File) => Promise<void>;
  clearLibrary: () => Promise<void>;
}

let library: Library | null = null;
async function lib(): Promise<Library> {
  library ??= await openLibrary({ onVersionChange: () => { library = null; } });
  return library;
}

function rowsOf(entries: VendorEntry[], profile: Profile): VendorRow[] {
  return entries.map((entry) => ({
    entry,
    summary: summarise(evaluate(entry.latest.report, profile)),
    regressions: entry.previous ? diffReports(entry.previous.report, entry.latest.report, profile).filter((c) => c.classification === 'regression').length : 0,
  }));
}

export const useVendors = create<VendorsState>((set, get) => {
  /** Runs a library action; a failure becomes the page's message and changes nothing else. */
  const guarded = async (fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (e) {
      set({ error: toLibraryError(e).message });
    }
  };
  const refresh = async () => {
    const profile = get().profile ?? (await activeProfile());
    set({ rows: rowsOf(await (await lib()).listVendors(), profile) });
  };

  return {
    phase: 'loading', error: null, notice: null, view: 'list', rows: [], profiles: [], profile: null,
    query: '', sort: 'captured', vendor: null, history: [], diffPick: [null, null], diff: null,
    compare: [], compareFilter: 'required', undo: null,

    async load() {
      try {
        const [profiles, profile] = await Promise.all([allProfiles(), activeProfile()]);
        set({ profiles, profile });
        await refresh();
        set({ phase: 'ready' });
      } catch (e) {
        set({ phase: 'error', error: toLibraryError(e).message });
      }
    },
    setQuery: (query) => set({ query }),
    setSort: (sort) => set({ sort }),
    async chooseProfile(id) {
      const profile = get().profiles.find((p) => p.id === id);
      if (!profile) return;
      set({ profile, rows: rowsOf(get().rows.map((r) => r.entry), profile) });
      get().pickDiff(...get().diffPick);
      await setActiveProfile(id);
    },
    async openVendor(domain) {
      await guarded(async () => {
        const history = await (await lib()).snapshotsOf(domain);
        const newer = history.at(-1)?.id ?? null;
        const older = history.at(-2)?.id ?? null;
        set({ view: 'vendor', vendor: domain, history, error: null });
        get().pickDiff(older, newer);
      });
    },
    pickDiff(older, newer) {
      const { history, profile } = get();
      const a = history.find((s) => s.id === older);
      const b = history.find((s) => s.id === newer);
      set({ diffPick: [older, newer], diff: a && b && a.id !== b.id ? diffReports(a.report, b.report, profile) : null });
    },
    toggleCompare(domain) {
      const compare = get().compare.includes(domain) ? get().compare.filter((d) => d !== domain) : [...get().compare, domain];
      set({ compare });
    },
    showCompare: () => set({ view: 'compare' }),
    setCompareFilter: (compareFilter) => set({ compareFilter }),
    back: () => set({ view: 'list', vendor: null, history: [], diff: null }),

    async deleteVendor(domain) {
      await guarded(async () => {
        const deleted = await (await lib()).deleteVendor(domain);
        set({ undo: deleted, notice: `Deleted ${deleted.vendor.name} and its ${plural(deleted.snapshots.length, 'snapshot')}.`, compare: get().compare.filter((d) => d !== domain) });
        await refresh();
      });
    },
    async undoDelete() {
      const { undo } = get();
      if (!undo) return;
      await guarded(async () => {
        await (await lib()).restoreVendor(undo);
        set({ undo: null, notice: `Restored ${undo.vendor.name}.` });
        await refresh();
      });
    },
    async exportBackup() {
      const l = await lib();
      const profiles = await allProfiles();
      const active = await activeProfile();
      return JSON.stringify(await l.exportBackup(profiles.filter((p) => !isPreset(p.id)), active.id), null, 1);
    },
    async importBackup(file) {
      await guarded(async () => {
        const outcome = await importBackupFile(await lib(), file, { add: addNewProfiles, remove: removeAddedProfiles });
        set({ notice: outcome.message, error: null, profiles: await allProfiles() });
        await refresh();
      });
    },
    async clearLibrary() {
      await guarded(async () => {
        await (await lib()).clear();
        set({ notice: 'The vendor library is empty.', compare: [], undo: null });
        await refresh();
      });
    },
  };
});

/** Rows after search and sort. */
export function visibleRows(rows: readonly VendorRow[], query: string, sort: SortKey): VendorRow[] {
  const q = query.trim().toLowerCase();
  const hit = q ? rows.filter((r) => r.entry.vendor.name.toLowerCase().includes(q) || r.entry.vendor.domain.includes(q)) : [...rows];
  const by: Record<SortKey, (a: VendorRow, b: VendorRow) => number> = {
    name: (a, b) => a.entry.vendor.name.localeCompare(b.entry.vendor.name),
    captured: (a, b) => b.entry.latest.capturedAt.localeCompare(a.entry.latest.capturedAt),
    regressions: (a, b) => b.regressions - a.regressions || a.entry.vendor.name.localeCompare(b.entry.vendor.name),
    failures: (a, b) => b.summary.fail - a.summary.fail || a.entry.vendor.name.localeCompare(b.entry.vendor.name),
  };
  return hit.sort(by[sort]);
}
