import { startContentScript } from '../lib/content-script.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    startContentScript(document, window);
  },
});
