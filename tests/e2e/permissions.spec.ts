import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { EXTENSION_DIR, test } from './support/extension.ts';

/**
 * Injecting the engine needs `scripting` and host_permissions in MV3. Both add nothing to what
 * Chromium warns about at install: the content script already runs on every http(s) page.
 * chrome.management.getPermissionWarningsByManifest needs no permission of its own.
 */
test('the install warning is the same as for the content script alone', async ({ extension }) => {
  const built = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown> & { permissions: string[] };
  expect(built.permissions).toContain('scripting');
  expect(built.host_permissions).toEqual(['http://*/*', 'https://*/*']);
  const { host_permissions: _hosts, ...withoutHosts } = built;
  const contentScriptOnly = { ...withoutHosts, permissions: built.permissions.filter((p) => p !== 'scripting') };
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=2147483647`);
  const warnings = (manifest: unknown) => page.evaluate((m) => {
    const { chrome } = globalThis as unknown as { chrome: { management: { getPermissionWarningsByManifest(s: string): Promise<string[]> } } };
    return chrome.management.getPermissionWarningsByManifest(JSON.stringify(m));
  }, manifest);
  const now = await warnings(built);
  expect(now).toEqual(await warnings(contentScriptOnly));
  expect(now).toEqual(['Read and change all your data on all websites']);
});
