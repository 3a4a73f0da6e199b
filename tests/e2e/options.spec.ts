import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test as base } from './support/extension.ts';
import { PRESETS } from './support/popup-contract.ts';

/**
 * The options page (chrome-extension://<id>/options.html) in the built
 * extension: presets read-only, duplicate → edit → save → make active, import
 * of corrupt and valid files, export as a download.
 *
 * The browser context is shared by the whole worker, so every test starts from
 * no custom profiles and puts the stored profiles back as they were afterwards.
 */
const STORAGE_KEYS = ['profiles', 'activeProfileId'];

type StorageApi = { chrome: { storage: { local: {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
} } } };

const readStorage = (page: Page) =>
  page.evaluate((keys) => (globalThis as unknown as StorageApi).chrome.storage.local.get(keys), STORAGE_KEYS);

const test = base.extend<{ options: Page; tmp: string }>({
  options: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const saved = await readStorage(page);
    await page.evaluate((keys) => (globalThis as unknown as StorageApi).chrome.storage.local.remove(keys), STORAGE_KEYS);
    await page.reload();
    await expect(page.getByTestId('profile-item')).toHaveCount(3);
    await use(page);
    await page.evaluate(async ({ keys, saved }) => {
      const { local } = (globalThis as unknown as StorageApi).chrome.storage;
      await local.remove(keys);
      await local.set(saved);
    }, { keys: STORAGE_KEYS, saved });
  },
  tmp: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'vetter-options-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

const writeTemp = (dir: string, name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const profileIds = (page: Page) =>
  page.getByTestId('profile-item').evaluateAll((items) => items.map((li) => li.getAttribute('data-profile-id')));

const item = (page: Page, id: string) => page.locator(`[data-testid="profile-item"][data-profile-id="${id}"]`);

const VALID_FILE = JSON.stringify({
  format: 'vetter-profiles',
  version: 1,
  profiles: [{ id: 'eu-strict', name: 'EU strict', requirements: [{ control: 'data_residency', status: 'implemented', rules: [{ key: 'regions', includes: 'EU' }] }] }],
});

test('lists the presets as read-only, with Enterprise active by default', async ({ options: page }) => {
  expect(await profileIds(page)).toEqual(PRESETS.map(([id]) => id));
  for (const [id] of PRESETS) await expect(item(page, id)).toContainText('read-only');
  await expect(item(page, 'enterprise')).toHaveAttribute('data-active', 'true');
  await expect(item(page, 'mvsp')).toHaveAttribute('data-active', 'false');

  // a preset opens as a read-only view, not the editor
  await item(page, 'mvsp').getByRole('button', { name: /^MVSP v3\.0 mvsp/ }).click();
  await expect(page.getByTestId('preset-view')).toContainText('Encryption in transit');
  await expect(page.getByTestId('editor')).toHaveCount(0);
});

test('duplicate Enterprise, add HSTS, save, make it active', async ({ options: page }) => {
  await item(page, 'enterprise').getByRole('button', { name: 'Duplicate Enterprise' }).click();
  const mine = item(page, 'enterprise-copy');
  await expect(mine).toContainText('Enterprise (copy)');
  await expect(mine).not.toContainText('read-only');

  const editor = page.getByTestId('editor');
  await expect(editor).toHaveAttribute('data-profile-id', 'enterprise-copy');
  await editor.getByLabel('Name', { exact: true }).fill('Our checklist');

  // only controls not yet required are offered, grouped by family
  const add = editor.getByLabel('Add a requirement');
  await expect(add.locator('option[value="soc2"]')).toHaveCount(0);
  await expect(add.locator('optgroup[label="Data protection"] option[value="hsts"]')).toHaveCount(1);
  await add.selectOption('hsts');
  await editor.getByRole('button', { name: 'Add requirement' }).click();
  const hsts = editor.locator('[data-testid="requirement"][data-control="hsts"]');
  await expect(hsts).toBeVisible();
  await expect(add.locator('option[value="hsts"]')).toHaveCount(0);

  // a rule on HSTS: its only attribute is preload, a boolean → "equals"
  await hsts.getByRole('button', { name: 'Add a rule on HSTS' }).click();
  const rule = hsts.getByTestId('rule');
  await expect(rule.getByLabel('Attribute').locator('option')).toHaveText(['preload']);
  await expect(rule.getByLabel('Condition').locator('option')).toHaveText(['equals']);
  await rule.getByLabel('Value').selectOption('true');
  await hsts.getByLabel('Required status').selectOption('in_progress');

  await page.getByTestId('save').click();
  await expect(page.getByTestId('saved')).toContainText('Saved');
  await expect(mine).toContainText('Our checklist');
  await expect(mine).toContainText('16 requirements');

  // stored as validated data
  const stored = (await readStorage(page)).profiles as { id: string; requirements: { control: string; status: string; rules: unknown[] }[] }[];
  const saved = stored.find((p) => p.id === 'enterprise-copy')!;
  expect(saved.requirements.find((r) => r.control === 'hsts')).toEqual({ control: 'hsts', status: 'in_progress', rules: [{ key: 'preload', equals: true }] });

  await mine.getByRole('button', { name: 'Make Our checklist active' }).click();
  await expect(mine).toHaveAttribute('data-active', 'true');
  await expect(mine.getByTestId('active-tag')).toHaveText('Active');
  await expect(item(page, 'enterprise')).toHaveAttribute('data-active', 'false');
  expect((await readStorage(page)).activeProfileId).toBe('enterprise-copy');

  // and it is still active after a reload
  await page.reload();
  await expect(item(page, 'enterprise-copy')).toHaveAttribute('data-active', 'true');
});

test('every preset survives duplicate → save unchanged (the editor keeps each rule as it was)', async ({ options: page }) => {
  const presets = [['mvsp', 'MVSP v3.0'], ['enterprise', 'Enterprise'], ['eu-data', 'EU personal data']] as const;
  for (const [id, name] of presets) {
    await item(page, id).getByRole('button', { name: `Duplicate ${name}` }).click();
    await expect(page.getByTestId('editor')).toHaveAttribute('data-profile-id', `${id}-copy`);
    const before = await readStorage(page);
    await page.getByTestId('save').click();
    await expect(page.getByTestId('saved')).toBeVisible();
    expect(await readStorage(page)).toEqual(before);
  }
});

test('rule kinds and keys follow the control’s attributes', async ({ options: page }) => {
  await page.getByRole('button', { name: 'New empty profile' }).click();
  const editor = page.getByTestId('editor');
  await editor.getByLabel('Add a requirement').selectOption('backups');
  await editor.getByRole('button', { name: 'Add requirement' }).click();
  const backups = editor.locator('[data-testid="requirement"][data-control="backups"]');
  await backups.getByRole('button', { name: 'Add a rule on Backups' }).click();
  const rule = backups.getByTestId('rule');
  await expect(rule.getByLabel('Attribute').locator('option')).toHaveText(['frequency', 'retention (days)', 'encrypted', 'restore tested']);
  // an enum: equals or one of
  await expect(rule.getByLabel('Condition').locator('option')).toHaveText(['equals', 'one of']);
  // a number: at least / at most / between
  await rule.getByLabel('Attribute').selectOption('retention_days');
  await expect(rule.getByLabel('Condition').locator('option')).toHaveText(['at least', 'at most', 'between']);
  await rule.getByLabel('Minimum').fill('30');
  // a list: includes (SSO protocols, a closed set)
  await editor.getByLabel('Add a requirement').selectOption('sso');
  await editor.getByRole('button', { name: 'Add requirement' }).click();
  const sso = editor.locator('[data-testid="requirement"][data-control="sso"]');
  await sso.getByRole('button', { name: 'Add a rule on Single sign-on' }).click();
  await expect(sso.getByTestId('rule').getByLabel('Condition').locator('option')).toHaveText(['includes']);
  await sso.getByTestId('rule').getByLabel('Value').selectOption('oidc');
  await page.getByTestId('save').click();
  await expect(page.getByTestId('saved')).toBeVisible();
  const stored = (await readStorage(page)).profiles as { requirements: unknown[] }[];
  expect(stored[0]!.requirements).toEqual([
    { control: 'backups', status: 'implemented', rules: [{ key: 'retention_days', min: 30 }] },
    { control: 'sso', status: 'implemented', rules: [{ key: 'protocols', includes: 'oidc' }] },
  ]);
});

test('an invalid profile is not saved: each error at its field, focus on the first, a summary in a live region, nothing changes', async ({ options: page }) => {
  await item(page, 'eu-data').getByRole('button', { name: 'Duplicate EU personal data' }).click();
  const editor = page.getByTestId('editor');
  await editor.getByLabel('Name', { exact: true }).fill('   ');
  // a number rule left empty
  const incident = editor.locator('[data-testid="requirement"][data-control="incident_response"]');
  await incident.getByTestId('rule').getByLabel('Maximum').fill('');
  const before = await readStorage(page);
  await page.getByTestId('save').click();
  const error = page.getByTestId('error');
  await expect(error).toContainText('Not saved');
  await expect(error).not.toContainText('→ at');
  // the blank rule value: marked, described by its message, beside it
  const maximum = incident.getByTestId('rule').getByLabel('Maximum');
  await expect(maximum).toHaveAttribute('aria-invalid', 'true');
  await expect(incident.getByTestId('field-error')).toHaveText('Enter a value for this rule, or remove the rule.');
  const name = editor.getByLabel('Name', { exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  // focus moves to the first field in error
  await expect(name).toBeFocused();
  await expect(page.locator('[aria-live]').filter({ has: error })).toHaveCount(1);
  expect(await readStorage(page)).toEqual(before);
  await expect(item(page, 'eu-data-copy')).toContainText('EU personal data (copy)');
});

test('a corrupt import shows the error and changes nothing; a valid one adds its profile', async ({ options: page, tmp }) => {
  await item(page, 'mvsp').getByRole('button', { name: 'Duplicate MVSP v3.0' }).click();
  await expect(item(page, 'mvsp-copy')).toBeVisible();
  const ids = await profileIds(page);
  const stored = await readStorage(page);
  const status = page.getByTestId('import-status');
  const input = page.getByTestId('import-file');

  await input.setInputFiles(writeTemp(tmp, 'broken.json', '{ not json'));
  await expect(status).toContainText('“broken.json” cannot be imported: it is not JSON');
  expect(await profileIds(page)).toEqual(ids);

  await input.setInputFiles(writeTemp(tmp, 'foreign.json', '{"format":"nope"}'));
  await expect(status).toContainText('“foreign.json” cannot be imported: not a Vetter profiles file. Nothing was imported. Choose a file made with Export my profiles.');

  // one unknown field deep in a profile: which file, which item, what is wrong, what to do; no zod path or wording
  const unknownControl = JSON.stringify({ format: 'vetter-profiles', version: 1, profiles: [{ id: 'eu-strict', name: 'EU strict', requirements: [{ control: 'quantum_crypto', status: 'implemented', rules: [] }] }] });
  await input.setInputFiles(writeTemp(tmp, 'newer.json', unknownControl));
  await expect(status).toContainText('“newer.json” cannot be imported: in profile 1 (“EU strict”), requirement 1, unknown control id "quantum_crypto". Nothing was imported.');
  await expect(status).not.toContainText('profiles.0');
  expect(await profileIds(page)).toEqual(ids);
  await expect(status).toHaveAttribute('data-kind', 'error');
  expect(await profileIds(page)).toEqual(ids);
  expect(await readStorage(page)).toEqual(stored);

  await input.setInputFiles(writeTemp(tmp, 'good.json', VALID_FILE));
  await expect(status).toContainText('Imported 1 profile');
  await expect(status).toHaveAttribute('data-kind', 'ok');
  await expect(item(page, 'eu-strict')).toContainText('EU strict');
  expect(await profileIds(page)).toEqual([...ids, 'eu-strict']);
});

test('export downloads vetter-profiles.json with the custom profiles', async ({ options: page, tmp }) => {
  await item(page, 'enterprise').getByRole('button', { name: 'Duplicate Enterprise' }).click();
  await expect(item(page, 'enterprise-copy')).toBeVisible();
  await page.getByTestId('import-file').setInputFiles(writeTemp(tmp, 'good.json', VALID_FILE));
  await expect(item(page, 'eu-strict')).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  expect(download.suggestedFilename()).toBe('vetter-profiles.json');
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; version: number; profiles: { id: string; requirements: unknown[] }[] };
  expect(file.format).toBe('vetter-profiles');
  expect(file.version).toBe(1);
  expect(file.profiles.map((p) => p.id)).toEqual(['enterprise-copy', 'eu-strict']);
  expect(file.profiles[0]!.requirements).toHaveLength(15);
  await expect(page.getByTestId('export-status')).toContainText('Exported 2 profiles');
});

test('delete asks in the page first; Cancel keeps the profile', async ({ options: page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; void d.dismiss(); });
  await item(page, 'mvsp').getByRole('button', { name: 'Duplicate MVSP v3.0' }).click();
  await expect(item(page, 'mvsp-copy')).toBeVisible();
  await page.getByTestId('delete').click();
  await expect(page.getByTestId('confirm-delete')).toContainText('Delete “MVSP v3.0 (copy)”?');
  await page.getByTestId('confirm-delete').getByRole('button', { name: 'Cancel' }).click();
  await expect(item(page, 'mvsp-copy')).toBeVisible();
  await page.getByTestId('delete').click();
  await page.getByTestId('confirm-delete-yes').click();
  await expect(item(page, 'mvsp-copy')).toHaveCount(0);
  await expect(page.getByTestId('editor')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('keyboard only: duplicate, add a requirement and save', async ({ options: page }) => {
  await item(page, 'eu-data').getByRole('button', { name: 'Duplicate EU personal data' }).focus();
  await page.keyboard.press('Enter');
  await expect(item(page, 'eu-data-copy')).toBeVisible();
  // focus moved to the editor's heading; Tab reaches the name field
  await expect(page.getByTestId('editor').locator('h2')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('editor').getByLabel('Name', { exact: true })).toBeFocused();
  await page.getByTestId('editor').getByLabel('Add a requirement').focus();
  await page.keyboard.press('ArrowDown'); // the first control not yet required
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('requirement')).toHaveCount(6);
  await page.getByTestId('save').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('saved')).toBeVisible();
  await expect(item(page, 'eu-data-copy')).toContainText('6 requirements');
});

test('readable at 400 px: nothing scrolls sideways', async ({ options: page }) => {
  await page.setViewportSize({ width: 400, height: 800 });
  await item(page, 'enterprise').getByRole('button', { name: 'Duplicate Enterprise' }).click();
  await expect(page.getByTestId('editor')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  const [list, editor] = await Promise.all([page.getByTestId('profile-list').boundingBox(), page.getByTestId('editor').boundingBox()]);
  expect(editor!.x).toBeGreaterThan(list!.x + list!.width); // side by side when wide
});

test('a stored profile that no longer validates is listed as needing repair and survives a save of another', async ({ options: page }) => {
  // a control renamed in an update: the entry was valid when it was saved
  const renamed = { id: 'old-checklist', name: 'Old checklist', requirements: [{ control: 'soc2_type2', status: 'implemented', rules: [] }] };
  await page.evaluate((p) => (globalThis as unknown as StorageApi).chrome.storage.local.set({ profiles: [p] }), renamed);
  await page.reload();
  const broken = page.getByTestId('profile-needs-repair');
  await expect(broken).toHaveCount(1);
  await expect(broken).toContainText('Old checklist');
  await expect(broken).toContainText('Needs repair');
  await expect(broken).toContainText('requirements.0.control');
  await expect(page.getByTestId('profile-item')).toHaveCount(3);

  await item(page, 'enterprise').getByRole('button', { name: 'Duplicate Enterprise' }).click();
  await expect(item(page, 'enterprise-copy')).toBeVisible();
  const stored = (await readStorage(page)).profiles as { id: string }[];
  expect(stored.map((p) => p.id)).toEqual(['old-checklist', 'enterprise-copy']);
  expect(stored[0]).toEqual(renamed);
  await expect(page.getByTestId('profile-needs-repair')).toHaveCount(1);
});
