import { browser } from 'wxt/browser';
import type { AuditReport } from '../extractors/schema/index.ts';
import type { PageAudit } from './messaging.ts';
import { activeProfile } from './profiles/store.ts';
import { evaluate, summarise } from './verdicts.ts';
import { toolbarAction } from './platform/toolbar-action.ts';

/** The toolbar badge on a recognised trust page: the number of failed requirements (red), or ✓ (green). Nothing elsewhere. */
export function badgeFor(report: AuditReport | null, failed: number): { text: string; color: string | null } {
  if (!report?.recognition.isTrustPage) return { text: '', color: null };
  return failed > 0 ? { text: String(failed), color: '#b91c1c' } : { text: '✓', color: '#15803d' };
}

/** After the active profile changed: every open tab that holds a report gets its badge again (tab ids need no permission). */
export async function rebadgeAllTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map(async (tab) => {
    if (tab.id === undefined) return;
    const report = ((await browser.tabs.sendMessage(tab.id, { type: 'audit', cachedOnly: true }).catch(() => null)) as PageAudit | null)?.report ?? null;
    if (report) await updateBadge(tab.id, report);
  }));
}

export async function updateBadge(tabId: number, report: AuditReport | null): Promise<void> {
  const failed = report?.recognition.isTrustPage ? summarise(evaluate(report, await activeProfile())).fail : 0;
  const { text, color } = badgeFor(report, failed);
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text });
  if (color) await action.setBadgeBackgroundColor({ tabId, color });
}
