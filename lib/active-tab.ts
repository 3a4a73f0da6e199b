import { browser } from 'wxt/browser';

/** The tab the popup is about: `?tabId=` when opened as a page (tests, a pinned window), else the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
