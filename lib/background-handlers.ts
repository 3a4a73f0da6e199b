import { browser } from 'wxt/browser';
import { isMessage } from './messaging.ts';

/** The background's only job so far: remember which tabs hold a recognised trust page (the badge). */
export async function handleBackgroundMessage(message: unknown, tabId: number | undefined): Promise<void> {
  if (!isMessage(message) || tabId === undefined) return;
  if (message.type === 'report-ready') {
    const { report } = message as { report: { recognition: { isTrustPage: boolean } } | null };
    const isTrustPage = report?.recognition.isTrustPage ?? false;
    await browser.action.setBadgeText({ tabId, text: isTrustPage ? '✓' : '' });
    if (isTrustPage) await browser.action.setBadgeBackgroundColor({ tabId, color: '#15803d' });
  }
}
