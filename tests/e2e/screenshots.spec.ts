import { expect, test } from './support/extension.ts';
import { FixturePage } from './support/pages.ts';

/**
 * The README's screenshots, taken in headless Chromium on the seed pages:
 * `VETTER_SCREENSHOTS=1 npx playwright test tests/e2e/screenshots.spec.ts` (after `npm run build`).
 * Skipped in `npm test`: it writes files under docs/.
 */
test.skip(!process.env.VETTER_SCREENSHOTS, 'set VETTER_SCREENSHOTS=1 to write docs/*.png');

test('the popup’s first screen on Zentrik', async ({ extension }) => {
  const fixture = await FixturePage.open(extension, 'zentrik');
  const popup = await fixture.openPopup();
  await popup.page.setViewportSize({ width: 400, height: 600 });
  await expect(popup.summary).toBeVisible();
  await expect(popup.page.getByTestId('snapshot')).not.toHaveAttribute('data-phase', 'checking');
  await popup.page.screenshot({ path: 'docs/popup-first-screen.png' });
});

test('the options page (style check, not in the README)', async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await page.getByRole('button', { name: 'Duplicate Enterprise' }).click();
  await page.screenshot({ path: 'test-results/options.png' });
});

test('the vendor library and the comparison', async ({ extension }) => {
  for (const name of ['zentrik', 'zentro', 'centrali', 'zenworkflow']) {
    const fixture = await FixturePage.open(extension, name);
    const popup = await fixture.openPopup();
    await popup.page.getByTestId('save-vendor').click();
    await expect(popup.page.getByTestId('snapshot-status')).toContainText('saved');
    await popup.page.close();
    await fixture.page.close();
  }
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 1200, height: 640 });
  await page.goto(`chrome-extension://${extension.extensionId}/vendors.html`);
  await expect(page.getByTestId('vendor-table')).toBeVisible();
  await page.screenshot({ path: 'docs/vendor-library.png' });
  for (const pick of await page.getByTestId('compare-pick').all()) await pick.check();
  await page.getByTestId('compare-selected').click();
  await expect(page.getByTestId('matrix')).toBeVisible();
  await page.setViewportSize({ width: 1200, height: 760 });
  await page.screenshot({ path: 'docs/comparison.png' });
});
