/**
 * When a changing page has settled enough to read again. A single-page app renders
 * its content after load, so the engine re-reads the page once mutations pause; but
 * a page that never stops changing (a ticking clock, a carousel, a live feed) must
 * neither hold the re-read back forever nor be watched forever.
 *
 * - settled: no mutation for `quietMs`, or `maxWaitMs` after the first mutation of a
 *   burst at the latest, however steadily the page keeps changing;
 * - `onSettled` answers whether to keep watching; the engine stops on its deadline
 *   or after its last re-audit.
 */
export const SETTLE = {
  quietMs: 600,
  /** Mutations under `quietMs` apart postpone the check by at most this. */
  maxWaitMs: 3_000,
} as const;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  now(): number;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export interface SettleWatcher {
  /** A mutation happened. */
  notify(): void;
  stop(): void;
  readonly stopped: boolean;
}

export function settleWatcher(
  onSettled: () => 'keep-watching' | 'stop',
  options: { quietMs?: number; maxWaitMs?: number; timers?: Timers; onStop?: () => void } = {},
): SettleWatcher {
  const quietMs = options.quietMs ?? SETTLE.quietMs;
  const maxWaitMs = options.maxWaitMs ?? SETTLE.maxWaitMs;
  const timers = options.timers ?? realTimers;
  let timer: unknown = null;
  let burstStart: number | null = null;
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    options.onStop?.();
  };
  const fire = () => {
    timer = null;
    burstStart = null;
    if (!stopped && onSettled() === 'stop') stop();
  };
  return {
    notify() {
      if (stopped) return;
      const now = timers.now();
      burstStart ??= now;
      if (timer !== null) timers.clearTimeout(timer);
      // wait for a pause, but never past the burst's maximum wait
      timer = timers.setTimeout(fire, Math.max(0, Math.min(quietMs, burstStart + maxWaitMs - now)));
    },
    stop,
    get stopped() { return stopped; },
  };
}
