import { expect } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from './support/extension.ts';

const tmp = mkdtempSync(join(tmpdir(), 'vetter-options-'));
const file = (name: string, content: string) => { const p = join(tmp, name); writeFileSync(p, content); return p; };

test('options page: duplicate a preset, edit, save, activate; import rejects bad files and changes nothing; export', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const items = page.getByTestId('profile-item');
  await expect(items).toHaveCount(3);

  // duplicate Enterprise, add HSTS with preload, save, make active
  await page.locator('[data-profile-id="enterprise"]').getByRole('button', { name: 'Duplicate' }).click();
  const editor = page.getByTestId('editor');
  await editor.getByLabel('Name', { exact: true }).fill('Our checklist');
  await editor.getByLabel('Add a requirement').selectOption('hsts');
  await editor.locator('[data-requirement="hsts"]').getByRole('button', { name: 'Add attribute rule' }).click();
  await page.getByTestId('save').click();
  await expect(items).toHaveCount(4);
  const mine = page.locator('[data-profile-id="enterprise-copy"]');
  await expect(mine).toContainText('Our checklist');
  await expect(mine).toContainText('16 requirements');
  await mine.getByRole('button', { name: 'Make active' }).click();
  await expect(mine).toHaveAttribute('data-active', 'true');

  // an invalid edit is refused with zod's message
  await mine.getByRole('button', { name: 'Edit' }).click();
  await editor.getByLabel('Id', { exact: true }).fill('Not A Valid Id');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('error')).toContainText('lower-case letters');
  await expect(items).toHaveCount(4);

  // corrupt imports: clear messages, nothing changes
  await page.getByTestId('import-file').setInputFiles(file('broken.json', '{ not json'));
  await expect(page.getByTestId('error')).toContainText('not valid JSON');
  await page.getByTestId('import-file').setInputFiles(file('foreign.json', JSON.stringify({ format: 'nope' })));
  await expect(page.getByTestId('error')).toContainText('not a Vetter profiles file');
  await expect(items).toHaveCount(4);

  // a valid import adds its profile
  await page.getByTestId('import-file').setInputFiles(file('good.json', JSON.stringify({ format: 'vetter-profiles', version: 1, profiles: [{ id: 'eu-strict', name: 'EU strict', requirements: [{ control: 'data_residency', status: 'implemented', rules: [{ key: 'regions', includes: 'EU' }] }] }] })));
  await expect(page.getByTestId('import-status')).toContainText('Imported 1 profile');
  await expect(items).toHaveCount(5);

  // export: the download holds the custom profiles
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(exported.format).toBe('vetter-profiles');
  expect(exported.profiles.map((p: { id: string }) => p.id).sort()).toEqual(['enterprise-copy', 'eu-strict']);

  // leave Enterprise active for the other tests
  await page.locator('[data-profile-id="enterprise"]').getByRole('button', { name: 'Make active' }).click();
  await page.close();
});
