import type { FixtureServer } from '../../e2e/support/fixture-server.ts';
import {
  byTestId,
  countVerdicts,
  parseSummary,
  POPUP,
  quoteText,
  readClaimRows,
  readVerdictRows,
  TEST_IDS,
  type ClaimRow,
  type PopupState,
  type VerdictCounts,
  type VerdictRow,
} from '../../e2e/support/popup-contract.ts';
import type { FirefoxExtension } from './extension.ts';

/**
 * Page objects of the Firefox suite, over BiDi: the same pages, selectors and readers as the Chromium
 * suite's (tests/e2e/support/pages.ts, through popup-contract.ts). A fixture page in a tab (the content
 * script's world) and the popup opened as a page about that tab (popup.html?tabId=).
 */

type ExtensionApi = {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, m: unknown): Promise<unknown>; executeScript(tabId: number, d: { code: string }): Promise<unknown[]> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/**
 * In an extension page: the tab that holds `url` and where the content script ran, among the tabs not in
 * `before`. Read with tabs.executeScript in the content script's sandbox, not by asking the content script:
 * on an ordinary page it stays silent until the engine is injected.
 */
async function tabHolding(url: string, before: number[]): Promise<number | undefined> {
  const { browser } = globalThis as unknown as { browser: ExtensionApi };
  const tabs = (await browser.tabs.query({})).filter((t) => t.id !== undefined && !before.includes(t.id));
  for (const tab of tabs) {
    const [seen] = (await browser.tabs.executeScript(tab.id!, { code: '[location.href, "__vetterContentScript" in globalThis]' }).catch(() => [])) as ([string, boolean] | undefined)[];
    if (seen?.[0] === url && seen[1]) return tab.id;
  }
  return undefined;
}

export class FirefoxFixturePage {
  private constructor(
    readonly extension: FirefoxExtension,
    readonly context: string,
    readonly name: string,
    readonly url: string,
    readonly tabId: number,
  ) {}

  /**
   * Opens tests/fixtures/<name>/ in a new tab. Without the `tabs` permission Firefox hides web pages'
   * URLs from the extension, so the tab is the new one that holds this URL and where the content script ran.
   */
  static async open(extension: FirefoxExtension, server: FixtureServer, name: string, opts: { ownOrigin?: boolean } = {}): Promise<FirefoxFixturePage> {
    // ownOrigin: the page on http://<name>.localhost, whose root serves the fixture's security.txt
    const url = opts.ownOrigin ? server.siteUrlOf(name) : server.urlOf(name);
    const before = (await extension.api(async () => (await (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.query({})).map((t) => t.id!)));
    const context = await extension.openTab(url);
    const tabId = await extension.waitFor(`the content script to answer on ${url}`, () => extension.api(tabHolding, url, before));
    return new FirefoxFixturePage(extension, context, name, url, tabId);
  }

  /** The toolbar button's badge text for this tab ('' when none), read through browserAction. */
  badgeText(): Promise<string> {
    return this.extension.api((tabId: number) => (globalThis as unknown as { browser: ExtensionApi }).browser.browserAction.getBadgeText({ tabId }), this.tabId);
  }

  /** Waits until the badge text passes `accept`; returns it. */
  waitForBadge(what: string, accept: (text: string) => boolean, timeoutMs = 10_000): Promise<string> {
    return this.extension.waitFor(`badge ${what} on ${this.name}`, async () => {
      const text = await this.badgeText();
      return accept(text) ? text : undefined;
    }, timeoutMs);
  }

  /** The text the evidence highlight (CSS Custom Highlight API) covers, or null when there is none. */
  highlightedText(name = 'vetter-evidence'): Promise<string | null> {
    return this.extension.call(this.context, (n: string) => {
      const h = CSS.highlights.get(n);
      return h ? [...h].map((r) => r.toString()).join(' … ') : null;
    }, name);
  }

  openPopup(): Promise<FirefoxPopupPage> {
    return FirefoxPopupPage.open(this.extension, this.tabId);
  }

  close(): Promise<void> {
    return this.extension.closeTab(this.context);
  }
}

/** An extension page in a tab (popup, options, vendor library), read and clicked through the DOM. */
export class ExtensionPage {
  constructor(readonly extension: FirefoxExtension, readonly context: string) {}

  /** An extension page the tests opened, or one the extension opened itself (tabs.create). */
  static attach(extension: FirefoxExtension, context: string): ExtensionPage {
    return new ExtensionPage(extension, context);
  }

  /** An attribute of the first element matching `selector` (undefined when no such element). */
  attribute(selector: string, name: string): Promise<string | undefined> {
    return this.extension.call(this.context, (s: string, n: string) => document.querySelector(s)?.getAttribute(n) ?? undefined, selector, name);
  }

