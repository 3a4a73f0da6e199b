import { expect } from '@playwright/test';
import { test } from './support/extension.ts';
import { FixturePage } from './support/pages.ts';

/**
 * A page must not learn that Vetter is installed by loading: the content script is a plain script, not a
 * WXT content script, so WXT's content-script-started window.postMessage(…, '*') is never sent. The page
 * records every message it receives from the moment it starts; a trust page, where the engine is injected too.
 */
test('no window message reaches the page from the content script or the engine', async ({ extension }) => {
  const fixture = await FixturePage.open(extension, 'zentrik');
  // the recorder is in place before any script of the reloaded page, the content script's included
  await fixture.page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __messages: unknown[] }).__messages = seen;
    window.addEventListener('message', (e) => seen.push(e.data), true);
  });
  await fixture.page.reload({ waitUntil: 'load' });
  await fixture.waitForContentScript();
  await expect.poll(async () => (await fixture.pageInfo()).engineLoaded, { timeout: 8_000 }).toBe(true);
  const messages = await fixture.page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
  expect(messages).toEqual([]);
});
