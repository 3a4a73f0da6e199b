import type { Page } from '@playwright/test';
import { expect, test, type Extension } from './support/extension.ts';
import { FixturePage, type PopupPage } from './support/pages.ts';

/**
 * Hostile and unusual pages, end to end in Chromium: nothing crashes, nothing
 * of the page's text ever runs in the popup or the vendors page, and pages that
 * are trust pages in other scripts and languages are still recognised.
 */

/** Serves a generated page at the fixture server's URL for `name` (the page never touches the disk). */
async function serveGenerated(extension: Extension, name: string, html: string) {
  await extension.context.route(extension.server.urlOf(name), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

const CLAIMS = '<h2>Compliance</h2><p>We are SOC 2 Type II certified and ISO 27001 certified.</p><h2>Encryption</h2><p>All customer data is encrypted at rest with AES-256 and in transit with TLS 1.2 or higher.</p>';

/** Nothing the page planted has run in this extension page. */
async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __vetterPwned?: unknown }).__vetterPwned)).toBeUndefined();
  expect(await page.title()).not.toBe('pwned-by-page');
  await expect(page.locator('main img, main script, main svg[onload], main iframe, main object')).toHaveCount(0);
}

async function popupFor(extension: Extension, name: string, opts: { waitForContentScript?: boolean } = {}): Promise<{ fixture: FixturePage; popup: PopupPage }> {
  const fixture = await FixturePage.open(extension, name, opts);
  const popup = await fixture.openPopup();
  return { fixture, popup };
}

test('an XSS payload quoted on the page stays text in the popup and the vendors page', async ({ extension }) => {
  const { popup } = await popupFor(extension, 'hostile-xss');
  expect(await popup.state()).toBe('report');
  await popup.openFolds();
  const soc2Quote = popup.page.locator('li.row[data-control="soc2"] .quote');
  await expect(soc2Quote).toContainText('<img src=x onerror="window.__vetterPwned=1;alert(1)">');
  await expect(popup.page.locator('li.row[data-control="backups"] .quote')).toContainText('<script>window.__vetterPwned=3</script>');
  await soc2Quote.click(); // highlighting on the page must not break either
  await expectNothingRan(popup.page);

  await popup.page.getByTestId('save-vendor').click();
  await expect(popup.page.getByTestId('snapshot')).toHaveAttribute('data-phase', 'current');
  const vendors = await extension.context.newPage();
  await vendors.goto(`chrome-extension://${extension.extensionId}/vendors.html`);
  await vendors.locator('main.vendors[data-phase="ready"]').waitFor();
  // the page names no domain of its own: it is saved under its host (its own onerror renamed its title, which is the page's business)
  const row = vendors.locator('tr[data-vendor="127.0.0.1"]');
  await row.getByTestId('compare-pick').check();
  await row.getByTestId('open-vendor').click();
  await expect(vendors.getByTestId('snapshots').locator('li')).toHaveCount(1);
  await vendors.getByTestId('back').click();
  await expectNothingRan(vendors);
});

test('a 50,000-node page is audited without a crash', async ({ extension }) => {
  // 7,500 short first-person practice lines of 7 elements each: a long but still trust-like page
  const filler = Array.from({ length: 7_500 }, (_, i) => `<p><span>We</span> <span>rotate</span> <span>the</span> <span>keys</span> <span>of</span> <span>service ${i}</span>.</p>`).join('');
  await serveGenerated(extension, 'generated-50k-nodes', `<!doctype html><html><head><title>Security | Bigco</title></head><body><main><h1>Security at Bigco</h1>${CLAIMS}${filler}</main></body></html>`);
  const { fixture, popup } = await popupFor(extension, 'generated-50k-nodes');
  expect(await fixture.page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(50_000);
  expect(await popup.state()).toBe('report');
  await expect(popup.page.locator('li.row[data-control="soc2"]')).toHaveAttribute('data-status', 'implemented');
});

test('deeply nested markup (5,000 levels) is audited without a crash', async ({ extension }) => {
  const depth = 5000;
  await serveGenerated(extension, 'generated-deep', `<!doctype html><html><head><title>Security | Deepco</title></head><body><main><h1>Security at Deepco</h1>${'<div>'.repeat(depth)}${CLAIMS}${'</div>'.repeat(depth)}</main></body></html>`);
  const { popup } = await popupFor(extension, 'generated-deep');
  expect(await popup.state()).toBe('report');
  await expect(popup.page.locator('li.row[data-control="encryption_at_rest"]')).toHaveAttribute('data-status', 'implemented');
});

test('a platform-hosted trust center whose content arrives 2 s after load: waited for, and the platform named', async ({ extension }) => {
  const fixture = await FixturePage.open(extension, 'platform-safebase-late');
  await expect.poll(() => fixture.page.locator('h1').count(), { timeout: 6_000 }).toBe(1);
  await expect.poll(() => fixture.badgeText(), { timeout: 8_000 }).toMatch(/^(?:✓|[1-9]\d*)$/);
  const popup = await fixture.openPopup();
  expect(await popup.state()).toBe('report');
  await expect(popup.page.getByTestId('platform')).toHaveText('Trust center hosted on SafeBase — some documents need a request or NDA.');
  await expect(popup.page.locator('li.row[data-control="sso"]')).toHaveAttribute('data-status', 'implemented');
  // every row names the public frameworks it serves
  await expect(popup.page.locator('li.row[data-control="sso"] [data-testid="frameworks"]')).toHaveText('MVSP 2.1 · CCM IAM');
});

test.describe('other languages and scripts', () => {
  for (const name of ['hostile-de', 'hostile-fr']) {
    test(`${name}: a trust page in another language is recognised`, async ({ extension }) => {
      const { popup } = await popupFor(extension, name);
      expect(await popup.state()).toBe('report');
      await expectNothingRan(popup.page);
    });
  }

  test('right-to-left text and bidi controls: recognised, quoted as written', async ({ extension }) => {
    const { popup } = await popupFor(extension, 'hostile-rtl');
    expect(await popup.state()).toBe('report');
    await expect(popup.page.locator('li.row[data-control="soc2"] .quote')).toContainText('שרתים בישראל');
    await expect(popup.page.locator('li.row[data-control="mfa"] .quote')).toContainText('\u202e(TOTP)\u202c');
  });
});
