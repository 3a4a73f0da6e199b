import type { AuditReport } from '../extractors/schema/index.ts';
import { rebadgeAllTabs, updateBadge } from './badge.ts';
import { isMessage, type Message } from './messaging.ts';

/** The background's only job: the toolbar badge of each tab that reported a page. */
export async function handleBackgroundMessage(message: unknown, tabId: number | undefined): Promise<void> {
  if (!isMessage(message) || tabId === undefined) return;
  if (message.type === 'report-ready') {
    const { report } = message as Message<'report-ready'>;
    await updateBadge(tabId, report as AuditReport | null);
  }
}

/** A new active profile, or an edited profile, changes every open trust page's badge. */
export async function handleStorageChange(changes: Record<string, unknown>, area: string): Promise<void> {
  if (area === 'local' && ('activeProfileId' in changes || 'profiles' in changes)) await rebadgeAllTabs();
}