  /** The visible text of the first element matching `selector` (undefined when none). */
  text(selector: string): Promise<string | undefined> {
    return this.extension.call(this.context, (s: string) => (document.querySelector(s) as HTMLElement | null)?.innerText, selector);
  }

  count(selector: string): Promise<number> {
    return this.extension.call(this.context, (s: string) => document.querySelectorAll(s).length, selector);
  }

  /** Waits until an element matches `selector` (and, with `text`, its text matches). */
  waitForSelector(selector: string, text?: RegExp, timeoutMs = 10_000): Promise<string> {
    return this.extension.waitFor(`${selector}${text ? ` with text ${text}` : ''}`, async () => {
      const shown = await this.text(selector);
      return shown !== undefined && (!text || text.test(shown)) ? shown : undefined;
    }, timeoutMs);
  }

  /** Clicks the first element matching `selector`, once there is one (parts of the popup load after it paints). */
  async click(selector: string): Promise<void> {
    await this.extension.waitFor(`something to click at ${selector}`, () => this.extension.call(this.context, (s: string) => {
      const el = document.querySelector(s) as HTMLElement | null;
      el?.click();
      return Boolean(el);
    }, selector));
  }

  /** Clicks the button whose text is `label` (as getByRole('button', { name }) finds it in the Chromium suite). */
  async clickButton(label: string): Promise<void> {
    await this.extension.waitFor(`a button "${label}"`, () => this.extension.call(this.context, (name: string) => {
      const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === name);
      button?.click();
      return Boolean(button);
    }, label));
  }

  /** Chooses an option of a `<select>` by value, as the buyer's pick fires React's change event. */
  async select(selector: string, value: string): Promise<void> {
    await this.extension.waitFor(`a select at ${selector}`, () => this.extension.call(this.context, (s: string, v: string) => {
      const select = document.querySelector(s) as HTMLSelectElement | null;
      if (!select) return false;
      select.value = v;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return select.value === v;
    }, selector, value));
  }

  close(): Promise<void> {
    return this.extension.closeTab(this.context);
  }
}

/** The popup opened as a page about one tab: moz-extension://<uuid>/popup.html?tabId=<tab>. */
export class FirefoxPopupPage extends ExtensionPage {
  static async open(extension: FirefoxExtension, tabId: number): Promise<FirefoxPopupPage> {
    const popup = new FirefoxPopupPage(extension, await extension.openExtensionPage(`/popup.html?tabId=${tabId}`));
    await popup.waitForState();
    return popup;
  }

  /** Waits until main.popup has a data-state (it has left `loading`) and returns it. */
  waitForState(timeoutMs = 15_000): Promise<PopupState> {
    return this.extension.waitFor('the popup to settle', () => this.state(), timeoutMs) as Promise<PopupState>;
  }

  state(): Promise<PopupState | undefined> {
    return this.attribute(POPUP.settled, 'data-state') as Promise<PopupState | undefined>;
  }

  vendor(): Promise<string | undefined> {
    return this.text(byTestId(TEST_IDS.vendor));
  }

  claims(): Promise<ClaimRow[]> {
    return this.extension.call(this.context, readClaimRows, POPUP.claimedRow);
  }

  verdicts(): Promise<VerdictRow[]> {
    return this.extension.call(this.context, readVerdictRows, POPUP.verdictRow);
  }

  async verdictCounts(): Promise<VerdictCounts> {
    return countVerdicts(await this.verdicts());
  }

  async summaryCounts(): Promise<VerdictCounts> {
    return parseSummary((await this.text(byTestId(TEST_IDS.summary))) ?? '');
  }

  /** The selector of a scorecard row's quote button. */
  verdictQuote(control: string): string {
    return `${POPUP.verdictRowOf(control)} ${byTestId(TEST_IDS.quote)}`;
  }

  /** Clicks the quote of a scorecard row; returns the quote as shown (without the curly quotes). */
  /** Opens the folded groups (met rows, everything else the page claims), as a buyer does to read them. */
  async openFolds(): Promise<void> {
    await this.extension.call(this.context, () => { document.querySelectorAll('details').forEach((d) => { (d as HTMLDetailsElement).open = true; }); return true; });
  }

  async clickVerdictQuote(control: string): Promise<string> {
    await this.openFolds();
    const selector = this.verdictQuote(control);
    const shown = await this.text(selector);
    if (shown === undefined) throw new Error(`No quote in the ${control} row`);
    await this.click(selector);
    return quoteText(shown);
  }

}
