import { expect } from '@playwright/test';
import { test } from './support/extension.ts';
import { FixturePage } from './support/pages.ts';
import { ORDINARY_PAGES, routeOrdinaryPages } from './support/ordinary-pages.ts';

/**
 * The content script on every page is stage 1 only; the engine is injected where it is needed:
 * on a likely trust page and on a platform's shell once the browser is idle, and on any page the
 * popup is opened on.
 */
const IDLE_MS = 2_500; // longer than the content script's requestIdleCallback timeout (2 s)

test('the engine is not loaded on an ordinary page, and is loaded when the popup asks', async ({ extension }) => {
  await routeOrdinaryPages(extension.context);
  for (const ordinary of ORDINARY_PAGES) {
    const page = await FixturePage.openUrl(extension, ordinary.url, ordinary.name);
    await page.page.waitForTimeout(IDLE_MS);
    const probe = await page.probe();
    expect(probe.contentScript, `${ordinary.name}: the content script ran`).toBe(true);
    expect(probe.engineLoaded, `${ordinary.name}: engine loaded without a need`).toBe(false);
    // silent: it registered no listener (the first use of the extension API costs the page), so nothing answers yet
    await expect(page.pageInfo(), `${ordinary.name}: the content script answered before it was woken`).rejects.toThrow(/Receiving end does not exist/);
    expect(await page.badgeText()).toBe('');
    await page.page.close();
  }
  // the popup runs the audit on any page: the engine comes in, and the decision is the audit's
  const page = await FixturePage.openUrl(extension, ORDINARY_PAGES[0]!.url, ORDINARY_PAGES[0]!.name);
  const popup = await page.openPopup();
  expect(await popup.state()).toBe('not-trust-page');
  const info = await page.pageInfo();
  expect(info.engineLoaded).toBe(true);
  expect(info.stage1.likely).toBe(false);
  expect(info.recognition?.isTrustPage).toBe(false);
  await extension.context.unrouteAll({ behavior: 'ignoreErrors' });
});

test('the engine is loaded on a trust page without the popup, and the page is badged', async ({ extension }) => {
  const page = await FixturePage.open(extension, 'zentrik');
  await expect.poll(async () => (await page.pageInfo()).engineLoaded, { timeout: 8_000 }).toBe(true);
  expect((await page.pageInfo()).recognition?.isTrustPage).toBe(true);
  await expect.poll(() => page.badgeText(), { timeout: 8_000 }).toMatch(/^(?:✓|[1-9]\d*)$/);
});

test('the engine is loaded on a trust-center platform shell, whose head says little', async ({ extension }) => {
  const page = await FixturePage.open(extension, 'platform-safebase-late');
  await expect.poll(async () => (await page.pageInfo()).engineLoaded, { timeout: 8_000 }).toBe(true);
});
