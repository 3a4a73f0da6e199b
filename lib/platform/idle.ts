/**
 * Runs a task when the page is idle. requestIdleCallback is called as a method of the window: in
 * Firefox's content-script sandbox the window is an Xray wrapper, and an unbound requestIdleCallback
 * throws "called on an object that does not implement interface Window" (Chrome allows the unbound
 * call). Where the API is missing, the task runs after a short delay instead.
 */
export const IDLE_TIMEOUT_MS = 2000;
export const NO_IDLE_API_DELAY_MS = 50;

type IdleWindow = { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number };

export function whenIdle(win: Window, task: () => void, timeoutMs = IDLE_TIMEOUT_MS): void {
  const w = win as Window & IdleWindow;
  if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, NO_IDLE_API_DELAY_MS);
}
