import { browser } from 'wxt/browser';
import type { AuditReport } from '../extractors/schema/index.ts';
import type { PageAudit } from './messaging.ts';
import { activeProfile } from './profiles/store.ts';
import { evaluate, summarise, type VerdictSummary } from './verdicts.ts';
import { toolbarAction } from './platform/toolbar-action.ts';

export const BADGE_COLORS = { failed: '#b91c1c', notMet: '#b45309', allMet: '#15803d' } as const;

export interface Badge { text: string; color: string | null; title: string }

/**
 * The toolbar badge on a recognised trust page, honest about what is not
 * cleared: ✓ (green) only when every requirement of the profile is met; else
 * the number failed (red); with none failed, the number not met (amber:
 * partial or unknown). Nothing on other pages.
 */
export function badgeFor(report: AuditReport | null, counts: VerdictSummary, profileName: string): Badge {
  if (!report?.recognition.isTrustPage) return { text: '', color: null, title: 'Vetter' };
  const notMet = counts.fail + counts.partial + counts.unknown;
  const total = notMet + counts.pass;
  if (counts.fail > 0) return { text: String(counts.fail), color: BADGE_COLORS.failed, title: `Vetter: ${counts.fail} of ${total} requirements of ${profileName} failed, ${counts.partial + counts.unknown} more not met` };
  if (notMet > 0) return { text: String(notMet), color: BADGE_COLORS.notMet, title: `Vetter: none failed, but ${notMet} of ${total} requirements of ${profileName} not met (${counts.partial} partial, ${counts.unknown} unknown)` };
  return { text: '✓', color: BADGE_COLORS.allMet, title: `Vetter: all ${total} requirements of ${profileName} met` };
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
  const profile = await activeProfile();
  const counts = report?.recognition.isTrustPage ? summarise(evaluate(report, profile)) : { pass: 0, fail: 0, partial: 0, unknown: 0 };
  const { text, color, title } = badgeFor(report, counts, profile.name);
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text });
  if (color) await action.setBadgeBackgroundColor({ tabId, color });
  // the tooltip says what the number counts
  await action.setTitle({ tabId, title });
}
