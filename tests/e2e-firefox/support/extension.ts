import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { callIn, type BidiConnection } from './bidi.ts';
import { EXTENSION_UUID, launchFirefox, type Firefox } from './firefox.ts';

/**
 * The built Firefox add-on (.output/firefox-mv2) installed temporarily into headless Firefox ESR over
 * WebDriver BiDi. Extension pages open as trusted tabs from the browser's chrome window (a content tab
 * may not navigate to moz-extension://); one of them, opened first, is the console the tests call the
 * extension's APIs from (tabs, browserAction, storage), as the Chromium suite uses the service worker.
 * Every error the extension logs is collected: its scripts' errors from Firefox's console service
 * (content scripts, background page, extension pages) and console/JavaScript entries of BiDi
 * `log.entryAdded` that come from an extension page or an extension script.
 */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const FIREFOX_EXTENSION_DIR = resolve(REPO_ROOT, '.output/firefox-mv2');
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const POLL_MS = 50;

export interface LoggedError {
  /** Where it came from: a script URL, or the page it was logged in. */
  source: string;
  text: string;
}

interface ContextInfo { context: string; url: string; children?: ContextInfo[] }
interface LogEntry { type: string; level: string; text: string | null; source: { context?: string }; stackTrace?: { callFrames?: { url: string }[] } }

/** Runs in the chrome window: collects the console service's errors whose script is the extension's. */
function watchExtensionErrors(origin: string): number {
  type ScriptErrorIface = { warningFlag: number; infoFlag: number };
  const w = globalThis as unknown as { __vetterErrors?: { source: string; text: string }[]; Services: { console: { registerListener(l: unknown): void } }; Ci: { nsIScriptError: ScriptErrorIface } };
  if (w.__vetterErrors) return w.__vetterErrors.length;
  const errors: { source: string; text: string }[] = [];
  w.__vetterErrors = errors;
  w.Services.console.registerListener({
    observe(message: { QueryInterface(i: unknown): { sourceName: string; errorMessage: string; flags: number } }) {
      let e: { sourceName: string; errorMessage: string; flags: number };
      try { e = message.QueryInterface(w.Ci.nsIScriptError); } catch { return; }
      const { warningFlag, infoFlag } = w.Ci.nsIScriptError;
      if ((e.flags & (warningFlag | infoFlag)) === 0 && e.sourceName.startsWith(origin)) errors.push({ source: e.sourceName, text: e.errorMessage });
    },
  });
  return 0;
}

function extensionErrorsSoFar(): { source: string; text: string }[] {
  return (globalThis as unknown as { __vetterErrors?: { source: string; text: string }[] }).__vetterErrors ?? [];
}

/** Runs in the chrome window: the size of the open toolbar popup of the extension, or undefined. */
function toolbarPopupSize(origin: string): { url: string; width: number; height: number } | undefined {
  const doc = (globalThis as unknown as { document: Document }).document;
  const browser = Array.from(doc.querySelectorAll('browser.webextension-popup-browser')).find((b) => String((b as unknown as { currentURI?: { spec: string } }).currentURI?.spec).startsWith(origin));
  if (!browser) return undefined;
  const { width, height } = browser.getBoundingClientRect();
  return { url: (browser as unknown as { currentURI: { spec: string } }).currentURI.spec, width: Math.round(width), height: Math.round(height) };
}

function closeToolbarPopup(): void {
  const doc = (globalThis as unknown as { document: Document }).document;
  const panel = doc.querySelector('browser.webextension-popup-browser')?.closest('panel') as (Element & { hidePopup?(): void }) | null;
  panel?.hidePopup?.();
}

export class FirefoxExtension {
  private readonly bidiErrors: LoggedError[] = [];
  private readonly contextUrls = new Map<string, string>();

  private constructor(
    private readonly firefox: Firefox,
    private readonly chromeContext: string,
    /** The extension page the tests call the extension's APIs from. */
    private consoleContext = '',
  ) {}

  get bidi(): BidiConnection {
    return this.firefox.bidi;
  }

  get downloadsDir(): string {
    return this.firefox.downloadsDir;
  }

  get firefoxVersion(): string {
    return this.firefox.version;
  }

