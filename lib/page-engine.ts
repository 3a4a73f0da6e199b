import { browser } from 'wxt/browser';
import { auditDocumentWithText } from '../extractors/audit.ts';
import { highlightQuote } from './page/highlight.ts';
import { contentHash } from './library/content-hash.ts';
import { readSecurityTxt, type SecurityTxtCheck } from './security-txt/read.ts';
import { settleWatcher, realTimers, type SettleWatcher, type Timers } from './page/settle-watcher.ts';
import type { Message, PageAudit } from './messaging.ts';
import { announceEngine, contentScriptIn, engineIn, type EngineMessage, type PageEngine } from './engine-link.ts';

/**
 * The page engine: the full audit of the page, cached; the vendor's security.txt;
 * highlighting a quote; and, on a page that renders late, a re-audit once it
 * settles. It is injected by the background into the content script's world only
 * on a likely trust page, a platform's shell, or when the popup asks — never on an
 * ordinary page — and it registers itself where the content script finds it.
 */
const MAX_REAUDITS = 5;
/** Re-audit a trust page only when its text grew this much: a ticking clock is not new content. */
const GROWTH_TO_REAUDIT = 1.15;
/** A trust page whose text has not grown for this long after its last audit is no longer watched. */
const WATCH_DEADLINE_MS = 20_000;

export function startPageEngine(doc: Document, win: Window, scope: object = globalThis, timers: Timers = realTimers): PageEngine {
  // injected twice (the idle load and the popup at once): the first engine stays
  const existing = engineIn(scope);
  if (existing) {
    // the content script may have run only after the first injection: it answers now
    contentScriptIn(scope)?.listen();
    return existing;
  }

  let audit: PageAudit | null = null;
  let auditedLength = 0;
  let auditedAt = 0;
  let reaudits = 0;
  let watcher: SettleWatcher | null = null;
  /** The vendor's security.txt, read once per page when the page is a trust page and the setting allows. */
  let securityTxt: Promise<SecurityTxtCheck | null> | null = null;

  // textContent, not innerText: innerText forces a layout, and this only measures growth
  const textLength = () => doc.body?.textContent?.length ?? 0;

  const runAudit = (force = false): PageAudit => {
    const { report, text } = auditDocumentWithText(doc, win.location.href, { force });
    audit = { report, contentHash: contentHash(text) };
    auditedLength = textLength();
    auditedAt = timers.now();
    return audit;
  };

  const checkSecurityTxt = (): Promise<SecurityTxtCheck | null> => {
    securityTxt ??= (async () => {
      // the setting is read without zod: the engine stays small; anything but an explicit false means on
      const settings = (await browser.storage.local.get('settings')).settings as { checkSecurityTxt?: unknown } | undefined;
      if (settings?.checkSecurityTxt === false || !/^https?:$/.test(win.location.protocol)) return null;
      return readSecurityTxt(win.location.origin, new Date());
    })().catch(() => null);
    return securityTxt;
  };

  /** The background sets the badge from every fresh audit: the badge says what the popup says. */
  const tell = ({ report }: PageAudit) => {
    if (report.recognition.isTrustPage) void checkSecurityTxt();
    void browser.runtime.sendMessage({ type: 'report-ready', report } satisfies Message<'report-ready'>).catch(() => undefined);
  };
  const auditAndTell = () => tell(runAudit());

  // called as a method of win: Firefox's content-script sandbox throws on an unbound requestIdleCallback
  const idle = (fn: () => void) => {
    const w = win as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
    if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(fn, { timeout: 2000 });
    else timers.setTimeout(fn, 50);
  };

  /** After a burst of mutations: audit again if the page grew (or is not yet a trust page), else stop at the deadline. */
  const onSettled = (): 'keep-watching' | 'stop' => {
    if (reaudits >= MAX_REAUDITS) return 'stop';
    const grew = textLength() >= auditedLength * GROWTH_TO_REAUDIT;
    if (audit?.report.recognition.isTrustPage && !grew) return timers.now() - auditedAt >= WATCH_DEADLINE_MS ? 'stop' : 'keep-watching';
    reaudits++;
    idle(auditAndTell);
    return reaudits >= MAX_REAUDITS ? 'stop' : 'keep-watching';
  };

  const engine: PageEngine = {
    recognition: () => audit?.report.recognition ?? null,
    watch() {
      if (watcher) return;
      if (audit) tell(audit); else auditAndTell();
      // Single-page apps render their content after load: audit again once it settles.
      // the world's own constructor, as before the split (Firefox's sandbox); the window's only where there is none (jsdom in tests)
      const Observer = typeof MutationObserver === 'function' ? MutationObserver : (win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
      const observer = new Observer(() => watcher?.notify());
      watcher = settleWatcher(onSettled, { timers, onStop: () => observer.disconnect() });
      if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    },
    async handle(message: EngineMessage): Promise<unknown> {
      switch (message.type) {
        case 'audit': {
          if (message.cachedOnly) return audit;
          if (!message.force && audit && textLength() <= auditedLength * GROWTH_TO_REAUDIT) return audit;
          const fresh = runAudit(message.force);
          tell(fresh);
          return fresh;
        }
        case 'security-txt':
          return audit?.report.recognition.isTrustPage ? checkSecurityTxt() : null;
        case 'highlight':
          return { found: highlightQuote(doc, win, message.quote) };
        default:
          return null;
      }
    },
  };
  announceEngine(scope, engine);
  // on a page that did not look like a trust page the content script was silent: the popup had the engine injected, so it answers now
  contentScriptIn(scope)?.listen();
  return engine;
}

