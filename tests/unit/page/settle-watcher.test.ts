import { describe, expect, it } from 'vitest';
import { settleWatcher, type Timers } from '../../../lib/page/settle-watcher.ts';

/** A clock the test moves by hand. */
function fakeTimers() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    now: () => now,
    setTimeout(fn, ms) { const id = ++seq; pending.set(id, { at: now + ms, fn }); return id; },
    clearTimeout(id) { pending.delete(id as number); },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const next = [...pending.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > end) break;
      pending.delete(next[0]);
      now = next[1].at;
      next[1].fn();
    }
    now = end;
  };
  return { timers, advance };
}

describe('settle watcher', () => {
  it('checks once mutations pause for the quiet time, once per burst', () => {
    const { timers, advance } = fakeTimers();
    const checks: number[] = [];
    const w = settleWatcher(() => { checks.push(timers.now()); return 'keep-watching'; }, { quietMs: 600, maxWaitMs: 3000, timers });
    w.notify(); advance(200); w.notify(); advance(200); w.notify();
    advance(599);
    expect(checks).toEqual([]);
    advance(1);
    expect(checks).toEqual([1000]);
    advance(10_000);
    expect(checks).toHaveLength(1);
  });

  it('does not let steady mutations under the quiet time postpone the check past the maximum wait', () => {
    const { timers, advance } = fakeTimers();
    const checks: number[] = [];
    const w = settleWatcher(() => { checks.push(timers.now()); return 'keep-watching'; }, { quietMs: 600, maxWaitMs: 3000, timers });
    // a mutation every 300 ms for 10 s: never a 600 ms pause
    for (let t = 0; t < 10_000; t += 300) { w.notify(); advance(300); }
    expect(checks.length).toBeGreaterThanOrEqual(3);
    expect(checks[0]).toBe(3000);
    for (let i = 1; i < checks.length; i++) expect(checks[i]! - checks[i - 1]!).toBeLessThanOrEqual(3300);
  });

  it('stops when the check says so: no more checks, and onStop runs once', () => {
    const { timers, advance } = fakeTimers();
    let checks = 0;
    let stops = 0;
    const w = settleWatcher(() => (++checks >= 2 ? 'stop' : 'keep-watching'), { quietMs: 600, timers, onStop: () => stops++ });
    for (let i = 0; i < 5; i++) { w.notify(); advance(1000); }
    expect(checks).toBe(2);
    expect(stops).toBe(1);
    expect(w.stopped).toBe(true);
    w.stop();
    expect(stops).toBe(1);
  });
});
