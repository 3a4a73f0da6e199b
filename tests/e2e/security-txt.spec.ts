import { expect, test, type Extension } from './support/extension.ts';
import { FixturePage } from './support/pages.ts';

/**
 * security.txt, read from the trust page's own origin: each fixture page is
 * opened on http://<name>.localhost, whose root serves tests/fixtures/<name>/security.txt.
 * zentrik: valid (Expires 90 days ahead); centrali: expired; zenworkflow: none;
 * hostile-securitytxt: valid, with fields named __proto__, constructor and toString.
 */

async function setSecurityTxtSetting(extension: Extension, on: boolean | undefined) {
  const sw = await extension.serviceWorker();
  await sw.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } } } };
    if (value === undefined) await chrome.storage.local.remove('settings');
    else await chrome.storage.local.set({ settings: { autoSaveSnapshots: false, checkSecurityTxt: value } });
  }, on);
}

async function popupOn(extension: Extension, name: string) {
  const page = await FixturePage.open(extension, name, { ownOrigin: true });
  const popup = await page.openPopup();
  expect(await popup.state()).toBe('report');
  return popup;
}

test.describe.configure({ mode: 'serial' });
test.afterAll(async ({ extension }) => setSecurityTxtSetting(extension, undefined));

test('a valid security.txt shows as found and adds its claims to the scorecard', async ({ extension }) => {
  const popup = await popupOn(extension, 'zentrik');
  const row = popup.page.getByTestId('security-txt');
  await expect(row).toHaveAttribute('data-status', 'found');
  await expect(row).toContainText('mailto:security@zentrik.ai');
  await expect(popup.page.getByTestId('security-txt-findings')).toHaveCount(0);
  // security_txt is not an Enterprise requirement: it is listed with the page's other claims, quoting the file
  await expect(popup.page.locator('li[data-claim="security_txt"]')).toHaveAttribute('data-status', 'implemented');
  await expect(popup.page.locator('li[data-claim="security_txt"]')).toContainText('security.txt: http://zentrik.localhost');
});

test('an expired security.txt shows as invalid and says it expired', async ({ extension }) => {
  const popup = await popupOn(extension, 'centrali');
  const row = popup.page.getByTestId('security-txt');
  await expect(row).toHaveAttribute('data-status', 'invalid');
  await expect(row.locator('li[data-code="expired"]')).toContainText('expired on 2025-01-31');
  // an invalid file adds no claim: nothing quotes the file
  await expect(popup.page.getByText(/^security\.txt: /)).toHaveCount(0);
});

test('fields named __proto__, constructor and toString are just extension fields: the row shows, found', async ({ extension }) => {
  const popup = await popupOn(extension, 'hostile-securitytxt');
  const row = popup.page.getByTestId('security-txt');
  await expect(row).toHaveAttribute('data-status', 'found');
  await expect(row).toContainText('mailto:security@zentro.io');
});

test('a site without security.txt shows it as missing', async ({ extension }) => {
  const popup = await popupOn(extension, 'zenworkflow');
  const row = popup.page.getByTestId('security-txt');
  await expect(row).toHaveAttribute('data-status', 'missing');
  await expect(row).toContainText('404');
});

test('with the setting off, nothing is read and no row is shown', async ({ extension }) => {
  await setSecurityTxtSetting(extension, false);
  const popup = await popupOn(extension, 'zentrik');
  await expect(popup.page.getByTestId('vendor')).toBeVisible();
  await expect(popup.page.getByTestId('security-txt')).toHaveCount(0);
});
