import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JSDOM } from 'jsdom';
import { startContentScript } from '../../../lib/content-script.ts';
import { announceEngine, contentScriptIn, type PageEngine } from '../../../lib/engine-link.ts';

/** The per-page content script: stage 1 only, and the engine asked for only where it is needed. */
type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => true | undefined;

function start(html: string, url: string) {
  const dom = new JSDOM(html, { url });
  const win = dom.window as unknown as Window;
  let idle: (() => void) | null = null;
  (win as unknown as { requestIdleCallback: (fn: () => void) => void }).requestIdleCallback = (fn) => { idle = fn; };
  const listeners: Listener[] = [];
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => { listeners.push(l as unknown as Listener); });
  const scope = {};
  startContentScript(dom.window.document, win, scope);
  const ask = (message: unknown) => new Promise<unknown>((resolve) => {
    if (listeners.length !== 1) throw new Error(`${listeners.length} listeners`);
    listeners[0]!(message, {}, resolve);
  });
  /** What the injected engine does on arrival: the content script starts answering. */
  const wake = () => contentScriptIn(scope)!.listen();
  return { scope, ask, wake, listeners, runIdle: () => (idle as (() => void) | null)?.(), hasIdle: () => idle !== null };
}

describe('the content script on every page', () => {
  let sent: { type: string }[];
  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => { sent.push(m as { type: string }); return { loaded: false }; });
  });

  it('sets nothing up on an ordinary page and touches no extension API; once woken it answers page-info with stage 1 only, marked as such', async () => {
    const page = start('<title>Lemon ricotta pancakes — Pantry Notes</title><h1>Lemon ricotta pancakes</h1><p>Whisk the eggs.</p>', 'https://pantry.example/recipes/pancakes');
    expect(page.hasIdle(), 'no idle work scheduled').toBe(false);
    expect(page.listeners, 'no message listener until the engine wakes it').toHaveLength(0);
    page.wake();
    page.wake();
    expect(page.listeners, 'woken once, however often the engine arrives').toHaveLength(1);
    const info = await page.ask({ type: 'page-info' }) as { stage1: { likely: boolean }; recognition: unknown; engineLoaded: boolean };
    expect(info.stage1.likely).toBe(false);
    expect(info.recognition, 'no audit yet: no decision, not a stage-1 guess').toBeNull();
    expect(info.engineLoaded).toBe(false);
    // re-badging asks every tab for a cached report: an ordinary page answers null without loading anything
    expect(await page.ask({ type: 'audit', cachedOnly: true })).toBeNull();
    expect(sent).toEqual([]);
  });

  it('asks the background for the engine on a likely trust page once the browser is idle, then lets it watch', async () => {
    const page = start('<title>Security | Zentrik</title><h1>Security at Zentrik</h1>', 'https://zentrik.example/security');
    expect(sent).toEqual([]);
    expect(page.listeners, 'a likely trust page answers from the start').toHaveLength(1);
    const watch = vi.fn();
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementation(async (m: unknown) => {
      sent.push(m as { type: string });
      announceEngine(page.scope, { recognition: () => null, watch, handle: async () => null } satisfies PageEngine);
      return { loaded: true };
    });
    page.runIdle();
    await vi.waitFor(() => expect(watch).toHaveBeenCalledOnce());
    expect(sent.map((m) => m.type)).toEqual(['load-engine']);
  });

  it('loads the engine when the popup asks for the audit, and passes the answer on', async () => {
    const page = start('<title>Pricing</title><h1>Plans</h1>', 'https://acme.example/pricing');
    page.wake();
    const handle = vi.fn(async () => ({ report: 'the audit' }));
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementation(async (m: unknown) => {
      sent.push(m as { type: string });
      announceEngine(page.scope, { recognition: () => null, watch: () => undefined, handle } satisfies PageEngine);
      return { loaded: true };
    });
    expect(await page.ask({ type: 'audit' })).toEqual({ report: 'the audit' });
    expect(handle).toHaveBeenCalledWith({ type: 'audit' });
    expect(sent.map((m) => m.type)).toEqual(['load-engine']);
  });

  it('answers null when the engine cannot be loaded, and tries again on the next ask', async () => {
    const page = start('<title>Pricing</title>', 'https://acme.example/pricing');
    page.wake();
    expect(await page.ask({ type: 'audit' })).toBeNull();
    expect(await page.ask({ type: 'audit' })).toBeNull();
    expect(sent.map((m) => m.type)).toEqual(['load-engine', 'load-engine']);
  });

  it('answers at once when the popup had the engine injected before the content script ran', () => {
    const dom = new JSDOM('<title>Pricing</title>', { url: 'https://acme.example/pricing' });
    const scope = {};
    announceEngine(scope, { recognition: () => null, watch: () => undefined, handle: async () => null } satisfies PageEngine);
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(() => undefined);
    add.mockClear();
    startContentScript(dom.window.document, dom.window as unknown as Window, scope);
    expect(add).toHaveBeenCalledOnce();
  });
});
