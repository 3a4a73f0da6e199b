import { browser } from 'wxt/browser';

/**
 * The toolbar button's API: MV3 (Chrome) has `action`; Firefox's MV2 build has only `browserAction`,
 * with the same badge methods. Every badge call goes through here.
 */
export interface ToolbarAction {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void> | void;
  setTitle(details: { tabId?: number; title: string }): Promise<void> | void;
}

type ApiWithActions = { action?: ToolbarAction; browserAction?: ToolbarAction };

export function toolbarActionOf(api: ApiWithActions): ToolbarAction {
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('Neither browser.action nor browser.browserAction is available');
  return action;
}

export const toolbarAction = (): ToolbarAction => toolbarActionOf(browser as unknown as ApiWithActions);
