import { extensionApi } from './platform/extension-api.ts';
import type { AuditReport, Recognition } from '../extractors/schema/report.ts';
import type { SecurityTxtCheck } from './security-txt/read.ts';
import type { PlatformMatch } from '../extractors/platforms/detect.ts';
import type { Stage1 } from '../extractors/recognise/recognise.ts';

/**
 * Every message between popup, background and content script, in one place.
 * A request type maps to the response type its handler returns.
 */
export interface PageInfo {
  url: string;
  title: string;
  textLength: number;
  /** Stage 1's guess from the URL, title and first heading: it only decides whether the engine loads by itself. Never the verdict. */
  stage1: Stage1;
  /** The full audit's decision, the CLI's for the same page; null while the page has not been audited. */
  recognition: Recognition | null;
  /** Whether the page engine is loaded in this tab (it loads only on likely trust pages, platform shells, or when asked). */
  engineLoaded: boolean;
  /** The trust-center platform serving the page (SafeBase, Vanta…), if any. */
  platform: PlatformMatch | null;
}

/** A page's audit as the content script hands it out: the report and a hash of the text it read. */
export interface PageAudit {
  report: AuditReport;
  /** Differs from a saved snapshot's when the page's text changed since. */
  contentHash: string;
}

export interface Requests {
  /** popup → content script: which page is this, stage 1's guess, and the audit's decision if there was one. */
  'page-info': { request: Record<never, never>; response: PageInfo };
  /** popup → content script: the full audit (the engine is loaded first if needed); `force` audits a page not recognised as a trust page; `cachedOnly` answers null rather than load or audit. */
  audit: { request: { force?: boolean; cachedOnly?: boolean }; response: PageAudit | null };
  /** popup → content script: the vendor's /.well-known/security.txt, read from the page's own origin (null: off, or not a trust page). */
  'security-txt': { request: Record<never, never>; response: SecurityTxtCheck | null };
  /** popup → content script: scroll to the quote and highlight it. */
  highlight: { request: { quote: string }; response: { found: boolean } };
  /** content script → background: the page's report is ready (sets the badge). */
  'report-ready': { request: { report: AuditReport | null }; response: void };
  /** popup → background: inject the page engine into a tab whose content script is silent (an ordinary page listens only once the engine is there). */
  'wake-page': { request: { tabId: number }; response: { loaded: boolean; error?: string } };
  /** content script → background: inject the page engine into the sender's frame. */
  'load-engine': { request: Record<never, never>; response: { loaded: boolean; error?: string } };
}

export type MessageType = keyof Requests;
export type Message<T extends MessageType = MessageType> = { type: T } & Requests[T]['request'];

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function sendToTab<T extends MessageType>(tabId: number, message: Message<T>): Promise<Requests[T]['response']> {
  return extensionApi().tabs.sendMessage(tabId, message) as Promise<Requests[T]['response']>;
}

export function sendToBackground<T extends MessageType>(message: Message<T>): Promise<Requests[T]['response']> {
  return extensionApi().runtime.sendMessage(message) as Promise<Requests[T]['response']>;
}

/**
 * A question to a tab's page. An ordinary page's content script is silent until the engine is injected
 * (lib/content-script.ts), so when nothing answers, the background injects it and the question is asked
 * again. Rejects as sendToTab does when the page still cannot answer (a browser page, the store, a tab
 * opened before Vetter was installed).
 */
export async function askPage<T extends MessageType>(tabId: number, message: Message<T>): Promise<Requests[T]['response']> {
  try {
    return await sendToTab(tabId, message);
  } catch (noAnswer) {
    const woken = await sendToBackground({ type: 'wake-page', tabId }).catch(() => null);
    if (!woken?.loaded) throw noAnswer;
    return sendToTab(tabId, message);
  }
}
