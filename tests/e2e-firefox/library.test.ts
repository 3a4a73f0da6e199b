import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { byTestId, changeRowOf, LIBRARY_CHANGES, LIBRARY_PAIR, OPTIONS, PRESETS, TEST_IDS, VENDORS } from '../e2e/support/popup-contract.ts';
import { EXTENSION_ORIGIN } from './support/extension.ts';
import { ExtensionPage, FirefoxFixturePage, type FirefoxPopupPage } from './support/pages.ts';
import { firefoxSession } from './support/session.ts';

/**
 * The Firefox build's vendor library and extension pages (as tests/e2e/library.spec.ts and options.spec.ts
 * in Chromium): save a vendor, see "Changed since" and the classified changes on its second version, the
 * vendor library page opened from the popup (tabs.create + runtime.getURL) lists it, the options page
 * lists the presets. The library lives in the extension's IndexedDB, empty on the fresh profile.
 */

const session = firefoxSession();
const opened: { close(): Promise<void> }[] = [];

async function popupFor(name: string): Promise<FirefoxPopupPage> {
  const fixture = await FirefoxFixturePage.open(session.extension, session.server, name);
  const popup = await fixture.openPopup();
  opened.push(fixture, popup);
  expect(await popup.state()).toBe('report');
  return popup;
}

const snapshotPhase = (popup: FirefoxPopupPage) => popup.attribute(byTestId(TEST_IDS.snapshot), 'data-phase');

async function saveFromPopup(popup: FirefoxPopupPage) {
  await popup.click(byTestId(TEST_IDS.saveVendor));
  await session.extension.waitFor('the snapshot saved', async () => (await snapshotPhase(popup)) === 'current');
  expect(await popup.text(byTestId(TEST_IDS.snapshotStatus))).toContain('Snapshot saved');
}

it('save v1, open v2: "Changed since", one regression and one improvement; save v2; seen again it is current', async () => {
  const v1 = await popupFor(LIBRARY_PAIR.v1);
  expect(await session.extension.waitFor('the library checked', async () => { const p = await snapshotPhase(v1); return p !== 'checking' && p; })).toBe('unsaved');
  await saveFromPopup(v1);

  const v2 = await popupFor(LIBRARY_PAIR.v2);
  expect(await session.extension.waitFor('the library checked', async () => { const p = await snapshotPhase(v2); return p !== 'checking' && p; })).toBe('changed');
  expect(await v2.text(byTestId(TEST_IDS.snapshotStatus))).toMatch(/^Changed since \d{4}-\d{2}-\d{2} \d{2}:\d{2} \S+$/);
  expect(await v2.count(`${byTestId(TEST_IDS.changes)} li`)).toBe(LIBRARY_CHANGES.length);
  for (const { control, kind, classification } of LIBRARY_CHANGES) {
    expect(await v2.attribute(changeRowOf(control, kind), 'data-classification'), `${control} ${kind}`).toBe(classification);
  }
  expect(await v2.text(changeRowOf('backups', 'attribute'))).toMatch(/7\D+5/);
  await saveFromPopup(v2);

  const again = await popupFor(LIBRARY_PAIR.v2);
  await session.extension.waitFor('the library checked', async () => (await snapshotPhase(again)) === 'current');
  expect(await again.text(byTestId(TEST_IDS.snapshotStatus))).toContain('no change since');
  while (opened.length) await opened.pop()!.close();
});

it('the popup opens the vendor library (tabs.create, runtime.getURL): the vendor with two snapshots and one regression; its checklist CSV downloads', async () => {
  const p = await popupFor(LIBRARY_PAIR.v2);
  const url = `${EXTENSION_ORIGIN}/vendors.html`;
  const before = await session.extension.contextsAt(url);
  await p.click(byTestId(TEST_IDS.openLibrary));
  const context = await session.extension.waitFor('the vendor library tab', async () => (await session.extension.contextsAt(url)).find((c) => !before.includes(c)));
  const vendors = ExtensionPage.attach(session.extension, context);
  await vendors.waitForSelector(VENDORS.ready);
  const row = VENDORS.rowOf(LIBRARY_PAIR.domain);
  expect(await vendors.text(`${row} ${byTestId(TEST_IDS.snapshotCount)}`)).toBe('2');
  expect(await vendors.text(`${row} ${byTestId(TEST_IDS.regressions)}`)).toBe('1');

  // the checklist CSV of the latest snapshot, saved through an <a download> on a blob URL (no downloads permission)
  await vendors.click(`${row} ${byTestId(TEST_IDS.openVendor)}`);
  await vendors.click(byTestId(TEST_IDS.historyChecklist));
  const { downloadsDir } = session.extension;
  const file = await session.extension.waitFor('the checklist CSV in the downloads folder', async () => readdirSync(downloadsDir).find((f) => /^vetter-checklist-.*\.csv$/.test(f)));
  const bytes = await session.extension.waitFor('the download to finish', async () => { const b = readFileSync(join(downloadsDir, file)); return b.length > 0 && b; });
  expect([...bytes.subarray(0, 3)], 'UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
  const rows: string[][] = parse(bytes.toString('utf8'), { bom: true });
  const header = rows[0]!.map((h) => h.toLowerCase());
  const backups = rows.find((r) => r[header.indexOf('requirement')] === 'Backups');
  expect(backups?.[header.indexOf('verdict')]).toBe('failed');
  await vendors.close();
  while (opened.length) await opened.pop()!.close();
});

it('the options page loads: the presets, read-only, Enterprise active', async () => {
  const options = ExtensionPage.attach(session.extension, await session.extension.openExtensionPage('/options.html'));
  await session.extension.waitFor('the profiles listed', async () => (await options.count(OPTIONS.profileItem)) === PRESETS.length);
  const ids = await session.extension.call(options.context, (s: string) => Array.from(document.querySelectorAll(s)).map((li) => li.getAttribute('data-profile-id')), OPTIONS.profileItem);
  expect(ids).toEqual(PRESETS.map(([id]) => id));
  for (const [id] of PRESETS) expect(await options.text(OPTIONS.profileItemOf(id))).toContain('read-only');
  expect(await options.attribute(OPTIONS.profileItemOf('enterprise'), 'data-active')).toBe('true');
  await options.close();
});

it('the extension logged no JavaScript error', async () => {
  const errors = await session.extension.loggedErrors();
  expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
});
