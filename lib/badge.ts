import { browser } from 'wxt/browser';
import type { AuditReport } from '../extractors/schema/index.ts';
import { activeProfile } from './profiles/store.ts';
import { evaluate, summarise } from './verdicts.ts';

/** The toolbar badge on a recognised trust page: the number of failed requirements (red), or ✓ (green). Nothing elsewhere. */
export function badgeFor(report: AuditReport | null, failed: number): { text: string; color: string | null } {
  if (!report?.recognition.isTrustPage) return { text: '', color: null };
  return failed > 0 ? { text: String(failed), color: '#b91c1c' } : { text: '✓', color: '#15803d' };
}

export async function updateBadge(tabId: number, report: AuditReport | null): Promise<void> {
  const failed = report?.recognition.isTrustPage ? summarise(evaluate(report, await activeProfile())).fail : 0;
  const { text, color } = badgeFor(report, failed);
  await browser.action.setBadgeText({ tabId, text });
  if (color) await browser.action.setBadgeBackgroundColor({ tabId, color });
}
