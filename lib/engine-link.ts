import type { Recognition } from '../extractors/schema/report.ts';
import type { Message } from './messaging.ts';

/**
 * How the per-page content script and the page engine find each other. The engine
 * (the claim engine, security.txt, highlighting, the SPA watcher) is a separate file
 * the background injects into the same isolated world only where it is needed; it
 * announces itself in one slot of that world's global object. The page's own scripts
 * live in another world and never see the slot. Types only, and one property name:
 * the content script imports this without pulling in the engine.
 */
export const ENGINE_SLOT = '__vetterPageEngine';
/** The file the background injects (WXT builds entrypoints/engine.ts to it). */
export const ENGINE_FILE = '/engine.js';

/** The messages the engine answers; the content script passes them on. */
export type EngineMessage = Message<'audit'> | Message<'security-txt'> | Message<'highlight'>;
export const ENGINE_MESSAGES: ReadonlySet<string> = new Set<EngineMessage['type']>(['audit', 'security-txt', 'highlight']);

export interface PageEngine {
  /** The full audit's recognition, or null before the first audit. */
  recognition(): Recognition | null;
  /** Audits now (if not yet), tells the background, and watches a late-rendering page for a while. */
  watch(): void;
  /** Answers a message of the popup or the background. */
  handle(message: EngineMessage): Promise<unknown>;
}

/**
 * The content script's slot in the same world. On an ordinary page the content script touches no
 * extension API (the first use costs the page about 1 ms): it only leaves `listen` here, and the
 * engine, once the popup had it injected, calls it so that the content script answers from then on.
 */
export const CONTENT_SCRIPT_SLOT = '__vetterContentScript';
export interface ContentScriptHandle {
  /** Starts answering the popup and the background (once; later calls do nothing). */
  listen(): void;
}

type WithSlot = { [ENGINE_SLOT]?: PageEngine; [CONTENT_SCRIPT_SLOT]?: ContentScriptHandle };

export function contentScriptIn(scope: object): ContentScriptHandle | null {
  return (scope as WithSlot)[CONTENT_SCRIPT_SLOT] ?? null;
}

export function announceContentScript(scope: object, handle: ContentScriptHandle): void {
  (scope as WithSlot)[CONTENT_SCRIPT_SLOT] = handle;
}

export function engineIn(scope: object): PageEngine | null {
  return (scope as WithSlot)[ENGINE_SLOT] ?? null;
}

export function announceEngine(scope: object, engine: PageEngine): void {
  (scope as WithSlot)[ENGINE_SLOT] = engine;
}
