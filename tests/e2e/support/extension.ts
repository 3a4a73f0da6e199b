import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumExecutablePath } from './chromium.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

/**
 * A Playwright fixture that loads the built extension into the system Chromium.
 * One browser per worker (workers: 1) keeps the suite fast; every test gets the
 * same persistent context and the pages a test opens are closed after it.
 */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');

/** The extension APIs the tests call inside the service worker (typed here: no @types/chrome). */
export interface ChromeApi {
  tabs: {
    query(q: Record<string, unknown>): Promise<{ id?: number; url?: string; pendingUrl?: string; title?: string; active?: boolean; status?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** The extension's MV3 service worker (started again if Chromium stopped it). */
  serviceWorker(): Promise<Worker>;
}

interface WorkerFixtures {
  server: FixtureServer;
  extension: Extension;
  extensionId: string;
}

interface TestFixtures {
  /** The extension's browser context (shared by the worker; the test's pages are closed after it). */
  context: BrowserContext;
}

/** Chromium's flags with or without the extension (the page benchmark runs both, in the same way). */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=DialMediaRouteProvider,Translate,OptimizationHints,MediaRouter',
];

const LAUNCH_ARGS = (dir: string) => [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...BROWSER_ARGS];

async function findServiceWorker(context: BrowserContext, timeout = 15_000): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isOurs);
  if (existing) return existing;
  return context.waitForEvent('serviceworker', { predicate: isOurs, timeout });
}

export async function launchExtension(
  server: FixtureServer,
  extensionDir = EXTENSION_DIR,
): Promise<{ extension: Extension; close(): Promise<void> }> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`Build the extension first: npm run build (no ${join(extensionDir, 'manifest.json')})`);
  }
  const executablePath = chromiumExecutablePath();
  const userDataDir = mkdtempSync(join(tmpdir(), 'vetter-e2e-'));
  // headless: true is Chromium's new headless mode, which loads extensions.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: LAUNCH_ARGS(extensionDir),
  });
  let worker: Worker;
  try {
    worker = await findServiceWorker(context);
  } catch (error) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`The extension's service worker did not start (is ${extensionDir} a valid MV3 build?): ${String(error)}`);
  }
  const extensionId = new URL(worker.url()).host;
  const extension: Extension = {
    context,
    extensionId,
    server,
    async serviceWorker() {
      const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      if (live) return live;
      // Chromium stops an idle MV3 worker: a message from an extension page starts it again.
      const waking = context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`) });
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=2147483647`);
      await page.evaluate(() => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
        return chrome.runtime.sendMessage({ type: 'e2e-wake' }).catch(() => undefined);
      });
      const w = await waking;
      await page.close();
      return w;
    },
  };
  return {
    extension,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({ server }, use) => {
      const { extension, close } = await launchExtension(server);
      await use(extension);
      await close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  extensionId: [async ({ extension }, use) => use(extension.extensionId), { scope: 'worker' }],
  context: async ({ extension }, use) => {
    const before = new Set(extension.context.pages());
    await use(extension.context);
    for (const page of extension.context.pages()) if (!before.has(page)) await page.close().catch(() => undefined);
  },
});

export { expect } from '@playwright/test';
