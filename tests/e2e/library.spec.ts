import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { expect, test, type Extension } from './support/extension.ts';
import { FixturePage, setStoredActiveProfileId, type PopupPage } from './support/pages.ts';
import { changeRowOf, LIBRARY_CHANGES, LIBRARY_PAIR } from './support/popup-contract.ts';

/**
 * The vendor library, end to end: save a vendor, come back to a changed page,
 * see what changed (classified), save again, read the history and the diff on
 * the vendors page, compare vendors, download the checklist CSV and read it
 * back, and export → clear → import the whole library.
 *
 * lib-brambleway-v1 and -v2 are two versions of one vendor's page (brambleway.io):
 * v2 lowers backup retention 7 → 5 days and moves SOC 2 Type II from in progress
 * to a held report. Its incident line is a planted spreadsheet formula.
 */

async function openVendorsPage(extension: Extension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/vendors.html`);
  await page.locator('main.vendors[data-phase="ready"]').waitFor();
  return page;
}

async function emptyLibrary(extension: Extension) {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/vendors.html`);
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase('vetter-library');
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  }));
  await page.close();
}

async function popupFor(extension: Extension, fixture: string): Promise<PopupPage> {
  const page = await FixturePage.open(extension, fixture);
  const popup = await page.openPopup();
  expect(await popup.state()).toBe('report');
  return popup;
}

const snapshot = (popup: PopupPage) => popup.page.getByTestId('snapshot');

async function saveFromPopup(popup: PopupPage) {
  await popup.page.getByTestId('save-vendor').click();
  await expect(snapshot(popup)).toHaveAttribute('data-phase', 'current');
  await expect(popup.page.getByTestId('snapshot-status')).toContainText('Snapshot saved');
}

const readDownload = async (download: Download) => readFileSync((await download.path())!);

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ extension }) => {
  await emptyLibrary(extension);
  await setStoredActiveProfileId(extension, 'enterprise');
});

test('save v1, open v2: the popup reports both changes, one regression and one improvement; save v2', async ({ extension }) => {
  const v1 = await popupFor(extension, LIBRARY_PAIR.v1);
  await expect(snapshot(v1)).toHaveAttribute('data-phase', 'unsaved');
  // the key it will be saved under: on a loopback test host, the domain the page names
  await expect(v1.page.getByTestId('vendor-key')).toHaveText('Vendor: brambleway.io');
  await saveFromPopup(v1);

  const v2 = await popupFor(extension, LIBRARY_PAIR.v2);
  await expect(snapshot(v2)).toHaveAttribute('data-phase', 'changed');
  await expect(v2.page.getByTestId('snapshot-status')).toHaveText(/^Changed since \d{4}-\d{2}-\d{2} \d{2}:\d{2} \S+$/); // a time with its zone named
  for (const { control, kind, classification } of LIBRARY_CHANGES) {
    await expect(v2.page.locator(changeRowOf(control, kind)), `${control} ${kind}`).toHaveAttribute('data-classification', classification);
  }
  await expect(v2.page.locator(changeRowOf('soc2', 'status'))).toContainText('SOC 2');
  await expect(v2.page.locator(changeRowOf('backups', 'attribute'))).toContainText(/7\D+5/);
  await expect(v2.page.getByTestId('changes').locator('li')).toHaveCount(LIBRARY_CHANGES.length);
  await saveFromPopup(v2);

  // seen again, the saved page is current
  const again = await popupFor(extension, LIBRARY_PAIR.v2);
  await expect(again.page.getByTestId('snapshot-status')).toContainText('no change since');
});

test('the vendors page lists the vendor with two snapshots and shows their diff', async ({ extension }) => {
  const page = await openVendorsPage(extension);
  const row = page.locator('tr[data-vendor="brambleway.io"]');
  await expect(row).toBeVisible();
  await expect(row.getByTestId('snapshot-count')).toHaveText('2');
  await expect(row.getByTestId('regressions')).toHaveText('1');
  await row.getByTestId('open-vendor').click();
  await expect(page.getByTestId('snapshots').locator('li')).toHaveCount(2);
  const changes = page.getByTestId('changes').locator('li');
  await expect(changes).toHaveCount(2);
  await expect(changes.and(page.locator('[data-control="backups"]'))).toHaveAttribute('data-classification', 'regression');
  await expect(changes.and(page.locator('[data-control="soc2"]'))).toHaveAttribute('data-classification', 'improvement');
  // picking the same snapshot twice shows no diff
  const newest = await page.getByTestId('diff-newer').inputValue();
  await page.getByTestId('diff-older').selectOption(newest);
  await expect(page.getByTestId('changes')).toHaveCount(0);
});

