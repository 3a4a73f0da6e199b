#!/usr/bin/env -S npx tsx
/**
 * npm run fit:recognition [-- --dry-run]
 *
 * Fits the trust-page recogniser (stage 2) on every labelled page: the real
 * corpus as Markdown and as HTML in a site shell, the own fixtures and the seeds.
 * Logistic regression with L2, on standardised features; the L2 strength is the
 * one with the best leave-one-group-out accuracy. Prints:
 *   - leave-one-group-out accuracy (a group is one source page, so a page's
 *     Markdown and HTML forms are always in the same fold),
 *   - a 3-way rotation on the real corpus: fit on 2/3 of its pages (plus the own
 *     pages), test on the other 1/3, each fold's accuracy,
 *   - the fit on all pages, its misses and weights,
 * and writes the weights to extractors/recognise/weights.ts (unless --dry-run).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FEATURE_NAMES, MIN_SENTENCES_TO_CONFIRM, pageFeatures, type Features } from '../extractors/recognise/features.ts';
import type { RecognitionModel } from '../extractors/recognise/model.ts';
import { labelledPages, type LabelledPage } from './lib/labelled-pages.ts';

/** Tunables of the fit. */
const L2_GRID = [0.01, 0.03, 0.1, 0.3, 1, 3];
const ITERATIONS = 50;
const THRESHOLD = 0.5;
const ROTATIONS = 3;
const WEIGHTS_FILE = resolve(import.meta.dirname, '../extractors/recognise/weights.ts');

interface Row { page: LabelledPage; x: number[]; y: number; sentences: number }

const vectorOf = (f: Features) => FEATURE_NAMES.map((n) => f[n]);

interface Scaler { mean: number[]; sd: number[] }
function scalerOf(rows: Row[]): Scaler {
  const d = FEATURE_NAMES.length;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r.x[j]!, 0) / rows.length);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(rows.reduce((s, r) => s + (r.x[j]! - mean[j]!) ** 2, 0) / rows.length) || 1);
  return { mean, sd };
}
const scale = (s: Scaler, x: number[]) => x.map((v, j) => (v - s.mean[j]!) / s.sd[j]!);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

interface Fit { scaler: Scaler; w: number[]; b: number }

/**
 * Newton's method (iteratively reweighted least squares) on the mean log-loss plus
 * l2·|w|²/2 (the bias is not penalised); the two classes weigh the same in total,
 * so the many trust pages do not drown the negatives.
 */
function fit(rows: Row[], l2: number): Fit {
  const scaler = scalerOf(rows);
  const xs = rows.map((r) => [...scale(scaler, r.x), 1]);
  const pos = rows.filter((r) => r.y === 1).length;
  const sampleWeight = rows.map((r) => rows.length / (2 * (r.y === 1 ? pos : rows.length - pos)) / rows.length);
  const d = FEATURE_NAMES.length + 1;
  let beta = new Array<number>(d).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = beta.map((v, j) => (j < d - 1 ? l2 * v : 0));
    const hess = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i < d - 1 ? l2 : 0)));
    rows.forEach((r, k) => {
      const x = xs[k]!;
      const p = sigmoid(x.reduce((s, v, j) => s + v * beta[j]!, 0));
      const sw = sampleWeight[k]!;
      const e = (p - r.y) * sw;
      const h = p * (1 - p) * sw;
      for (let i = 0; i < d; i++) {
        grad[i]! += e * x[i]!;
        for (let j = 0; j < d; j++) hess[i]![j]! += h * x[i]! * x[j]!;
      }
    });
    const step = solve(hess, grad);
    beta = beta.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { scaler, w: beta.slice(0, d - 1), b: beta[d - 1]! };
}