  static async launch(extensionDir = process.env.VETTER_FIREFOX_BUILD || FIREFOX_EXTENSION_DIR): Promise<FirefoxExtension> {
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`Build the Firefox add-on first: npm run build:firefox (no ${join(extensionDir, 'manifest.json')})`);
    }
    const firefox = await launchFirefox();
    try {
      const { bidi } = firefox;
      const chrome = await bidi.send<{ contexts: ContextInfo[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const window = chrome.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
      if (!window) throw new Error(`No browser window among the chrome contexts: ${JSON.stringify(chrome.contexts.map((c) => c.url))}`);
      const extension = new FirefoxExtension(firefox, window.context);
      bidi.on((event) => { if (event.method === 'log.entryAdded') extension.onLog(event.params as unknown as LogEntry); });
      await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
      await callIn(bidi, window.context, watchExtensionErrors, EXTENSION_ORIGIN);
      await bidi.send('webExtension.install', { extensionData: { type: 'path', path: resolve(extensionDir) } });
      extension.consoleContext = await extension.openExtensionPage('/popup.html?tabId=2147483647');
      return extension;
    } catch (error) {
      await firefox.close();
      throw error;
    }
  }

  /** Opens a web page in a new tab and waits for its load event; returns its browsing context. */
  async openTab(url: string): Promise<string> {
    const { context } = await this.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    this.contextUrls.set(context, url);
    await this.bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  }

  /** Opens an extension page (path like "/options.html") in a new tab and waits until it has loaded. */
  async openExtensionPage(path: string): Promise<string> {
    const url = `${EXTENSION_ORIGIN}${path}`;
    const before = new Set((await this.topContexts()).map((c) => c.context));
    await callIn(this.bidi, this.chromeContext, (u: string) => {
      const w = globalThis as unknown as { gBrowser: { addTrustedTab(url: string): unknown } };
      w.gBrowser.addTrustedTab(u);
    }, url);
    const context = await this.waitFor(`a tab for ${url}`, async () => (await this.topContexts()).find((c) => !before.has(c.context) && c.url === url)?.context);
    this.contextUrls.set(context, url);
    await this.waitFor(`${url} to load`, () => callIn(this.bidi, context, () => document.readyState === 'complete' || undefined));
    return context;
  }

  /** The top-level browsing contexts now showing `url`. */
  async contextsAt(url: string): Promise<string[]> {
    return (await this.topContexts()).filter((c) => c.url === url).map((c) => c.context);
  }

  async closeTab(context: string): Promise<void> {
    await this.bidi.send('browsingContext.close', { context }).catch(() => undefined);
  }

  /** Runs a self-contained function in a browsing context (see callIn). */
  call<A extends unknown[], R>(context: string, fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return callIn(this.bidi, context, fn, ...args);
  }

  /** Runs a self-contained function in an extension page, where `browser.*` is the extension's API. */
  api<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
    return callIn(this.bidi, this.consoleContext, fn, ...args);
  }

  /** Polls `probe` until it returns something other than undefined/false; throws with `what` on timeout. */
  async waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
      try {
        const value = await probe();
        if (value !== undefined && value !== false) return value;
      } catch (error) {
        last = error;
      }
      if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
      await new Promise((ok) => setTimeout(ok, POLL_MS));
    }
  }

  /**
   * Opens the real toolbar popup for the active tab (browserAction.openPopup; the profile lets it open without
   * a click) and returns the size Firefox gave its panel once that stopped changing (Firefox sizes the panel
   * from the popup's content, up to 800 × 600).
   */
  async openToolbarPopup(): Promise<{ url: string; width: number; height: number }> {
    await this.api(() => (globalThis as unknown as { browser: { browserAction: { openPopup(): Promise<void> } } }).browser.browserAction.openPopup());
    let last = '';
    let unchanged = 0;
    return this.waitFor('the toolbar popup to settle', async () => {
      const size = await callIn(this.bidi, this.chromeContext, toolbarPopupSize, EXTENSION_ORIGIN);
      const key = JSON.stringify(size);
      unchanged = key === last ? unchanged + 1 : 0;
      last = key;
      return size && size.height > 0 && unchanged >= 5 ? size : undefined;
    });
  }

  async closeToolbarPopup(): Promise<void> {
    await callIn(this.bidi, this.chromeContext, closeToolbarPopup);
  }

  /** Makes a tab the selected one of its window (the tab a toolbar popup is about). */
  async activate(context: string): Promise<void> {
    await this.bidi.send('browsingContext.activate', { context });
  }

  /** Every error the extension logged since launch (see the class comment). */
  async loggedErrors(): Promise<LoggedError[]> {
    const fromScripts = await callIn(this.bidi, this.chromeContext, extensionErrorsSoFar);
    const key = (e: LoggedError) => `${e.source}\n${e.text}`;
    const seen = new Set(fromScripts.map(key));
    return [...fromScripts, ...this.bidiErrors.filter((e) => !seen.has(key(e)))];
  }

  async close(): Promise<void> {
    await this.firefox.close();
  }

  private async topContexts(): Promise<ContextInfo[]> {
    return (await this.bidi.send<{ contexts: ContextInfo[] }>('browsingContext.getTree', { maxDepth: 0 })).contexts;
  }

  private onLog(entry: LogEntry) {
    if (entry.level !== 'error') return;
    const pageUrl = entry.source.context ? this.contextUrls.get(entry.source.context) ?? '' : '';
    const frame = entry.stackTrace?.callFrames?.find((f) => f.url.startsWith(EXTENSION_ORIGIN));
    if (frame || pageUrl.startsWith(EXTENSION_ORIGIN)) this.bidiErrors.push({ source: frame?.url ?? pageUrl, text: entry.text ?? `(${entry.type} error)` });
  }
}
