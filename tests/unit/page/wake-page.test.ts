import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundMessage } from '../../../lib/background-handlers.ts';
import { askPage } from '../../../lib/messaging.ts';

/** An ordinary page's content script is silent until the engine arrives: the popup wakes it through the background. */
describe('waking a silent page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the background injects the engine into the top frame of the tab the popup names', async () => {
    const injected: unknown[] = [];
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn(async (i: unknown) => { injected.push(i); return []; }) };
    const answer = await new Promise((resolve) => expect(handleBackgroundMessage({ type: 'wake-page', tabId: 7 }, {}, resolve)).toBe(true));
    expect(answer).toEqual({ loaded: true });
    expect(injected).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ['engine.js'] }]);
  });

  it('the background ignores a wake-page without a whole tab id', () => {
    const respond = vi.fn();
    expect(handleBackgroundMessage({ type: 'wake-page' }, {}, respond)).toBeUndefined();
    expect(handleBackgroundMessage({ type: 'wake-page', tabId: 1.5 }, { tabId: 3, frameId: 0 }, respond)).toBeUndefined();
    expect(respond).not.toHaveBeenCalled();
  });

  it('askPage asks again once the engine is injected, and gives the first error when it cannot be', async () => {
    let awake = false;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
      if (!awake) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { url: 'https://pantry.example/' };
    });
    const wake = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => { awake = true; return { loaded: true }; });
    expect(await askPage(5, { type: 'page-info' })).toEqual({ url: 'https://pantry.example/' });
    expect(wake).toHaveBeenCalledWith({ type: 'wake-page', tabId: 5 });

    awake = false;
    wake.mockImplementation(async () => ({ loaded: false, error: 'Cannot access a chrome:// URL' }));
    await expect(askPage(5, { type: 'page-info' })).rejects.toThrow('Receiving end does not exist');
  });
});
