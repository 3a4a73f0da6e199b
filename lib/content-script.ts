import { extensionApi } from './platform/extension-api.ts';
import { headOfDocument } from '../extractors/page-head.ts';
// stage1.ts, not recognise.ts: recognise.ts pulls in stage 2's vocabulary, whose patterns are built when the module loads
import { recogniseStage1 } from '../extractors/recognise/stage1.ts';
import { detectPlatform } from '../extractors/platforms/detect.ts';
import { whenIdle } from './platform/idle.ts';
import { isMessage, type Message, type PageInfo, type Requests } from './messaging.ts';
import { announceContentScript, ENGINE_MESSAGES, engineIn, type EngineMessage, type PageEngine } from './engine-link.ts';

/**
 * The content script that runs on every page the buyer opens, so it must cost
 * close to nothing: stage 1 only (URL, title, first heading, meta, platform hosts).
 * On a page that is not a likely trust page it sets nothing up and touches no
 * extension API, not even a message listener: it leaves `listen` in its slot. The
 * page engine (claim engine, security.txt, highlight, SPA watcher) is a separate
 * file the background injects, on a likely trust page or a platform's shell once
 * the browser is idle, and on any page when the popup asks; once injected, it calls
 * `listen`.
 */
export function startContentScript(doc: Document, win: Window, scope: object = globalThis) {
  let loading: Promise<PageEngine | null> | null = null;

  /** The engine, injected by the background into this world on first need. */
  const loadEngine = (): Promise<PageEngine | null> => {
    const loaded = engineIn(scope);
    if (loaded) return Promise.resolve(loaded);
    loading ??= (extensionApi().runtime.sendMessage({ type: 'load-engine' } satisfies Message<'load-engine'>) as Promise<Requests['load-engine']['response'] | undefined>)
      .then(() => engineIn(scope), () => null)
      .then((engine) => {
        if (!engine) loading = null; // failed: the next ask tries again
        return engine;
      });
    return loading;
  };

  const idle = (fn: () => void) => whenIdle(win, fn);

  const stage1 = () => recogniseStage1(headOfDocument(doc, win.location.href));

  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    extensionApi().runtime.onMessage.addListener(onMessage);
  };
  announceContentScript(scope, { listen });
  // the popup had the engine injected before this script ran (both run at document_idle): answer from the start
  if (engineIn(scope)) listen();

  // a trust-center platform's page is a shell until its script renders: it needs the engine's watcher even when its head says little
  if (stage1().likely || detectPlatform(doc, win.location.href, { readCredits: false })) {
    listen();
    idle(() => void loadEngine().then((engine) => engine?.watch()));
  }

  function onMessage(message: unknown, _sender: unknown, sendResponse: (r: unknown) => void): true | undefined {
    if (!isMessage(message)) return undefined;
    if (message.type === 'page-info') {
      const engine = engineIn(scope);
      const info: PageInfo = {
        url: win.location.href,
        title: doc.title,
        textLength: doc.body?.textContent?.length ?? 0,
        stage1: stage1(),
        recognition: engine?.recognition() ?? null,
        engineLoaded: engine !== null,
        platform: detectPlatform(doc, win.location.href),
      };
      sendResponse(info);
      return undefined;
    }
    if (!ENGINE_MESSAGES.has(message.type)) return undefined;
    const request = message as EngineMessage;
    // re-badging every tab asks for cached reports only: an ordinary page answers without loading anything
    if (request.type === 'audit' && request.cachedOnly && !engineIn(scope)) { sendResponse(null); return undefined; }
    void loadEngine()
      .then((engine) => (engine ? engine.handle(request) : null))
      .then(sendResponse, () => sendResponse(null));
    return true; // answered asynchronously
  }
}
