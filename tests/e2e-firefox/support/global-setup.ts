import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR } from './extension.ts';
import { firefoxExecutablePath } from './firefox.ts';

/** Fails the run once, before any test, when Firefox or the Firefox build is missing. */
export default function globalSetup(): void {
  firefoxExecutablePath();
  const dir = process.env.VETTER_FIREFOX_BUILD || FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`Build the Firefox add-on first: npm run build:firefox (no ${join(dir, 'manifest.json')})`);
}
