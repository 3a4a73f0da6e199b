import { browser } from 'wxt/browser';

/**
 * Injecting one of the extension's files into a tab's frame, in the content
 * script's isolated world. Every injection goes through here:
 * - MV3 (Chrome): `scripting.executeScript({ target: { tabId, frameIds }, files })`, which needs the
 *   `scripting` permission and host access to the page (the manifest's host_permissions);
 * - Firefox's MV2 build: `tabs.executeScript(tabId, { file, frameId })`, which needs host access only.
 *   (Firefox 102+ also has `scripting` in MV2, but only with the `scripting` permission, and
 *   `tabs.executeScript` does the same job without it.)
 * `scripting` wants a path from the extension's root ("engine.js"); Firefox resolves a relative
 * `file` against the calling page, so it gets the absolute one ("/engine.js").
 */
interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
}
interface TabsApi {
  executeScript?(tabId: number, details: { file: string; frameId?: number }): Promise<unknown>;
}
type ApiWithInjection = { scripting?: ScriptingApi; tabs?: TabsApi };

export interface ScriptInjector {
  /** Which API it uses (tests, and the error message). */
  readonly api: 'scripting' | 'tabs';
  injectFile(tabId: number, frameId: number, file: string): Promise<void>;
}

export function scriptInjectorOf(api: ApiWithInjection): ScriptInjector {
  const { scripting, tabs } = api;
  if (scripting?.executeScript) {
    return {
      api: 'scripting',
      async injectFile(tabId, frameId, file) {
        await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file.replace(/^\/+/, '')] });
      },
    };
  }
  if (tabs?.executeScript) {
    const executeScript = tabs.executeScript.bind(tabs);
    return {
      api: 'tabs',
      async injectFile(tabId, frameId, file) {
        await executeScript(tabId, { file: `/${file.replace(/^\/+/, '')}`, frameId });
      },
    };
  }
  throw new Error('Neither browser.scripting.executeScript nor browser.tabs.executeScript is available');
}

export const scriptInjector = (): ScriptInjector => scriptInjectorOf(browser as unknown as ApiWithInjection);
