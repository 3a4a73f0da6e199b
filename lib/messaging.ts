import { browser } from 'wxt/browser';
import type { AuditReport, Recognition } from '../extractors/schema/report.ts';
import type { SecurityTxtCheck } from './security-txt/read.ts';
import type { PlatformMatch } from '../extractors/platforms/detect.ts';

/**
 * Every message between popup, background and content script, in one place.
 * A request type maps to the response type its handler returns.
 */
export interface PageInfo {
  url: string;
  title: string;
  textLength: number;
  recognition: Recognition;
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
  /** popup → content script: which page is this and is it a trust page (stage 1). */
  'page-info': { request: Record<never, never>; response: PageInfo };
  /** popup → content script: the full audit; `force` audits a page not recognised as a trust page. */
  audit: { request: { force?: boolean; cachedOnly?: boolean }; response: PageAudit | null };
  /** popup → content script: the vendor's /.well-known/security.txt, read from the page's own origin (null: off, or not a trust page). */
  'security-txt': { request: Record<never, never>; response: SecurityTxtCheck | null };
  /** popup → content script: scroll to the quote and highlight it. */
  highlight: { request: { quote: string }; response: { found: boolean } };
  /** content script → background: the page's report is ready (sets the badge). */
  'report-ready': { request: { report: AuditReport | null }; response: void };
}

export type MessageType = keyof Requests;
export type Message<T extends MessageType = MessageType> = { type: T } & Requests[T]['request'];

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function sendToTab<T extends MessageType>(tabId: number, message: Message<T>): Promise<Requests[T]['response']> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Requests[T]['response']>;
}

export function sendToBackground<T extends MessageType>(message: Message<T>): Promise<Requests[T]['response']> {
  return browser.runtime.sendMessage(message) as Promise<Requests[T]['response']>;
}
