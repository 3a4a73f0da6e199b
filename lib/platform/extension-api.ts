import type { browser as WxtBrowser } from 'wxt/browser';

type Browser = typeof WxtBrowser;

/**
 * wxt/browser's own lookup (`browser` where it is the extension API, else `chrome`), made when first
 * used rather than when the module loads. The content script on every page imports this, not
 * wxt/browser: in Chromium, touching `chrome` in a page's extension world costs about 1 ms, and on an
 * ordinary page the content script never needs it.
 */
export function extensionApi(): Browser {
  const g = globalThis as { browser?: Browser; chrome?: Browser };
  return g.browser?.runtime?.id ? g.browser : g.chrome!;
}
