/**
 * npm run bench — speed of the extraction pipeline, printed, not asserted.
 * Per fixture page: median time of stage-1 recognition, of the full extraction,
 * and of Mozilla Readability's parse of the same document in the same process,
 * with their ratios. Then a 1 MB real-looking page and 1 MB adversarial inputs
 * in ms per 100 KB, to show cost grows linearly with size.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { auditDocument, auditPage, headOfDocument } from '../extractors/audit.ts';
import { blocksFromDom } from '../extractors/blocks/from-dom.ts';
import { recogniseStage1 } from '../extractors/recognise/recognise.ts';
import { loadFixtures } from '../tests/support/fixtures.ts';
import { execFileSync } from 'node:child_process';
import type { LibraryBench } from './bench-library.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time(fn: () => void, runs = RUNS): number {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** Median time of each function, the functions run one after the other within each run. */
function timeInTurn(fns: (() => void)[], runs = RUNS): number[] {
  for (const fn of fns) fn(); // warm-up
  const samples: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, j) => {
      const t = performance.now();
      fn();
      samples[j]!.push(performance.now() - t);
    });
  }
  return samples.map(median);
}

const fmt = (n: number, d = 2) => n.toFixed(d).padStart(8);

console.log(`Vetter benchmark — median of ${RUNS} runs, ms (Node ${process.version})\n`);
console.log(`${'page'.padEnd(28)}${'stage1'.padStart(8)}${'extract'.padStart(8)}${'readab.'.padStart(8)}${'ext/rd'.padStart(8)}${'s1/rd'.padStart(8)}`);
const extractionRatios: number[] = [];
const stage1Ratios: number[] = [];
for (const f of loadFixtures()) {
  const doc = new JSDOM(f.html, { url: f.meta.url }).window.document;
  // Readability mutates its document, so each run parses a clone (cloning counted, as a fair floor is hard to isolate).
  // The three are timed in turn within each run, so a burst of load on a shared machine hits all of them alike.
  const [stage1, extraction, readability] = timeInTurn([
    () => recogniseStage1(headOfDocument(doc, f.meta.url)),
    () => auditDocument(doc, f.meta.url, { force: true }),
    () => new Readability(doc.cloneNode(true) as Document).parse(),
  ]) as [number, number, number];
  extractionRatios.push(extraction / readability);
  stage1Ratios.push(stage1 / readability);
  console.log(`${f.name.padEnd(28)}${fmt(stage1, 3)}${fmt(extraction)}${fmt(readability)}${fmt(extraction / readability)}${fmt(stage1 / readability, 4)}`);
}

// Scaling: ms per 100 KB for inputs of growing size.
const realPage = (kb: number) => {
  const section = loadFixtures().filter((f) => f.expected.trust_page).map((f) => /<main[\s\S]*<\/main>/.exec(f.html)?.[0] ?? '').join('\n');
  let body = '';
  while (body.length < kb * 1024) body += section;
  return `<!doctype html><html><head><title>Security</title></head><body>${body}</body></html>`;
};
const INPUTS: Record<string, (kb: number) => string> = {
  'real-looking page': realPage,
  'thousands of "not"': (kb) => `<p>${'We are not not SOC 2 certified and do not not encrypt never no '.repeat(Math.ceil((kb * 1024) / 62))}</p>`,
  'one line, no punctuation': (kb) => `<p>${'encrypted backups retained TLS SOC 2 ISO 27001 MFA hours days '.repeat(Math.ceil((kb * 1024) / 62))}</p>`,
  '10,000-row table scaled': (kb) => `<table><tr><th>Control</th><th>Status</th><th>Details</th></tr>${'<tr><td>SOC 2 Type II</td><td>Yes</td><td>Backups retained 30 days</td></tr>'.repeat(Math.ceil((kb * 1024) / 80))}</table>`,
};
console.log(`\n${'input (ms per 100 KB)'.padEnd(28)}${'128 KB'.padStart(10)}${'512 KB'.padStart(10)}${'1 MB'.padStart(10)}`);
for (const [name, make] of Object.entries(INPUTS)) {
  const cells = [128, 512, 1024].map((kb) => {
    const html = make(kb);
    const doc = new JSDOM(html).window.document;
    const ms = time(() => auditPage({ source: name, head: { url: null, title: 'Security', h1: '', description: '' }, blocks: blocksFromDom(doc) }, { force: true }), 3);
    return fmt((ms / html.length) * 100 * 1024, 1).padStart(10);
  });
  console.log(`${name.padEnd(28)}${cells.join('')}`);
}

// The vendor library at scale (targets: each under 1 s).
// run in its own process, as the vendors page is: the extraction runs above leave a heap that is not the page's
const lib = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-library.ts', '--json'], { encoding: 'utf8' })) as LibraryBench;
console.log(`\nvendor library, ${lib.vendors} vendors × ${lib.snapshots / lib.vendors} snapshots (fake-indexeddb in Node), ms:`);
for (const key of ['listVendorsMs', 'compare50Ms', 'diffMs', 'csv1000Ms'] as const) console.log(`  ${key.padEnd(16)}${fmt(lib[key], 1)}`);

console.log(`\nlibrary_list_vendors_ms=${lib.listVendorsMs.toFixed(0)}`);
console.log(`library_compare_50_ms=${lib.compare50Ms.toFixed(0)}`);
console.log(`library_diff_ms=${lib.diffMs.toFixed(1)}`);
console.log(`library_csv_1000_ms=${lib.csv1000Ms.toFixed(0)}`);
console.log(`extraction_vs_readability=${median(extractionRatios).toFixed(3)}`);
console.log(`stage1_vs_readability=${median(stage1Ratios).toFixed(4)}`);
