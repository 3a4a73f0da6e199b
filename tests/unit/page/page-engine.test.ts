import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JSDOM } from 'jsdom';
import { startPageEngine } from '../../../lib/page-engine.ts';
import { engineIn } from '../../../lib/engine-link.ts';
import type { Timers } from '../../../lib/page/settle-watcher.ts';
import { FIXTURES_DIR } from '../../support/fixtures.ts';

/**
 * The engine's SPA watcher on a live (jsdom) page with a hand-moved clock: a trust page that
 * changes without growing stops being watched; steady mutations do not hold the re-audit back.
 */
const TRUST_HTML = readFileSync(join(FIXTURES_DIR, 'zentrik', 'source.html'), 'utf8');
const TRUST_URL = 'https://zentrik.example/security';

function clock() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    now: () => now,
    setTimeout(fn, ms) { const id = ++seq; pending.set(id, { at: now + ms, fn }); return id; },
    clearTimeout(id) { pending.delete(id as number); },
  };
  /** Moves time on, letting MutationObserver callbacks (microtasks) run at every step. */
  const advance = async (ms: number, step = 50) => {
    for (let t = 0; t < ms; t += step) {
      await new Promise((r) => setImmediate(r));
      const end = now + step;
      for (;;) {
        const next = [...pending.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > end) break;
        pending.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = end;
    }
    await new Promise((r) => setImmediate(r));
  };
  return { timers, advance };
}

function livePage() {
  const dom = new JSDOM(TRUST_HTML, { url: TRUST_URL });
  const doc = dom.window.document;
  const ticker = doc.createElement('span');
  ticker.textContent = '12:00:00';
  doc.body.appendChild(ticker);
  return { dom, doc, win: dom.window as unknown as Window, ticker };
}

describe('page engine', () => {
  let audits: number;
  beforeEach(() => {
    fakeBrowser.reset();
    audits = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      if ((m as { type?: string }).type === 'report-ready') audits++;
      return undefined;
    });
  });

  const growBy = (doc: Document, factor: number) => {
    const extra = doc.createElement('section');
    extra.textContent = 'We encrypt customer data at rest with AES-256 and in transit with TLS 1.2 or higher. '.repeat(Math.ceil(((doc.body.textContent?.length ?? 0) * factor) / 85));
    doc.body.appendChild(extra);
  };

  it('registers once: a second injection finds the first engine', () => {
    const { doc, win } = livePage();
    const scope = {};
    const first = startPageEngine(doc, win, scope, clock().timers);
    expect(startPageEngine(doc, win, scope, clock().timers)).toBe(first);
    expect(engineIn(scope)).toBe(first);
  });

  it('re-audits a trust page that grows while a clock ticks on it', async () => {
    const { doc, win, ticker } = livePage();
    const { timers, advance } = clock();
    const engine = startPageEngine(doc, win, {}, timers);
    engine.watch();
    expect(engine.recognition()?.isTrustPage).toBe(true);
    expect(audits).toBe(1);
    for (let s = 0; s < 10; s++) { ticker.textContent = `12:00:${String(s).padStart(2, '0')}`; await advance(1000); }
    expect(audits, 'a ticking clock is not new content').toBe(1);
    growBy(doc, 0.5);
    await advance(1500);
    expect(audits).toBe(2);
  });

  it('stops watching a trust page that changes without growing, at its deadline', async () => {
    const { doc, win, ticker } = livePage();
    const { timers, advance } = clock();
    const engine = startPageEngine(doc, win, {}, timers);
    engine.watch();
    for (let s = 0; s < 30; s++) { ticker.textContent = `12:00:${String(s).padStart(2, '0')}`; await advance(1000); }
    growBy(doc, 0.5);
    await advance(5000);
    expect(audits, 'no longer watched after 20 s without growth').toBe(1);
    // the popup still gets a fresh audit of the grown page
    await engine.handle({ type: 'audit' });
    expect(audits).toBe(2);
  });

  it('does not let mutations under 600 ms apart postpone the re-audit of a growing page', async () => {
    const { doc, win, ticker } = livePage();
    const { timers, advance } = clock();
    const engine = startPageEngine(doc, win, {}, timers);
    engine.watch();
    growBy(doc, 0.5);
    // then a mutation every 200 ms, for 6 s: never a 600 ms pause
    for (let i = 0; i < 30; i++) { ticker.textContent = String(i); await advance(200); }
    expect(audits).toBeGreaterThanOrEqual(2);
  });
});
