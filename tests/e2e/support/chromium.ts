import { accessSync, constants } from 'node:fs';

/** The browser the e2e tests drive: the system Chromium, never a downloaded one. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** CHROMIUM_PATH or /usr/bin/chromium; throws one clear error when it is not there. */
export function chromiumExecutablePath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`Chromium not found at ${path}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return path;
}
