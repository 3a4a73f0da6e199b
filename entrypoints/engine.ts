import { startPageEngine } from '../lib/page-engine.ts';

// Injected by the background (lib/platform/inject-script.ts) into the content script's world,
// only where the engine is needed. Returns true: the injection API clones the script's result.
export default defineUnlistedScript(() => {
  startPageEngine(document, window);
  return true;
});
