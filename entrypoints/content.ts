import { startContentScript } from '../lib/content-script.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's window.postMessage(…, '*') would tell every page that Vetter is installed, and its id
  noScriptStartedPostMessage: true,
  main() {
    startContentScript(document, window);
  },
});
