import { handleBackgroundMessage } from '../lib/background-handlers.ts';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleBackgroundMessage(message, sender.tab?.id));
});
