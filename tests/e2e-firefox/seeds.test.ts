import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedOf, requiredControls, SEED_FIXTURES } from '../e2e/support/labels.ts';
import { badgeFor, byTestId, rankedOrder, ENTERPRISE, ENTERPRISE_VERDICTS, highlightCovers, POPUP, SEEDS, TEST_IDS } from '../e2e/support/popup-contract.ts';
import { FirefoxFixturePage, type FirefoxPopupPage } from './support/pages.ts';
import { firefoxSession } from './support/session.ts';

/**
 * The Firefox build on the seed trust pages and a hard negative, checked against the same labels and
 * spec verdicts as the Chromium suite (tests/e2e/popup.spec.ts, scorecard.spec.ts): recognition and
 * badge, the claims and requirement rows of the popup, every scorecard quote highlighted on the page.
 */

const NEGATIVE = 'neg-soc2-glossary';

const session = firefoxSession();

it('the five seed fixtures are present', () => {
  expect([...SEED_FIXTURES].sort()).toEqual([...SEEDS].sort());
});

describe.each(SEEDS)('%s', (name) => {
  let fixture: FirefoxFixturePage;
  let popup: FirefoxPopupPage;

  beforeAll(async () => {
    fixture = await FirefoxFixturePage.open(session.extension, session.server, name);
  });
  afterAll(async () => {
    await popup?.close();
    await fixture?.close();
  });

  it('is recognised and badged: ✓ or the number of failed requirements', async () => {
    expect(await fixture.waitForBadge('set by report-ready', (t) => /^(?:✓|[1-9]\d*)$/.test(t))).toMatch(/^(?:✓|[1-9]\d*)$/);
    popup = await fixture.openPopup();
    expect(await popup.state()).toBe('report');
    const vendor = expectedOf(name).vendor;
    if (vendor) expect(await popup.vendor()).toBe(vendor);
    expect(await popup.text(byTestId(TEST_IDS.textSize))).toContain('k characters');
  });

  it('the popup lists every labelled control with its labelled status', async () => {
    const rows = new Map((await popup.claims()).map((c) => [c.control, c.status]));
    const problems: string[] = [];
    for (const [id, statuses] of requiredControls(expectedOf(name))) {
      const status = rows.get(id);
      if (status === undefined) problems.push(`missing row ${id} (want ${statuses.join('|')})`);
      else if (!statuses.includes(status)) problems.push(`${id}: data-status=${status}, want ${statuses.join('|')}`);
    }
    expect(problems, `rows shown: ${JSON.stringify([...rows])}`).toEqual([]);
  });

  it('Enterprise: one row per requirement, ranked (failed, partial, unknown, met), the spec verdicts, summary = rows, badge', async () => {
    const verdicts = await popup.verdicts();
    expect([...verdicts.map((r) => r.control)].sort()).toEqual([...ENTERPRISE].sort());
    expect(verdicts.map((r) => r.control)).toEqual(rankedOrder(verdicts, ENTERPRISE));
    const byControl = new Map(verdicts.map((r) => [r.control, r.verdict]));
    for (const [control, verdict] of Object.entries(ENTERPRISE_VERDICTS[name] ?? {})) expect(byControl.get(control), `${name} ${control}`).toBe(verdict);
    const counts = await popup.verdictCounts();
    expect(await popup.summaryCounts()).toEqual(counts);
    expect(await fixture.waitForBadge(`= ${badgeFor(counts)}`, (t) => t === badgeFor(counts))).toBe(badgeFor(counts));
  });

  it('every scorecard quote highlights its text on the page', async () => {
    const controls: string[] = [];
    for (const { control } of await popup.verdicts()) if ((await popup.count(popup.verdictQuote(control))) > 0) controls.push(control);
    expect(controls.length).toBeGreaterThan(0);
    expect(await fixture.highlightedText()).toBeNull();
    for (const control of controls) {
      const quote = await popup.clickVerdictQuote(control);
      await session.extension.waitFor(`the highlight of ${control}: ${JSON.stringify(quote)}`, async () => highlightCovers(quote, (await fixture.highlightedText()) ?? ''));
      expect(await popup.text(popup.verdictQuote(control)), `${control} quote found on the page`).not.toContain('(no longer on the page)');
    }
  });
});

describe(`${NEGATIVE} (hard negative)`, () => {
  it('is not a trust page: no badge, and "Audit anyway" audits for the popup only', async () => {
    const fixture = await FirefoxFixturePage.open(session.extension, session.server, NEGATIVE);
    const popup = await fixture.openPopup();
    expect(await popup.state()).toBe('not-trust-page');
    expect(await popup.count(POPUP.verdictRow)).toBe(0);
    for (let i = 0; i < 4; i++) {
      expect(await fixture.badgeText(), 'badge of a hard negative').toBe('');
      await new Promise((ok) => setTimeout(ok, 150));
    }
    await popup.clickButton('Audit anyway');
    await session.extension.waitFor('the forced audit', async () => (await popup.state()) === 'report' || (await popup.count(byTestId(TEST_IDS.noClaims))) > 0);
    expect(await fixture.badgeText()).toBe('');
    await popup.close();
    await fixture.close();
  });
});

it('the extension logged no JavaScript error', async () => {
  const errors = await session.extension.loggedErrors();
  expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
});
