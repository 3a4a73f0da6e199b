import { describe, expect, it } from 'vitest';
import { toolbarActionOf } from '../../../lib/platform/toolbar-action.ts';

const fakeAction = () => ({ setBadgeText: () => undefined, setBadgeBackgroundColor: () => undefined, setTitle: () => undefined });

describe('toolbar action adapter', () => {
  it('uses browser.action on Chrome MV3', () => {
    const action = fakeAction();
    expect(toolbarActionOf({ action })).toBe(action);
  });
  it('uses browser.browserAction on Firefox MV2, where browser.action is undefined', () => {
    const browserAction = fakeAction();
    expect(toolbarActionOf({ action: undefined, browserAction })).toBe(browserAction);
  });
  it('says so when neither exists', () => {
    expect(() => toolbarActionOf({})).toThrow(/browserAction/);
  });
});
