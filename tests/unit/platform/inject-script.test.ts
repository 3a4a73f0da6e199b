import { describe, expect, it } from 'vitest';
import { scriptInjectorOf } from '../../../lib/platform/inject-script.ts';

describe('script injection adapter', () => {
  it('uses scripting.executeScript on Chrome MV3, with the frame and a path from the extension root', async () => {
    const calls: unknown[] = [];
    const injector = scriptInjectorOf({ scripting: { executeScript: async (i) => { calls.push(i); return [{ result: true }]; } }, tabs: { executeScript: async () => { throw new Error('not this one'); } } });
    expect(injector.api).toBe('scripting');
    await injector.injectFile(7, 0, '/engine.js');
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ['engine.js'] }]);
  });

  it('uses tabs.executeScript in the Firefox MV2 build, where browser.scripting is undefined without its permission', async () => {
    const calls: unknown[] = [];
    const tabs = {
      self: 'tabs',
      async executeScript(this: { self: string }, tabId: number, details: { file: string; frameId?: number }) { calls.push([this.self, tabId, details]); return [true]; },
    };
    const injector = scriptInjectorOf({ scripting: undefined, tabs });
    expect(injector.api).toBe('tabs');
    await injector.injectFile(7, 3, 'engine.js');
    // an absolute file: Firefox resolves a relative one against the calling page; called as a method of tabs
    expect(calls).toEqual([['tabs', 7, { file: '/engine.js', frameId: 3 }]]);
  });

  it('passes an injection failure on (a page the extension may not script)', async () => {
    const injector = scriptInjectorOf({ scripting: { executeScript: async () => { throw new Error('Cannot access contents of the page'); } } });
    await expect(injector.injectFile(1, 0, 'engine.js')).rejects.toThrow(/Cannot access/);
  });

  it('says so when neither API exists', () => {
    expect(() => scriptInjectorOf({})).toThrow(/tabs\.executeScript/);
  });
});
