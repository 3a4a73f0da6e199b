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

type WithSlot = { [ENGINE_SLOT]?: PageEngine };

export function engineIn(scope: object): PageEngine | null {
  return (scope as WithSlot)[ENGINE_SLOT] ?? null;
}

export function announceEngine(scope: object, engine: PageEngine): void {
  (scope as WithSlot)[ENGINE_SLOT] = engine;
}
