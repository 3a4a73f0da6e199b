import { handleBackgroundMessage, handleStorageChange } from '../lib/background-handlers.ts';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleBackgroundMessage(message, sender.tab?.id));
  browser.storage.onChanged.addListener((changes, area) => void handleStorageChange(changes, area));
});