test('the checklist CSV reads back: BOM, header, a row per requirement, the planted formula neutralised', async ({ extension }) => {
  const page = await openVendorsPage(extension);
  await page.locator('tr[data-vendor="brambleway.io"]').getByTestId('open-vendor').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('history-checklist').click()]);
  expect(download.suggestedFilename()).toMatch(/^vetter-checklist-.*\.csv$/);
  const bytes = await readDownload(download);
  expect([...bytes.subarray(0, 3)], 'UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.replace(/"[^"]*"/g, '').includes('\n') && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, '')), 'CRLF line ends').toBe(true);
  const rows: string[][] = parse(text, { bom: true });
  const header = rows[0]!;
  expect(header.slice(0, 4)).toEqual(['vendor', 'domain', 'page URL', 'captured (or audited) date']);
  for (const col of ['requirement', 'verdict', 'what the page says', 'quote', 'frameworks']) expect(header).toContain(col);
  const col = (name: string) => header.indexOf(name);
  const body = rows.slice(1);
  expect(body.filter((r) => r[col('verdict')]).length, 'one row per Enterprise requirement').toBe(15);
  expect(body.every((r) => r[col('vendor')] && r[col('page URL')] && /^\d{4}-\d{2}-\d{2}$/.test(r[col('captured (or audited) date')]!))).toBe(true);
  const incident = body.find((r) => r[col('quote')]!.includes('HYPERLINK'))!;
  expect(incident[col('quote')]!.startsWith("'=HYPERLINK(")).toBe(true);
  const backups = body.find((r) => r[col('requirement')] === 'Backups')!;
  expect(backups[col('verdict')]).toBe('failed');
  // frameworks: the MVSP v3.0 control and CSA CCM v4 domain of each row
  expect(backups[col('frameworks')]).toMatch(/^MVSP 4\.4 Backup and Disaster recovery; CSA CCM BCR /);
});

test('compare three saved seed vendors side by side', async ({ extension }) => {
  for (const seed of ['zentrik', 'centrali', 'zenworkflow']) await saveFromPopup(await popupFor(extension, seed));
  const page = await openVendorsPage(extension);
  await expect(page.locator('tbody tr[data-vendor]')).toHaveCount(4);
  for (const domain of ['zentrik.ai', 'centrali.io', 'zenworkflow.io']) {
    const row = page.locator(`tr[data-vendor="${domain}"]`);
    await expect(row, `${domain} saved`).toBeVisible();
    await row.getByTestId('compare-pick').check();
  }
  await page.getByTestId('compare-selected').click();
  const matrix = page.getByTestId('matrix');
  await expect(matrix.locator('thead th[data-vendor]')).toHaveCount(3);
  await expect(matrix.locator('tbody tr')).toHaveCount(15); // the Enterprise requirements
  // Zentrik: SOC 2 in progress (partial), backups kept 5 days (fail)
  await expect(matrix.locator('tr[data-control="soc2"] td[data-vendor="zentrik.ai"]')).toHaveAttribute('data-verdict', 'partial');
  await expect(matrix.locator('tr[data-control="backups"] td[data-vendor="zentrik.ai"]')).toHaveAttribute('data-verdict', 'fail');
  await page.getByTestId('compare-filter').selectOption('failures');
  const failing = await matrix.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-control')));
  expect(failing).toContain('backups');
  for (const control of failing) {
    await expect(matrix.locator(`tr[data-control="${control}"] td[data-verdict="fail"]`).first(), `${control} has a failure`).toBeVisible();
  }
});

