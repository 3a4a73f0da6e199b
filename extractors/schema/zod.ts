import { z } from 'zod';

/**
 * Zod, configured once for every schema: jitless. Zod's object parser otherwise probes for `new Function`
 * to compile a fast path; the extension's content security policy forbids eval, so the probe fails, and
 * Firefox logs the refused eval as a CSP error in the background page and every extension page that
 * parses. Every module imports `z` from here, so the setting is in place before any schema is built.
 */
z.config({ jitless: true });

export { z };