/** Gaussian elimination with partial pivoting: solves A·x = v for the Newton step. */
function solve(a: number[][], v: number[]): number[] {
  const n = v.length;
  const m = a.map((row, i) => [...row, v[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

const predict = (f: Fit, x: number[]) => sigmoid(f.b + scale(f.scaler, x).reduce((s, v, j) => s + v * f.w[j]!, 0));
/** As recognise() decides: the model's score, and a page with no sentence is never confirmed. */
const correct = (f: Fit, r: Row) => (r.sentences >= MIN_SENTENCES_TO_CONFIRM && predict(f, r.x) >= THRESHOLD ? 1 : 0) === r.y;

/** Leave one group out: every source page is tested by a model that never saw it in any form. */
function leaveOneGroupOut(rows: Row[], l2: number): { right: number; misses: Row[] } {
  const groups = [...new Set(rows.map((r) => r.page.group))];
  const misses: Row[] = [];
  for (const g of groups) {
    const model = fit(rows.filter((r) => r.page.group !== g), l2);
    for (const r of rows.filter((r) => r.page.group === g)) if (!correct(model, r)) misses.push(r);
  }
  return { right: rows.length - misses.length, misses };
}

/** The real corpus's source pages in three folds, each label spread evenly over them (by name order). */
function realFolds(rows: Row[]): string[][] {
  const folds: string[][] = Array.from({ length: ROTATIONS }, () => []);
  for (const label of [1, 0]) {
    const groups = [...new Set(rows.filter((r) => r.page.group.startsWith('real:') && r.y === label).map((r) => r.page.group))].sort();
    groups.forEach((g, i) => folds[i % ROTATIONS]!.push(g));
  }
  return folds;
}

const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / b).toFixed(1)}%)`;
const describe = (r: Row, p: number) => `${r.page.set} ${r.page.name}: labelled ${r.y ? 'trust page' : 'not a trust page'}, score ${p.toFixed(2)}`;

function main() {
  const dryRun = process.argv.includes('--dry-run');
  const pages = labelledPages();
  const rows: Row[] = pages.map((page) => {
    const features = pageFeatures(page.head, page.blocks);
    return { page, x: vectorOf(features), y: page.trustPage ? 1 : 0, sentences: features.sentences };
  });
  const groups = new Set(rows.map((r) => r.page.group)).size;
  console.log(`${rows.length} labelled pages in ${groups} source groups (${rows.filter((r) => r.y).length} trust pages)`);
  for (const set of ['real-md', 'real-html', 'fixture', 'seed']) console.log(`  ${set}: ${rows.filter((r) => r.page.set === set).length}`);

  console.log('\nleave-one-group-out accuracy by L2 strength:');
  let best = { l2: L2_GRID[0]!, right: -1, misses: [] as Row[] };
  for (const l2 of L2_GRID) {
    const { right, misses } = leaveOneGroupOut(rows, l2);
    console.log(`  l2=${l2}: ${pct(right, rows.length)}`);
    if (right > best.right) best = { l2, right, misses };
  }
  console.log(`chosen l2=${best.l2}; its leave-one-group-out misses:`);
  for (const r of best.misses) console.log(`  ${r.page.set} ${r.page.name} (labelled ${r.y ? 'trust page' : 'not'})`);
  for (const set of ['real-md', 'real-html', 'fixture', 'seed']) {
    const n = rows.filter((r) => r.page.set === set).length;
    console.log(`  ${set}: ${pct(n - best.misses.filter((r) => r.page.set === set).length, n)}`);
  }

  console.log(`\nreal corpus, fit on 2/3 (plus the own pages), test on the other 1/3, rotated ${ROTATIONS} times (l2=${best.l2}):`);
  const folds = realFolds(rows);
  let heldRight = 0;
  let heldAll = 0;
  folds.forEach((fold, i) => {
    const held = new Set(fold);
    const model = fit(rows.filter((r) => !held.has(r.page.group)), best.l2);
    const test = rows.filter((r) => held.has(r.page.group));
    const right = test.filter((r) => correct(model, r)).length;
    heldRight += right;
    heldAll += test.length;
    const md = test.filter((r) => r.page.set === 'real-md');
    const html = test.filter((r) => r.page.set === 'real-html');
    console.log(`  fold ${i + 1}: ${pct(right, test.length)} — md ${pct(md.filter((r) => correct(model, r)).length, md.length)}, html ${pct(html.filter((r) => correct(model, r)).length, html.length)}`);
    for (const r of test.filter((r) => !correct(model, r))) console.log(`    miss ${describe(r, predict(model, r.x))}`);
  });
  console.log(`  all folds: ${pct(heldRight, heldAll)}`);

  const final = fit(rows, best.l2);
  console.log('\nfit on all pages:');
  for (const set of ['real-md', 'real-html', 'fixture', 'seed']) {
    const s = rows.filter((r) => r.page.set === set);
    console.log(`  ${set}: ${pct(s.filter((r) => correct(final, r)).length, s.length)}`);
  }
  for (const r of rows.filter((r) => !correct(final, r))) console.log(`  miss ${describe(r, predict(final, r.x))}`);
  console.log('\nweights (on standardised features):');
  FEATURE_NAMES.map((n, j) => [n, final.w[j]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).forEach(([n, w]) => console.log(`  ${n.padEnd(28)}${w >= 0 ? ' ' : ''}${w.toFixed(3)}`));

  const model: RecognitionModel = {
    fitted: { pages: rows.length, groups, l2: best.l2, note: 'written by npm run fit:recognition (scripts/fit-recognition.ts); do not edit by hand' },
    bias: round(final.b),
    threshold: THRESHOLD,
    features: FEATURE_NAMES.map((name, j) => ({ name, mean: round(final.scaler.mean[j]!), sd: round(final.scaler.sd[j]!), weight: round(final.w[j]!) })),
  };
  if (dryRun) return;
  writeFileSync(WEIGHTS_FILE, [
    '// Written by `npm run fit:recognition` (scripts/fit-recognition.ts) from the labelled pages: do not edit by hand.',
    "import type { RecognitionModel } from './model.ts';",
    '',
    `export const RECOGNITION_MODEL: RecognitionModel = ${JSON.stringify(model, null, 2)};`,
    '',
  ].join('\n'));
  console.log(`\nwrote ${WEIGHTS_FILE}`);
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

main();
