import { handleBackgroundMessage, handleStorageChange } from '../lib/background-handlers.ts';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) =>
    handleBackgroundMessage(message, { tabId: sender.tab?.id, frameId: sender.frameId }, sendResponse));
  browser.storage.onChanged.addListener((changes, area) => void handleStorageChange(changes, area));
});
