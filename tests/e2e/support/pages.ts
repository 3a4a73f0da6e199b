import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { ChromeApi, Extension } from './extension.ts';
import {
  countVerdicts,
  parseSummary,
  quoteText,
  POPUP,
  readClaimRows,
  readVerdictRows,
  TEST_IDS,
  type ClaimRow,
  type PopupState,
  type VerdictCounts,
  type VerdictRow,
} from './popup-contract.ts';

export { lettersAndDigits, quoteText, type ClaimRow, type PopupState, type VerdictCounts, type VerdictRow } from './popup-contract.ts';

/**
 * Page objects of the e2e tests: a fixture page in a tab (the content script's
 * world) and the popup opened as a page for that tab (`popup.html?tabId=`).
 */

type SwChrome = { chrome: ChromeApi };

/** What the content script answers to `page-info` (the fields the tests read). */
export interface PageInfoAnswer {
  url: string;
  stage1: { likely: boolean };
  recognition: { isTrustPage: boolean } | null;
  engineLoaded: boolean;
}

/** A fixture served by the fixture server, open in its own tab. */
export class FixturePage {
  private constructor(
    readonly extension: Extension,
    readonly page: Page,
    readonly name: string,
    readonly tabId: number,
  ) {}

  get url(): string {
    return this.page.url();
  }

  /**
   * Opens tests/fixtures/<name>/ in a new tab and finds that tab's id through
   * the service worker. Without the `tabs` permission Chromium hides tab URLs
   * from the extension, so a tab is matched by URL when the URL is visible and
   * else as the one tab that was not there before; the content script's answer
   * (its page URL) then confirms the match.
   */
  static async open(extension: Extension, name: string, opts: { waitForContentScript?: boolean; ownOrigin?: boolean } = {}): Promise<FixturePage> {
    // ownOrigin: the page on http://<name>.localhost, whose root serves the fixture's security.txt
    const url = opts.ownOrigin ? extension.server.siteUrlOf(name) : extension.server.urlOf(name);
    return FixturePage.openUrl(extension, url, name, opts);
  }

  /** Opens any URL the context can load (a fixture, or a page routed in the context) in a new tab. */
  static async openUrl(extension: Extension, url: string, name: string, opts: { waitForContentScript?: boolean } = {}): Promise<FixturePage> {
    const before = new Set((await tabsOf(extension)).map((t) => t.id));
    const page = await extension.context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`Fixture ${name} did not load from ${url}: HTTP ${response?.status()}`);
    const tabId = await findTabId(extension, page, url, before);
    const fixture = new FixturePage(extension, page, name, tabId);
    if (opts.waitForContentScript !== false) await fixture.waitForContentScript();
    return fixture;
  }

  /** The content script's `page-info` answer for this tab. */
  async pageInfo(): Promise<PageInfoAnswer> {
    const sw = await this.extension.serviceWorker();
    return sw.evaluate((tabId) => (globalThis as unknown as SwChrome).chrome.tabs.sendMessage(tabId, { type: 'page-info' }) as Promise<PageInfoAnswer>, this.tabId);
  }

  /**
   * What the content script's world holds for this tab, read with scripting.executeScript (which runs in that
   * world) rather than by asking the content script, which on an ordinary page stays silent until the
   * engine is injected: whether the content script ran, whether the engine is loaded, and the page's URL.
   */
  async probe(): Promise<{ contentScript: boolean; engineLoaded: boolean; url: string }> {
    const sw = await this.extension.serviceWorker();
    return sw.evaluate(async (tabId) => {
      const { chrome } = globalThis as unknown as { chrome: { scripting: { executeScript(i: unknown): Promise<{ result?: unknown }[]> } } };
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: () => {
          const g = globalThis as unknown as Record<string, unknown>;
          return { contentScript: '__vetterContentScript' in g, engineLoaded: '__vetterPageEngine' in g, url: location.href };
        },
      });
      return frame!.result as { contentScript: boolean; engineLoaded: boolean; url: string };
    }, this.tabId);
  }

  /** What the popup has the background do on a silent page: inject the engine, which then makes the content script answer. */
  async wake(): Promise<void> {
    const sw = await this.extension.serviceWorker();
    await sw.evaluate(async (tabId) => {
      const { chrome } = globalThis as unknown as { chrome: { scripting: { executeScript(i: unknown): Promise<unknown> } } };
      await chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['engine.js'] });
    }, this.tabId);
  }

  /** Resolves once the content script ran on this page (it runs at document_idle). Asks it nothing: that would wake it. */
  async waitForContentScript(timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let last = 'no answer';
    while (Date.now() < deadline) {
      const probe = await this.probe().catch((e: unknown) => ({ contentScript: false, engineLoaded: false, url: String(e) }));
      if (probe.contentScript && probe.url === this.url) return;
      last = probe.contentScript ? `ran on ${probe.url}` : `not yet (${probe.url})`;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`The content script never ran on tab ${this.tabId} (${this.url}): ${last}`);
  }

  /** The action's badge text for this tab ('' when none). */
  async badgeText(): Promise<string> {
    const sw = await this.extension.serviceWorker();
    return sw.evaluate((tabId) => (globalThis as unknown as SwChrome).chrome.action.getBadgeText({ tabId }), this.tabId);
  }

  /** Whether the page holds the extension's evidence highlight (CSS Custom Highlight API). */
  isHighlighted(name = 'vetter-evidence'): Promise<boolean> {
    return this.page.evaluate((n) => CSS.highlights.has(n), name);
  }

  /** The text the evidence highlight covers ('' when none). */
  highlightedText(name = 'vetter-evidence'): Promise<string> {
    return this.page.evaluate((n) => {
      const h = CSS.highlights.get(n);
      return h ? [...h].map((r) => r.toString()).join(' … ') : '';
    }, name);
  }

  async openPopup(): Promise<PopupPage> {
    return PopupPage.open(this.extension.context, this.extension.extensionId, this.tabId);
  }
}

