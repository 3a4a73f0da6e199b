import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumExecutablePath } from './chromium.ts';
import { EXTENSION_DIR } from './extension.ts';

/** Fails the run once, before any test, when the browser or the build is missing. */
export default function globalSetup(): void {
  chromiumExecutablePath();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`Build the extension first: npm run build (no ${join(EXTENSION_DIR, 'manifest.json')})`);
  }
}
