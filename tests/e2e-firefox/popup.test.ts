import { expect, it } from 'vitest';
import { badgeFor, byTestId, EU_DATA, EU_VERDICTS, OPTIONS, rankedOrder, POPUP, PRESETS, TEST_IDS } from '../e2e/support/popup-contract.ts';
import { EXTENSION_ORIGIN } from './support/extension.ts';
import { ExtensionPage, FirefoxFixturePage } from './support/pages.ts';
import { firefoxSession } from './support/session.ts';

/**
 * The popup's paths through Firefox's MV2 APIs (as tests/e2e/scorecard.spec.ts and security-txt.spec.ts
 * in Chromium): a profile switch re-badges the other open tabs from the background page, the real toolbar
 * popup gets its full width, security.txt is read by the content script, "Edit profiles" opens the options.
 */

const session = firefoxSession();

it('"EU personal data" in the popup: its rows, and the background re-badges the other open trust page', async () => {
  // storage.onChanged in the background page → tabs.query + tabs.sendMessage to every tab → browserAction
  const other = await FirefoxFixturePage.open(session.extension, session.server, 'zentralink');
  await other.waitForBadge('= 2 (Enterprise: SOC 2 and ISO 27001 denied)', (t) => t === '2');
  const fixture = await FirefoxFixturePage.open(session.extension, session.server, 'zenworkflow');
  const popup = await fixture.openPopup();
  await popup.select(byTestId(TEST_IDS.profile), 'eu-data');
  // the rows are ranked (failed, partial, unknown, met): compare them as a set, then their order
  await session.extension.waitFor('the EU personal data rows', async () => JSON.stringify((await popup.verdicts()).map((r) => r.control).sort()) === JSON.stringify([...EU_DATA].sort()));
  const rows = await popup.verdicts();
  expect(rows.map((r) => r.control)).toEqual(rankedOrder(rows, EU_DATA));
  const byControl = new Map((await popup.verdicts()).map((r) => [r.control, r.verdict]));
  for (const [control, verdict] of Object.entries(EU_VERDICTS.zenworkflow ?? {})) expect(byControl.get(control), control).toBe(verdict);
  const counts = await popup.verdictCounts();
  expect(await popup.summaryCounts()).toEqual(counts);
  await fixture.waitForBadge(`= ${badgeFor(counts)}`, (t) => t === badgeFor(counts));
  // zentralink's Enterprise failures (SOC 2, ISO 27001) are no EU-data requirement: its badge is re-counted
  await other.waitForBadge('re-counted under EU personal data (no longer the 2 Enterprise failures)', (t) => t !== '' && t !== '2', 3_000);
  await popup.select(byTestId(TEST_IDS.profile), 'enterprise');
  await other.waitForBadge('back to 2 under Enterprise', (t) => t === '2', 3_000);
  for (const page of [popup, fixture, other]) await page.close();
});

it('the toolbar popup opens at its full width of 400 px (Firefox sizes the panel from the content)', async () => {
  const fixture = await FirefoxFixturePage.open(session.extension, session.server, 'zentrik');
  await session.extension.activate(fixture.context);
  const size = await session.extension.openToolbarPopup();
  expect(size.url).toBe(`${EXTENSION_ORIGIN}/popup.html`);
  expect(size.width, JSON.stringify(size)).toBeGreaterThanOrEqual(400);
  expect(size.height, 'the scorecard fills the panel').toBeGreaterThan(300);
  await session.extension.closeToolbarPopup();
  await fixture.close();
});

it('security.txt is read from the page\'s own origin by the content script (fetch in Firefox\'s sandbox): found, its claim listed', async () => {
  const fixture = await FirefoxFixturePage.open(session.extension, session.server, 'zentrik', { ownOrigin: true });
  const popup = await fixture.openPopup();
  const row = byTestId(TEST_IDS.securityTxt);
  expect(await session.extension.waitFor('the security.txt row', () => popup.attribute(row, 'data-status'))).toBe('found');
  expect(await popup.text(row)).toContain('mailto:security@zentrik.ai');
  expect(await popup.attribute(POPUP.claimRowOf('security_txt'), 'data-status')).toBe('implemented');
  await popup.close();
  await fixture.close();
});

it('"Edit profiles" in the popup opens the options page (runtime.openOptionsPage)', async () => {
  const fixture = await FirefoxFixturePage.open(session.extension, session.server, 'zentro');
  const popup = await fixture.openPopup();
  const url = `${EXTENSION_ORIGIN}/options.html`;
  const before = await session.extension.contextsAt(url);
  await popup.clickButton('Edit profiles');
  const context = await session.extension.waitFor('the options tab', async () => (await session.extension.contextsAt(url)).find((c) => !before.includes(c)));
  const options = ExtensionPage.attach(session.extension, context);
  await session.extension.waitFor('the options page to list the presets', async () => (await options.count(OPTIONS.profileItem)) === PRESETS.length);
  await options.close();
  await popup.close();
  await fixture.close();
});

it('the extension logged no JavaScript error', async () => {
  const errors = await session.extension.loggedErrors();
  expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
});