async function tabsOf(extension: Extension) {
  const sw = await extension.serviceWorker();
  return sw.evaluate(() => (globalThis as unknown as SwChrome).chrome.tabs.query({}));
}

async function findTabId(extension: Extension, page: Page, url: string, before: Set<number | undefined>): Promise<number> {
  const tabs = await tabsOf(extension);
  const byUrl = tabs.filter((t) => t.url === url || t.url === page.url());
  if (byUrl.length === 1 && byUrl[0]!.id !== undefined) return byUrl[0]!.id;
  const fresh = tabs.filter((t) => t.id !== undefined && !before.has(t.id));
  if (fresh.length === 1) return fresh[0]!.id!;
  // more than one new tab: the page brought to the front is the active one
  await page.bringToFront();
  const sw = await extension.serviceWorker();
  const [active] = await sw.evaluate(() => (globalThis as unknown as SwChrome).chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  if (active?.id !== undefined) return active.id;
  throw new Error(`No tab id found for ${url} (tabs: ${JSON.stringify(tabs.map((t) => t.id))})`);
}

/** The popup opened as a page about one tab: chrome-extension://<id>/popup.html?tabId=<tab>. */
export class PopupPage {
  readonly main: Locator;

  private constructor(readonly page: Page) {
    this.main = page.locator(POPUP.main);
  }

  static async open(context: BrowserContext, extensionId: string, tabId: number): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    const popup = new PopupPage(page);
    await popup.waitForState();
    return popup;
  }

  /** Waits until the popup has left `loading` (main.popup gets a data-state) and returns that state. */
  async waitForState(timeout = 15_000): Promise<PopupState> {
    await this.page.locator(POPUP.settled).waitFor({ timeout });
    return this.state();
  }

  async state(): Promise<PopupState> {
    return (await this.main.getAttribute('data-state')) as PopupState;
  }

  get vendorHeading(): Locator {
    return this.page.getByTestId(TEST_IDS.vendor);
  }

  async vendor(): Promise<string> {
    return (await this.vendorHeading.innerText()).trim();
  }

  get claimRows(): Locator {
    return this.page.locator(POPUP.claimRow);
  }

  claim(control: string): Locator {
    return this.page.locator(POPUP.claimRowOf(control));
  }

  /** Every control the page claims: the scorecard's requirement rows (unless unknown) and the other claims below them. */
  async claims(): Promise<ClaimRow[]> {
    return this.page.evaluate(readClaimRows, POPUP.claimedRow);
  }

  /** Opens the folds (met requirements, everything else the page claims, the questions). */
  async openFolds(): Promise<void> {
    await this.page.locator('details').evaluateAll((ds) => ds.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
  }
  get quotes(): Locator {
    return this.page.getByTestId(TEST_IDS.quote);
  }

  /** Clicks a quote: the n-th one, or the one in a control's row. */
  async clickQuote(which: number | string = 0): Promise<string> {
    const quote = typeof which === 'number' ? this.quotes.nth(which) : this.claim(which).getByTestId(TEST_IDS.quote);
    const text = (await quote.innerText()).trim();
    await quote.click();
    return text;
  }

  get auditAnywayButton(): Locator {
    return this.page.getByRole('button', { name: 'Audit anyway' });
  }

  async auditAnyway(): Promise<void> {
    await this.auditAnywayButton.click();
  }

  get noClaims(): Locator {
    return this.page.getByTestId(TEST_IDS.noClaims);
  }

  // ── the scorecard: one row per requirement of the active profile ──

  /** "N met · N failed · N partial · N unknown", with the profile switcher. */
  get summary(): Locator {
    return this.page.getByTestId(TEST_IDS.summary);
  }

  /** The four numbers of the summary line. */
  async summaryCounts(): Promise<VerdictCounts> {
    return parseSummary(await this.summary.innerText());
  }

  /** The requirement profile `<select>`. */
  get profileSelect(): Locator {
    return this.page.getByTestId(TEST_IDS.profile);
  }

  /** The id of the profile the scorecard is judged against (the select's value). */
  profileId(): Promise<string> {
    return this.profileSelect.inputValue();
  }

  /** Chooses a profile by its label ("EU personal data") or `{ value: id }`, and waits until the select shows it. */
  async chooseProfile(which: string | { value: string }): Promise<void> {
    await this.profileSelect.selectOption(typeof which === 'string' ? { label: which } : which);
  }

  get verdictRows(): Locator {
    return this.page.locator(POPUP.verdictRow);
  }

  verdictRow(control: string): Locator {
    return this.page.locator(POPUP.verdictRowOf(control));
  }

  /** Every scorecard row, in order: control id and data-verdict. */
  async verdicts(): Promise<VerdictRow[]> {
    return this.page.evaluate(readVerdictRows, POPUP.verdictRow);
  }

  /** Counts of scorecard rows per data-verdict. */
  async verdictCounts(): Promise<VerdictCounts> {
    return countVerdicts(await this.verdicts());
  }

  /** The quote button of a scorecard row. */
  verdictQuote(control: string): Locator {
    return this.verdictRow(control).getByTestId(TEST_IDS.quote);
  }

  /** The scorecard's quote buttons, in order. */
  get verdictQuotes(): Locator {
    return this.verdictRows.getByTestId(TEST_IDS.quote);
  }

  /** Clicks the quote of a scorecard row; returns the quote as shown (without the curly quotes). */
  async clickVerdictQuote(control: string): Promise<string> {
    const quote = this.verdictQuote(control);
    const text = quoteText(await quote.innerText());
    await quote.click();
    return text;
  }
}

type SwStorage = { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> } } } };

/** The active profile id kept in extension storage (undefined when none was chosen: the default, Enterprise). */
export async function storedActiveProfileId(extension: Extension): Promise<string | undefined> {
  const sw = await extension.serviceWorker();
  return sw.evaluate(async () => {
    const { chrome } = globalThis as unknown as SwStorage;
    return (await chrome.storage.local.get('activeProfileId')).activeProfileId as string | undefined;
  });
}

/** Sets (or, with undefined, removes) the active profile id in extension storage. */
export async function setStoredActiveProfileId(extension: Extension, id: string | undefined): Promise<void> {
  const sw = await extension.serviceWorker();
  await sw.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as SwStorage;
    if (value === undefined) await chrome.storage.local.remove('activeProfileId');
    else await chrome.storage.local.set({ activeProfileId: value });
  }, id);
}
