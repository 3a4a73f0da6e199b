import { expect } from '@playwright/test';
import { test } from './support/extension.ts';
import { FixturePage } from './support/pages.ts';

/** A single-page app renders its trust content 1.5 s after load: the content script audits it when it arrives. */
test('a trust page whose content arrives late is audited once it renders', async ({ extension }) => {
  const fixture = await FixturePage.open(extension, 'spa-late');
  // stage 1 (URL /security, title "Security | …") fires at load, when the page only says "Loading…"
  await expect.poll(() => fixture.page.locator('h1').count(), { timeout: 5_000 }).toBe(1);
  // the re-audit reports to the background: the badge appears (Enterprise: ✓ or a number of failures)
  await expect.poll(() => fixture.badgeText(), { timeout: 8_000, message: 'badge after the late content' }).toMatch(/^(?:✓|[1-9]\d*)$/);
  const popup = await fixture.openPopup();
  expect(await popup.state()).toBe('report');
  expect(await popup.vendor()).toBe('Lateframe');
  const rows = new Map((await popup.claims()).map((c) => [c.control, c.status]));
  expect(rows.get('soc2')).toBe('implemented');
  expect(rows.get('iso27001')).toBe('in_progress');
  expect(rows.get('backups')).toBe('implemented');
});
