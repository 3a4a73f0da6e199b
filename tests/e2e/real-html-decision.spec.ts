import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { auditDocument } from '../../extractors/audit.ts';
import { readPage } from '../../scripts/lib/read-page.ts';
import { REPO_ROOT, test } from './support/extension.ts';
import { FixturePage } from './support/pages.ts';

/**
 * The browser decides as the CLI does. On every real page of tests/corpus/real-html (real vendor
 * pages and hard negatives in a site shell), the popup's "trust page or not" must be the CLI's
 * recognition.isTrustPage for the same HTML at the same URL, on the same build — not the labels:
 * the recogniser and the extraction change, and both sides must change together.
 *
 * Each page is served at its canonical URL, routed inside the browser context (nothing is fetched:
 * every other request to that host gets a 404), because the recogniser reads the URL and the CLI
 * reads the canonical one. A page without a canonical URL is audited by the CLI with no URL; it is
 * served at a neutral 127.0.0.1 path and the CLI side is computed at that same URL.
 */
const CORPUS = join(REPO_ROOT, 'tests/corpus/real-html');
const PAGES = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();

test('the popup calls a page a trust page exactly when the CLI does, on every real-html page', async ({ extension }) => {
  test.setTimeout(PAGES.length * 8_000);
  const disagreements: string[] = [];
  let trustPages = 0;
  // one tab and one popup page, navigated page after page: the test stays quick on 50+ pages
  let tab: FixturePage | null = null;
  const popup = await extension.context.newPage();
  for (const [i, file] of PAGES.entries()) {
    const page = await readPage(join(CORPUS, file));
    if (page.kind !== 'html') throw new Error(`${file} is not HTML`);
    const url = page.url ?? `${extension.server.origin}/page-${i}/`;
    const cli = auditDocument(page.document, url).recognition.isTrustPage;
    const html = readFileSync(join(CORPUS, file), 'utf8');
    // by host, either scheme: Chromium upgrades an http:// navigation to https:// first
    const { host } = new URL(url);
    const withoutScheme = (u: string) => u.replace(/^https?:/, '');
    const route = (u: URL) => u.host === host;
    await extension.context.route(route, (r) => (withoutScheme(r.request().url()) === withoutScheme(url)
      ? r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : r.fulfill({ status: 404, body: 'Not Found' })));
    try {
      if (!tab) tab = await FixturePage.openUrl(extension, url, file);
      else {
        await tab.page.goto(url, { waitUntil: 'load' });
        await tab.waitForContentScript();
      }
      await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=${tab.tabId}`);
      const main = popup.locator('main.popup[data-state]');
      await main.waitFor({ timeout: 15_000 });
      const state = await main.getAttribute('data-state');
      const popupSays = state === 'report';
      if (popupSays !== cli) disagreements.push(`${file}: popup ${state}, CLI isTrustPage=${cli} (${url})`);
      if (popupSays) {
        trustPages++;
        // the audit the popup ran reports to the background: the page is badged like any trust page
        await expect.poll(() => tab!.badgeText(), { timeout: 5_000, message: `${file}: badge` }).toMatch(/^(?:✓|[1-9]\d*)$/);
      } else expect(await tab.badgeText(), `${file}: no badge on a page that is not a trust page`).toBe('');
    } finally {
      await extension.context.unroute(route);
    }
  }
  console.log(`real-html: ${PAGES.length} pages, ${trustPages} trust pages in the popup, ${disagreements.length} disagreements with the CLI`);
  expect(disagreements).toEqual([]);
});
