/**
 * npm run bench:popup — time from opening the popup to the scorecard painted, in
 * real Chromium with the built extension, on every seed fixture (run `npm run
 * build` first). Reads the popup's performance mark; prints figures, asserts nothing.
 */
import { startFixtureServer } from '../tests/e2e/support/fixture-server.ts';
import { launchExtension } from '../tests/e2e/support/extension.ts';
import { FixturePage } from '../tests/e2e/support/pages.ts';

const SEEDS = ['centrali', 'zentralink', 'zentrik', 'zentro', 'zenworkflow'];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = Math.floor(s.length / 2); return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

const server = await startFixtureServer();
const { extension, close } = await launchExtension(server);
const all: number[] = [];
try {
  console.log(`popup open → scorecard painted, median of ${RUNS} opens (ms)`);
  for (const name of SEEDS) {
    const fixture = await FixturePage.open(extension, name);
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const popup = await extension.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=${fixture.tabId}`);
      const painted = await popup.waitForFunction(() => performance.getEntriesByName('vetter-scorecard-painted')[0]?.startTime ?? false, undefined, { timeout: 10_000 });
      samples.push(Number(await painted.jsonValue()));
      await popup.close();
    }
    all.push(...samples);
    console.log(`${name.padEnd(14)} ${median(samples).toFixed(1).padStart(7)}`);
    await fixture.page.close();
  }
  console.log(`popup_to_scorecard_ms=${median(all).toFixed(1)}`);
} finally {
  await close();
  await server.stop();
}
