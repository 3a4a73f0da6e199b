import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, NO_IDLE_API_DELAY_MS, whenIdle } from '../../../lib/platform/idle.ts';

/**
 * A window whose requestIdleCallback behaves as in each browser's content script: Chrome accepts any
 * `this`; Firefox's sandbox (an Xray of the page window) throws unless it is called on the window.
 */
function windowLike(browser: 'chrome' | 'firefox') {
  const queued: { callback: () => void; options?: { timeout: number } }[] = [];
  const win = {
    requestIdleCallback(this: unknown, callback: () => void, options?: { timeout: number }) {
      if (browser === 'firefox' && this !== win) throw new TypeError("'requestIdleCallback' called on an object that does not implement interface Window.");
      queued.push({ callback, options });
      return queued.length;
    },
  };
  return { win: win as unknown as Window, queued };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it.each(['chrome', 'firefox'] as const)('%s: queues the task with requestIdleCallback and its timeout', (browser) => {
    const { win, queued } = windowLike(browser);
    const task = vi.fn();
    expect(() => whenIdle(win, task)).not.toThrow();
    expect(queued).toHaveLength(1);
    expect(queued[0]!.options).toEqual({ timeout: IDLE_TIMEOUT_MS });
    expect(task).not.toHaveBeenCalled();
    queued[0]!.callback();
    expect(task).toHaveBeenCalledOnce();
  });

  it('the unbound call this adapter avoids does throw in the Firefox-like window (the test window is faithful)', () => {
    const { win } = windowLike('firefox');
    const unbound = (win as unknown as { requestIdleCallback: (cb: () => void) => number }).requestIdleCallback;
    expect(() => unbound(() => undefined)).toThrow(/does not implement interface Window/);
  });

  it('without requestIdleCallback, runs the task after a short delay', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    whenIdle({} as Window, task);
    vi.advanceTimersByTime(NO_IDLE_API_DELAY_MS - 1);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledOnce();
  });
});
