import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built extension (.output/chrome-mv3) in the system
 * Chromium (CHROMIUM_PATH or /usr/bin/chromium): nothing is downloaded, so
 * there is no browser project with a `channel`. Build first: `npm run build`.
 * The browser is launched by tests/e2e/support/extension.ts, not by `use`.
 */
export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  // one clear error, before any test, when Chromium or the build is missing
  globalSetup: './tests/e2e/support/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results',
  use: { trace: 'off', screenshot: 'off', video: 'off' },
});
