import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests of the Firefox build (.output/firefox-mv2) in Debian's Firefox ESR over WebDriver BiDi
 * (FIREFOX_PATH or /usr/bin/firefox-esr; nothing is downloaded). Build first: `npm run build:firefox`.
 * One file at a time, each with its own Firefox: the machine's cores are shared.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e-firefox/support/global-setup.ts'],
  },
});
