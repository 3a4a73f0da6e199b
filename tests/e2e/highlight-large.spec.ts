import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { test } from './support/extension.ts';
import { startFixtureServer } from './support/fixture-server.ts';
import { FixturePage } from './support/pages.ts';

/**
 * Clicking a quote on a huge page must not freeze the tab: finding the quote keeps memory bounded
 * by the quote, not by the page (it once kept one object per character: 3.8 → 771 MB on 20 MB).
 * The page is generated into a temporary folder served by its own fixture server; the quote sits near
 * its end, the worst case.
 */
const QUOTE = 'Backups are retained for 35 days in two regions';
// 1 KB paragraphs: 20,000 text nodes, and a page Chromium lays out in seconds
const PARAGRAPH = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. '.repeat(10)}</p>\n`;
const HEAP_GROWTH_LIMIT_MB = 150;

function hugePage(bytes: number): string {
  const count = Math.ceil(bytes / PARAGRAPH.length);
  const paragraphs = PARAGRAPH.repeat(count);
  const cut = paragraphs.length - PARAGRAPH.length * 50;
  return `<!doctype html><html><head><title>Archive</title></head><body><main>${paragraphs.slice(0, cut)}<p>${QUOTE}.</p>${paragraphs.slice(cut)}</main></body></html>`;
}

test('highlighting a quote near the end of a 20 MB page keeps the heap bounded', async ({ extension }) => {
  test.setTimeout(120_000);
  const root = mkdtempSync(join(tmpdir(), 'vetter-huge-'));
  mkdirSync(join(root, 'archive'));
  writeFileSync(join(root, 'archive', 'source.html'), hugePage(20 * 1024 * 1024));
  const server = await startFixtureServer(root);
  try {
    const tab = await FixturePage.openUrl(extension, server.urlOf('archive'), 'huge', { waitForContentScript: false });
    await tab.waitForContentScript(60_000);
    // an ordinary page (its head says nothing of trust): its content script answers once the engine is in, as the popup has it
    await tab.wake();
    const cdp = await extension.context.newCDPSession(tab.page);
    await cdp.send('Performance.enable');
    const heap = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const mb = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) / 1048576;
      return { used: mb('JSHeapUsedSize'), total: mb('JSHeapTotalSize') };
    };
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await heap();
    const sw = await extension.serviceWorker();
    const started = Date.now();
    const answer = await sw.evaluate(
      ([tabId, quote]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(tabId as number, { type: 'highlight', quote }),
      [tab.tabId, QUOTE] as const,
    ) as { found: boolean };
    const ms = Date.now() - started;
    const after = await heap();
    console.log(`20 MB page, quote near the end: found=${answer.found} in ${ms} ms (engine load included); JS heap used ${before.used.toFixed(1)} → ${after.used.toFixed(1)} MB, heap size ${before.total.toFixed(1)} → ${after.total.toFixed(1)} MB`);
    expect(answer.found).toBe(true);
    expect(await tab.highlightedText()).toBe(QUOTE);
    expect(after.total - before.total, 'heap growth while finding the quote (MB)').toBeLessThan(HEAP_GROWTH_LIMIT_MB);
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
