import { startContentScript } from '../lib/content-script.ts';

// The script on every page the buyer opens, declared in wxt.config.ts's manifest. An unlisted script,
// not a WXT content script: WXT's content-script wrapper reads browser.runtime.id as it loads, and the
// first use of the extension API in a page costs about 1 ms, on every page. This script touches the API
// only on a likely trust page, or once the engine is injected.
export default defineUnlistedScript(() => {
  startContentScript(document, window);
});
