import { create } from 'zustand';
import type { AuditReport } from '../../extractors/schema/index.ts';
import { resolveTabId } from '../../lib/active-tab.ts';
import { askPage, sendToTab, type PageInfo } from '../../lib/messaging.ts';
import type { SecurityTxtCheck } from '../../lib/security-txt/read.ts';
import { withSecurityTxt } from '../../lib/security-txt/claims.ts';
import { activeProfile, allProfiles, setActiveProfile } from '../../lib/profiles/store.ts';
import type { Profile } from '../../lib/profiles/schema.ts';

type Phase = 'loading' | 'ready' | 'unreachable';

/**
 * The vendor library (IndexedDB, diff, CSV, tldts) loads after the scorecard is
 * on screen: the popup's first paint needs none of it.
 */
const snapshots = () => import('./snapshot-store.ts').then((m) => m.useSnapshot);

interface PopupState {
  phase: Phase;
  tabId: number | null;
  info: PageInfo | null;
  report: AuditReport | null;
  /** Hash of the text the report was read from. */
  contentHash: string | null;
  /** The vendor's security.txt: undefined while it is read, null when off or not asked. */
  securityTxt: SecurityTxtCheck | null | undefined;
  profiles: Profile[];
  profile: Profile | null;
  /** The quote last asked to highlight, and whether the page found it. */
  highlight: { quote: string; found: boolean } | null;
  load: (search: string) => Promise<void>;
  auditAnyway: () => Promise<void>;
  chooseProfile: (id: string) => Promise<void>;
  showQuote: (quote: string) => Promise<void>;
}

export const usePopup = create<PopupState>((set, get) => ({
  phase: 'loading',
  tabId: null,
  info: null,
  report: null,
  contentHash: null,
  securityTxt: undefined,
  profiles: [],
  profile: null,
  highlight: null,
  async load(search) {
    const [tabId, profiles, profile] = await Promise.all([resolveTabId(search), allProfiles(), activeProfile()]);
    set({ profiles, profile });
    if (tabId === null) { set({ phase: 'unreachable' }); return; }
    try {
      // an ordinary page's content script is silent until asked: askPage has the engine injected, and then it answers
      const info = await askPage(tabId, { type: 'page-info' });
      // the popup decides as the CLI does: by the full audit, run now (the engine loaded first) if the page has none yet
      const audit = await sendToTab(tabId, { type: 'audit' });
      if (!audit) { set({ phase: 'unreachable', tabId }); return; }
      const recognised = audit.report.recognition.isTrustPage;
      set({
        phase: 'ready',
        tabId,
        info: { ...info, recognition: audit.report.recognition },
        report: recognised ? audit.report : null,
        contentHash: recognised ? audit.contentHash : null,
      });
      if (recognised) {
        void snapshots().then((s) => s.getState().check(audit.report, audit.contentHash, info.url, profile));
        // a valid file adds its own claims (security_txt, a disclosure contact) to what the page says
        const securityTxt = await sendToTab(tabId, { type: 'security-txt' }).catch(() => null);
        set({ securityTxt, report: withSecurityTxt(audit.report, securityTxt) });
      } else set({ securityTxt: null });
    } catch {
      // no content script: a browser page, the store, or a tab opened before Vetter was installed
      set({ phase: 'unreachable', tabId });
    }
  },
  async auditAnyway() {
    const { tabId } = get();
    if (tabId === null) return;
    const audit = await sendToTab(tabId, { type: 'audit', force: true });
    set({ report: audit?.report ?? null, contentHash: audit?.contentHash ?? null });
    if (audit) void snapshots().then((s) => s.getState().check(audit.report, audit.contentHash, get().info?.url ?? '', get().profile));
  },
  async chooseProfile(id) {
    const profile = get().profiles.find((p) => p.id === id);
    if (!profile) return;
    set({ profile });
    void snapshots().then((s) => s.getState().reclassify(profile));
    // the background sees the change in storage and re-badges every open tab
    await setActiveProfile(id);
  },
  async showQuote(quote) {
    const { tabId } = get();
    if (tabId === null) return;
    const { found } = await sendToTab(tabId, { type: 'highlight', quote });
    set({ highlight: { quote, found } });
  },
}));