test('export the library, clear it, import it back: identical', async ({ extension }) => {
  const page = await openVendorsPage(extension);
  const exportNow = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-library').click()]);
    return { path: (await download.path())!, json: JSON.parse((await readDownload(download)).toString('utf8')) };
  };
  const before = await exportNow();
  expect(before.json.format).toBe('vetter-library');
  expect(before.json.snapshots).toHaveLength(5);

  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('clear-library').click();
  await expect(page.getByTestId('vendors-empty')).toBeVisible();

  await page.getByTestId('import-library').setInputFiles(before.path);
  await expect(page.getByTestId('vendors-notice')).toContainText('Imported 4 new vendors and 5 snapshots');
  await expect(page.locator('tbody tr[data-vendor]')).toHaveCount(4);
  const after = await exportNow();
  const strip = (b: { vendors: unknown[]; snapshots: { id: string }[] }) => ({ vendors: b.vendors, snapshots: [...b.snapshots].sort((x, y) => x.id.localeCompare(y.id)) });
  expect(strip(after.json)).toEqual(strip(before.json));

  // importing the same file again adds nothing
  await page.getByTestId('import-library').setInputFiles(before.path);
  await expect(page.getByTestId('vendors-notice')).toContainText('0 new vendors and 0 snapshots; 5 snapshots already saved');

  // a foreign file: a clear message, nothing changed
  await page.getByTestId('import-library').setInputFiles({ name: 'profiles.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else","version":1}') });
  await expect(page.getByTestId('vendors-error')).toContainText(/not a Vetter library file/i);
  await expect(page.locator('tbody tr[data-vendor]')).toHaveCount(4);

  // a crafted backup whose snapshot is a javascript: address: refused in words, nothing changed
  const crafted = structuredClone(before.json);
  crafted.snapshots[0].url = 'javascript:alert(document.domain)';
  crafted.snapshots[0].id = 'crafted';
  await page.getByTestId('import-library').setInputFiles({ name: 'crafted.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(crafted)) });
  await expect(page.getByTestId('vendors-error')).toContainText(/in snapshot 1 \([a-z.]+, saved \d{4}-\d{2}-\d{2}\)/);
  await expect(page.getByTestId('vendors-error')).toContainText('the page address is not a web address (only http:// and https:// pages can be saved). Nothing was changed.');
  await expect(page.locator('tbody tr[data-vendor]')).toHaveCount(4);

  // a backup from before vendors were keyed by who they are: two SafeBase trust centers under safebase.io come apart
  const old = structuredClone(before.json);
  const [a, b] = old.snapshots.slice(0, 2).map((s: { id: string; domain: string; url: string; report: { vendor: { name: string | null; domain: string | null } } }, i: number) => ({ ...s, id: `old-${i}`, domain: 'safebase.io', url: `https://${i ? 'zentrik' : 'acme'}.safebase.io/`, report: { ...s.report, vendor: { name: i ? 'Zentrik' : 'Acme', domain: 'safebase.io' } } }));
  old.vendors = [{ ...old.vendors[0], domain: 'safebase.io', name: 'Acme', latestSnapshotId: b.id, previousSnapshotId: a.id, snapshotCount: 2 }];
  old.snapshots = [a, b];
  await page.getByTestId('import-library').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
  await expect(page.getByTestId('vendors-notice')).toContainText('Imported 2 new vendors and 2 snapshots');
  await expect(page.locator('tr[data-vendor="acme.safebase.io"]')).toContainText('Acme');
  await expect(page.locator('tr[data-vendor="zentrik.safebase.io"]')).toContainText('Zentrik');
  await expect(page.locator('tr[data-vendor="safebase.io"]')).toHaveCount(0);
});

test('with auto-save on, a changed page is saved by itself', async ({ extension }) => {
  const sw = await extension.serviceWorker();
  await sw.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } };
    await chrome.storage.local.set({ settings: { autoSaveSnapshots: true, checkSecurityTxt: true } });
  });
  try {
    // the library's latest Brambleway snapshot is v2: v1 is a change again
    const v1 = await popupFor(extension, 'lib-brambleway-v1');
    await expect(v1.page.getByTestId('snapshot-status')).toContainText('Saved a new snapshot by itself');
    await expect(v1.page.getByTestId('changes').locator('li')).toHaveCount(2);
    const page = await openVendorsPage(extension);
    await expect(page.locator('tr[data-vendor="brambleway.io"]').getByTestId('snapshot-count')).toHaveText('3');
  } finally {
    await sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } };
      await chrome.storage.local.remove('settings');
    });
  }
});
