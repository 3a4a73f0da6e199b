import { browser } from 'wxt/browser';
import { auditDocumentWithText, headOfDocument } from '../extractors/audit.ts';
import { recogniseStage1 } from '../extractors/recognise/recognise.ts';
import { detectPlatform } from '../extractors/platforms/detect.ts';
import { highlightQuote } from './page/highlight.ts';
import { whenIdle } from './platform/idle.ts';
import { contentHash } from './library/content-hash.ts';
import { readSecurityTxt, type SecurityTxtCheck } from './security-txt/read.ts';
import { isMessage, type Message, type PageAudit, type PageInfo } from './messaging.ts';

/**
 * The content script's logic. Stage 1 (URL, title, h1, meta) runs on every page
 * load; on a likely trust page the full audit runs when the browser is idle, is
 * cached, and is redone when a single-page app renders its content late.
 */
const REAUDIT_DEBOUNCE_MS = 600;
const MAX_REAUDITS = 5;
/** Re-audit only when the text grew this much: a ticking clock is not new content. */
const GROWTH_TO_REAUDIT = 1.15;

export function startContentScript(doc: Document, win: Window) {
  let audit: PageAudit | null = null;
  /** The vendor's security.txt, read once per page when the page is a trust page and the setting allows. */
  let securityTxt: Promise<SecurityTxtCheck | null> | null = null;
  let auditedLength = 0;
  let reaudits = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stage1 = () => recogniseStage1(headOfDocument(doc, win.location.href));
  // textContent, not innerText: innerText forces a layout, and this only measures growth
  const textLength = () => doc.body?.textContent?.length ?? 0;

  const runAudit = (force = false): PageAudit => {
    const { report, text } = auditDocumentWithText(doc, win.location.href, { force });
    audit = { report, contentHash: contentHash(text) };
    auditedLength = textLength();
    return audit;
  };

  const checkSecurityTxt = (): Promise<SecurityTxtCheck | null> => {
    securityTxt ??= (async () => {
      // the setting is read without zod: the content script stays small; anything but an explicit false means on
      const settings = (await browser.storage.local.get('settings')).settings as { checkSecurityTxt?: unknown } | undefined;
      if (settings?.checkSecurityTxt === false || !/^https?:$/.test(win.location.protocol)) return null;
      return readSecurityTxt(win.location.origin, new Date());
    })().catch(() => null);
    return securityTxt;
  };

  const auditAndTell = () => {
    const { report } = runAudit();
    if (report.recognition.isTrustPage) void checkSecurityTxt();
    void browser.runtime.sendMessage({ type: 'report-ready', report } satisfies Message<'report-ready'>).catch(() => undefined);
  };

  const idle = (fn: () => void) => whenIdle(win, fn);

  // a trust-center platform's page is a shell until its script renders: watch it even when its head says little
  if (stage1().likely || detectPlatform(doc, win.location.href, { readCredits: false })) {
    idle(auditAndTell);
    // Single-page apps render their content after load: audit again once it settles.
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (reaudits >= MAX_REAUDITS) { observer.disconnect(); return; }
        if (textLength() < auditedLength * GROWTH_TO_REAUDIT && audit?.report.recognition.isTrustPage) return;
        reaudits++;
        idle(auditAndTell);
      }, REAUDIT_DEBOUNCE_MS);
    });
    if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  }

  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
    if (!isMessage(message)) return undefined;
    switch (message.type) {
      case 'page-info': {
        const s = stage1();
        const info: PageInfo = {
          url: win.location.href,
          title: doc.title,
          textLength: textLength(),
          recognition: audit?.report.recognition ?? { isTrustPage: s.likely, score: s.score, signals: s.signals },
          platform: detectPlatform(doc, win.location.href),
        };
        sendResponse(info);
        return undefined;
      }
      case 'audit': {
        const { force, cachedOnly } = message as Message<'audit'>;
        if (cachedOnly) { sendResponse(audit); return undefined; }
        const fresh = force || !audit || textLength() > auditedLength * GROWTH_TO_REAUDIT ? runAudit(force) : audit;
        sendResponse(fresh);
        return undefined;
      }
      case 'security-txt': {
        if (!audit?.report.recognition.isTrustPage) { sendResponse(null); return undefined; }
        void checkSecurityTxt().then(sendResponse);
        return true; // answered asynchronously
      }
      case 'highlight': {
        const { quote } = message as Message<'highlight'>;
        sendResponse({ found: highlightQuote(doc, win, quote) });
        return undefined;
      }
      default:
        return undefined;
    }
  });
}
