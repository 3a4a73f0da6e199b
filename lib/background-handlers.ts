import type { AuditReport } from '../extractors/schema/index.ts';
import { rebadgeAllTabs, updateBadge } from './badge.ts';
import { ENGINE_FILE } from './engine-link.ts';
import { isMessage, type Message, type Requests } from './messaging.ts';
import { scriptInjector } from './platform/inject-script.ts';

/** Who sent a message: the tab and frame of a content script (none for the extension's own pages). */
export interface Sender { tabId?: number; frameId?: number }

/**
 * The background's jobs: the toolbar badge of each tab that reported a page, and
 * injecting the page engine into a tab whose content script asks for it.
 * Returns true when it answers through sendResponse later (Chrome's onMessage
 * contract; Firefox accepts it too).
 */
export function handleBackgroundMessage(message: unknown, sender: Sender, sendResponse: (response: unknown) => void): true | undefined {
  if (!isMessage(message)) return undefined;
  if (message.type === 'wake-page') {
    // from the popup (no tab; or its own tab when opened as a page): the named tab's top frame, where the popup's questions go
    const { tabId } = message as Message<'wake-page'>;
    if (!Number.isInteger(tabId)) return undefined;
    void loadEngine(tabId, 0).then(sendResponse);
    return true;
  }
  if (sender.tabId === undefined) return undefined;
  const { tabId } = sender;
  if (message.type === 'report-ready') {
    const { report } = message as Message<'report-ready'>;
    void updateBadge(tabId, report as AuditReport | null).catch(() => undefined);
    return undefined;
  }
  if (message.type === 'load-engine') {
    void loadEngine(tabId, sender.frameId ?? 0).then(sendResponse);
    return true;
  }
  return undefined;
}

export async function loadEngine(tabId: number, frameId: number): Promise<Requests['load-engine']['response']> {
  try {
    await scriptInjector().injectFile(tabId, frameId, ENGINE_FILE);
    return { loaded: true };
  } catch (error) {
    return { loaded: false, error: String(error) };
  }
}

/** A new active profile, or an edited profile, changes every open trust page's badge. */
export async function handleStorageChange(changes: Record<string, unknown>, area: string): Promise<void> {
  if (area === 'local' && ('activeProfileId' in changes || 'profiles' in changes)) await rebadgeAllTabs();
}
