import { expect, test, type Extension } from './support/extension.ts';
import { FixturePage, type PopupPage } from './support/pages.ts';

/**
 * The buyer's reading of the popup on the seed pages: ranked rows, the honest
 * badge, failures on the first screen, the questions to copy, Audit anyway.
 */
const RANK: Record<string, number> = { fail: 0, partial: 1, unknown: 2, pass: 3 };

// the browser (and its vendor library) is shared by the worker: leave the library empty for the specs after this one
test.afterAll(async ({ extension }) => {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/vendors.html`);
  await page.locator('main.vendors[data-phase="ready"]').waitFor();
  const clear = page.getByTestId('clear-library');
  if (await clear.isEnabled()) {
    page.once('dialog', (d) => void d.accept());
    await clear.click();
    await expect(page.getByTestId('vendors-empty')).toBeVisible();
  }
  await page.close();
});

async function openSeed(extension: Extension, name: string): Promise<{ fixture: FixturePage; popup: PopupPage }> {
  const fixture = await FixturePage.open(extension, name);
  const popup = await fixture.openPopup();
  expect(await popup.state(), `${name} is a trust page`).toBe('report');
  await expect(popup.summary).toBeVisible();
  return { fixture, popup };
}

for (const name of ['centrali', 'zentralink', 'zentrik', 'zentro', 'zenworkflow']) {
  test(`${name}: rows ranked failed → partial → unknown → met; met rows folded`, async ({ extension }) => {
    const { popup } = await openSeed(extension, name);
    const rows = await popup.verdicts();
    const ranks = rows.map((r) => RANK[r.verdict]!);
    expect(ranks, rows.map((r) => `${r.verdict} ${r.control}`).join(', ')).toEqual([...ranks].sort((a, b) => a - b));
    // met rows sit in a closed fold; the others are shown
    for (const row of rows) {
      const li = popup.verdictRow(row.control);
      if (row.verdict === 'pass') await expect(li).toBeHidden();
      else await expect(li).toBeVisible();
    }
  });
}

test('the badge is ✓ only when all are met: Centrali and ZenWorkflow are not ✓', async ({ extension }) => {
  for (const name of ['centrali', 'zenworkflow']) {
    const { fixture, popup } = await openSeed(extension, name);
    const counts = await popup.summaryCounts();
    expect(counts.pass).toBeLessThan(15);
    await expect.poll(() => fixture.badgeText(), { message: `${name} badge` }).not.toBe('✓');
    await expect.poll(() => fixture.badgeText()).toBe(String(counts.fail || counts.partial + counts.unknown));
  }
});

test('every failure and its reason is on the first screen (600 px) of Zentrik’s popup', async ({ extension }) => {
  const { popup } = await openSeed(extension, 'zentrik');
  await popup.page.setViewportSize({ width: 400, height: 600 });
  const failed = popup.page.locator('.scorecard li[data-verdict="fail"]');
  expect(await failed.count()).toBeGreaterThanOrEqual(2);
  for (const li of await failed.all()) {
    const reason = li.locator('.reason');
    await expect(reason).toBeVisible();
    const box = await reason.boundingBox();
    expect(box!.y + box!.height, await reason.innerText()).toBeLessThanOrEqual(600);
  }
});

test('the counts filter the rows, and the folds open from the keyboard', async ({ extension }) => {
  const { popup } = await openSeed(extension, 'zentrik');
  const page = popup.page;
  await page.getByTestId('count-fail').click();
  await expect(page.getByTestId('count-fail')).toHaveAttribute('aria-pressed', 'true');
  const shown = page.locator('.scorecard li[data-control]:visible');
  expect(await shown.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-verdict')))).toEqual(['fail', 'fail']);
  await page.getByTestId('count-pass').click();
  expect(new Set(await shown.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-verdict'))))).toEqual(new Set(['pass']));
  await page.getByTestId('show-all').click();
  // the met rows' fold: reached with Tab, opened with Enter
  const fold = page.getByTestId('met-rows').locator('summary');
  await fold.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('met-rows')).toHaveAttribute('open', '');
  const others = page.getByTestId('other-claims').locator('summary');
  await others.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('li[data-claim]').first()).toBeVisible();
});

test('the questions for the vendor are copied as plain text, one per line; none about a met requirement', async ({ extension }) => {
  const { popup } = await openSeed(extension, 'zenworkflow');
  // Chromium grants no clipboard permission to an extension origin from Playwright: the text handed to the clipboard is recorded instead
  await popup.page.evaluate(() => {
    const w = window as unknown as { copied: string };
    navigator.clipboard.writeText = async (text: string) => { w.copied = text; };
  });
  await popup.page.getByTestId('copy-questions').click();
  await expect(popup.page.getByTestId('copy-status')).toHaveText(/Copied \d+ questions/);
  const text = await popup.page.evaluate(() => (window as unknown as { copied: string }).copied);
  const lines = text.trimEnd().split('\n');
  const notMet = (await popup.verdicts()).filter((v) => v.verdict !== 'pass').length;
  expect(lines).toHaveLength(notMet);
  expect(lines.every((l) => l.endsWith('?'))).toBe(true);
  expect(lines.some((l) => l.includes('SOC 2'))).toBe(true);
  expect(lines.some((l) => /multi-factor/i.test(l))).toBe(false);
});

test('Audit anyway on a SOC 2 glossary: a low-confidence banner, no vendor name from the title, and saving asks first', async ({ extension }) => {
  const fixture = await FixturePage.open(extension, 'neg-soc2-glossary');
  const popup = await fixture.openPopup();
  expect(await popup.state()).toBe('not-trust-page');
  await popup.auditAnyway();
  await expect(popup.page.getByTestId('low-confidence')).toContainText('This page may not be a vendor’s own trust page');
  expect(await popup.vendor()).not.toMatch(/System and Organization|What is/);
  await expect(popup.page.locator('.status-implemented').first()).not.toHaveText('implemented');
  const save = popup.page.getByTestId('save-vendor');
  await save.click();
  await expect(popup.page.getByTestId('confirm-save')).toBeVisible();
  await popup.page.getByTestId('confirm-save-no').click();
  await expect(popup.page.getByTestId('snapshot')).toHaveAttribute('data-phase', 'unsaved');
  await save.click();
  await popup.page.getByTestId('confirm-save-yes').click();
  await expect(popup.page.getByTestId('snapshot-status')).toContainText('Snapshot saved');
});

test('importing a backup with one unknown field: which file, which snapshot, what is wrong, what to do; nothing changed', async ({ extension }) => {
  const { popup } = await openSeed(extension, 'zentrik');
  await expect(popup.page.getByTestId('snapshot')).not.toHaveAttribute('data-phase', 'checking');
  if (await popup.page.getByTestId('save-vendor').count()) {
    await popup.page.getByTestId('save-vendor').click();
    await expect(popup.page.getByTestId('snapshot')).toHaveAttribute('data-phase', 'current');
  }
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/vendors.html`);
  await page.locator('main.vendors[data-phase="ready"]').waitFor();
  const vendorsBefore = await page.locator('tbody tr[data-vendor]').count();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-library').click()]);
  const { readFileSync } = await import('node:fs');
  const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { snapshots: { report: { controls: Record<string, unknown> } }[] };
  backup.snapshots[0]!.report.controls.quantum_crypto = { status: 'implemented', attributes: {}, qualifiers: [] };
  await page.getByTestId('import-library').setInputFiles({ name: 'library-edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  const error = page.getByTestId('vendors-error');
  await expect(error).toContainText('“library-edited.json” cannot be imported: in snapshot 1');
  await expect(error).toContainText('this version of Vetter does not know: “quantum_crypto”');
  await expect(error).toContainText('Nothing was changed.');
  await expect(error).not.toContainText('Unrecognized key');
  await expect(error).not.toContainText('snapshots.0');
  await expect(page.locator('tbody tr[data-vendor]')).toHaveCount(vendorsBefore);
});

test('a saved vendor’s page in the library: questions to copy, snapshots newest first with their time zone', async ({ extension }) => {
  const { popup } = await openSeed(extension, 'zentro');
  await expect(popup.page.getByTestId('snapshot')).not.toHaveAttribute('data-phase', 'checking');
  if (await popup.page.getByTestId('save-vendor').count()) {
    await popup.page.getByTestId('save-vendor').click();
    await expect(popup.page.getByTestId('snapshot')).toHaveAttribute('data-phase', 'current');
  }
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/vendors.html`);
  await page.locator('tr[data-vendor="zentro.one"]').getByTestId('open-vendor').click();
  const questions = page.getByTestId('question-list').locator('li');
  await expect(questions.first()).toBeVisible();
  expect((await questions.allInnerTexts()).every((q) => q.endsWith('?'))).toBe(true);
  await expect(page.getByTestId('question-list')).toContainText('When do you expect the SOC 2 Type II audit to complete?');
  const first = page.getByTestId('snapshots').locator('li').first();
  await expect(first).toContainText('latest');
  await expect(first.locator('strong')).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} \S+$/);
  expect(await page.getByTestId('snapshots').getAttribute('reversed')).not.toBeNull();
});
