import { create } from 'zustand';
import type { AuditReport } from '../../extractors/schema/index.ts';
import { diffReports, type Change } from '../../lib/diff/index.ts';
import { toLibraryError } from '../../lib/library/errors.ts';
import { openLibrary, vendorDomainOf } from '../../lib/library/library.ts';
import type { Snapshot } from '../../lib/library/schema.ts';
import type { Profile } from '../../lib/profiles/schema.ts';
import { loadSettings } from '../../lib/settings.ts';

/**
 * The popup's view of the vendor library: is this vendor saved, did its page
 * change since, and saving a snapshot. Kept apart from the scorecard's store,
 * so a library that cannot open never stands in the way of the scorecard.
 */
export type SnapshotPhase = 'checking' | 'unsaved' | 'current' | 'changed' | 'saving' | 'error';

interface Current { report: AuditReport; contentHash: string; url: string }

interface SnapshotState {
  phase: SnapshotPhase;
  /** The newest snapshot saved before this visit. */
  saved: Snapshot | null;
  /** What changed between `saved` and this page, classified under the active profile. */
  changes: Change[];
  /** A snapshot of this visit was saved (by the buyer, or by itself when the setting is on). */
  savedNow: Snapshot | null;
  autoSaved: boolean;
  error: string | null;
  current: Current | null;
  /** The key this page's vendor is saved under (lib/vendor-identity.ts), shown so the buyer sees which vendor it files to. */
  key: string | null;
  profile: Profile | null;
  check: (report: AuditReport, contentHash: string, url: string, profile: Profile | null) => Promise<void>;
  save: () => Promise<void>;
  reclassify: (profile: Profile) => void;
}

export const useSnapshot = create<SnapshotState>((set, get) => ({
  phase: 'checking',
  saved: null,
  changes: [],
  savedNow: null,
  autoSaved: false,
  error: null,
  current: null,
  key: null,
  profile: null,

  async check(report, contentHash, url, profile) {
    const key = vendorDomainOf(report, url);
    set({ phase: 'checking', current: { report, contentHash, url }, key, profile, error: null, savedNow: null, autoSaved: false });
    try {
      const library = await openLibrary();
      try {
        const saved = await library.latestSnapshot(key);
        if (!saved) { set({ phase: 'unsaved', saved: null, changes: [] }); return; }
        if (saved.contentHash === contentHash) { set({ phase: 'current', saved, changes: [] }); return; }
        set({ phase: 'changed', saved, changes: diffReports(saved.report, report, profile) });
      } finally {
        library.close();
      }
      if ((await loadSettings()).autoSaveSnapshots) {
        await get().save();
        set({ autoSaved: get().savedNow !== null });
      }
    } catch (e) {
      set({ phase: 'error', error: toLibraryError(e).message });
    }
  },

  async save() {
    const { current, phase } = get();
    if (!current || phase === 'saving') return;
    set({ phase: 'saving', error: null });
    try {
      const library = await openLibrary();
      try {
        const { snapshot } = await library.saveSnapshot({ report: current.report, url: current.url, contentHash: current.contentHash });
        // the changes stay on screen: they are what the buyer just saved
        set({ phase: 'current', savedNow: snapshot, saved: get().saved ?? snapshot });
      } finally {
        library.close();
      }
    } catch (e) {
      set({ phase: 'error', error: toLibraryError(e).message });
    }
  },

  reclassify(profile) {
    const { saved, current } = get();
    set({ profile });
    if (saved && current && saved.contentHash !== current.contentHash) set({ changes: diffReports(saved.report, current.report, profile) });
  },
}));
