/**
 * npm run bench:page — what the extension costs the pages the buyer opens, in real Chromium
 * (run `npm run build` first). Two browsers in the same run, with the same flags: one with the
 * built extension, one without. On each page (three ordinary pages and one trust page) it reads
 * CDP Performance.getMetrics after the page settled and a garbage collection: main-thread script
 * time and JS heap, median of the runs, and prints the difference. Then the size of what the
 * content script loads on every page, and of the engine loaded only where needed.
 * Prints figures, asserts nothing.
 *
 *   BENCH_RUNS=5 npm run bench:page [-- --extension .output/chrome-mv3]
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumExecutablePath } from '../tests/e2e/support/chromium.ts';
import { BROWSER_ARGS, EXTENSION_DIR, launchExtension } from '../tests/e2e/support/extension.ts';
import { startFixtureServer } from '../tests/e2e/support/fixture-server.ts';
import { ORDINARY_PAGES, routeOrdinaryPages } from '../tests/e2e/support/ordinary-pages.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** How long a page is left alone before it is measured: the content script runs at document_idle, the engine when the browser is idle (≤ 2 s). */
const SETTLE_MS = { ordinary: 1_500, trust: 3_500 };
const TRUST_FIXTURE = 'zentrik';
/** Strings only a public-suffix list holds: an ICANN suffix and a private one. */
const PSL_MARKERS = { icann: 'kawasaki', private: 'blogspot' };

const argDir = process.argv.indexOf('--extension');
const extensionDir = argDir > 0 ? resolve(process.argv[argDir + 1]!) : EXTENSION_DIR;

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = Math.floor(s.length / 2); return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

interface Sample { scriptMs: number; heapKb: number }

async function measure(context: BrowserContext, url: string, settleMs: number): Promise<Sample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return { scriptMs: get('ScriptDuration') * 1000, heapKb: get('JSHeapUsedSize') / 1024 };
  } finally {
    await page.close();
  }
}

function sizesOf(dir: string) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const perPage = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const engine = ['engine.js'].filter((f) => { try { return statSync(join(dir, f)).isFile(); } catch { return false; } });
  const describe = (files: string[]) => {
    const text = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const psl = text.includes(PSL_MARKERS.private) ? 'full' : text.includes(PSL_MARKERS.icann) ? 'ICANN only' : 'none';
    return { files, bytes: Buffer.byteLength(text), gzip: gzipSync(text).length, psl };
  };
  return { perPage: describe(perPage), engine: engine.length ? describe(engine) : null };
}

const server = await startFixtureServer();
const { extension, close } = await launchExtension(server, extensionDir);
const plainDir = mkdtempSync(join(tmpdir(), 'vetter-bench-plain-'));
const plain = await chromium.launchPersistentContext(plainDir, { executablePath: chromiumExecutablePath(), headless: true, args: BROWSER_ARGS });
try {
  await routeOrdinaryPages(extension.context);
  await routeOrdinaryPages(plain);
  const pages = [
    ...ORDINARY_PAGES.map((p) => ({ name: p.name, url: p.url, settle: SETTLE_MS.ordinary, ordinary: true })),
    { name: `trust page (${TRUST_FIXTURE})`, url: server.urlOf(TRUST_FIXTURE), settle: SETTLE_MS.trust, ordinary: false },
  ];
  console.log(`extension: ${extensionDir}`);
  console.log(`main-thread script time (ms) and JS heap (KB) after the page settled, median of ${RUNS} loads each, without → with the extension`);
  console.log(`${'page'.padEnd(44)} ${'script ms'.padStart(20)} ${'Δ ms'.padStart(7)} ${'heap KB'.padStart(20)} ${'Δ KB'.padStart(7)}`);
  const ordinaryDeltas: number[] = [];
  for (const p of pages) {
    const without: Sample[] = [];
    const withExt: Sample[] = [];
    // interleaved, so that a busy moment on the machine hits both sides alike
    for (let i = 0; i < RUNS; i++) {
      without.push(await measure(plain, p.url, p.settle));
      withExt.push(await measure(extension.context, p.url, p.settle));
    }
    const s0 = median(without.map((s) => s.scriptMs)); const s1 = median(withExt.map((s) => s.scriptMs));
    const h0 = median(without.map((s) => s.heapKb)); const h1 = median(withExt.map((s) => s.heapKb));
    if (p.ordinary) ordinaryDeltas.push(s1 - s0);
    console.log(`${p.name.padEnd(44)} ${`${s0.toFixed(1)} → ${s1.toFixed(1)}`.padStart(20)} ${(s1 - s0).toFixed(1).padStart(7)} ${`${h0.toFixed(0)} → ${h1.toFixed(0)}`.padStart(20)} ${(h1 - h0).toFixed(0).padStart(7)}`);
  }
  const { perPage, engine } = sizesOf(extensionDir);
  console.log(`loaded on every page: ${perPage.files.join(', ')} — ${(perPage.bytes / 1024).toFixed(1)} KB (${(perPage.gzip / 1024).toFixed(1)} KB gzip), public-suffix list: ${perPage.psl}`);
  if (engine) console.log(`loaded only where needed: ${engine.files.join(', ')} — ${(engine.bytes / 1024).toFixed(1)} KB (${(engine.gzip / 1024).toFixed(1)} KB gzip), public-suffix list: ${engine.psl}`);
  console.log(`ordinary_page_extra_script_ms=${median(ordinaryDeltas).toFixed(1)}`);
  console.log(`per_page_script_kb=${(perPage.bytes / 1024).toFixed(1)}`);
} finally {
  await plain.close().catch(() => undefined);
  rmSync(plainDir, { recursive: true, force: true });
  await close();
  await server.stop();
}
