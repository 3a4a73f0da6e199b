import type { AuditReport } from '../extractors/schema/index.ts';
import { updateBadge } from './badge.ts';
import { isMessage, type Message } from './messaging.ts';

/** The background's only job: the toolbar badge of each tab that reported a page. */
export async function handleBackgroundMessage(message: unknown, tabId: number | undefined): Promise<void> {
  if (!isMessage(message) || tabId === undefined) return;
  if (message.type === 'report-ready') {
    const { report } = message as Message<'report-ready'>;
    await updateBadge(tabId, report as AuditReport | null);
  }
}
