/**
 * Every page with a hand-set trust-page label, read into what the recogniser sees
 * (head + blocks), in the shape the CLI and the content script read them:
 * tests/corpus/real (Markdown), tests/corpus/real-html (HTML in a site shell, URL
 * from its canonical link), tests/fixtures (HTML + meta.json URL), tests/corpus/seeds.
 * `group` names the source page: the same page in two forms shares a group, so a
 * cross-validation fold never trains on one form and tests on the other.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { headOfDocument } from '../../extractors/audit.ts';
import type { Block } from '../../extractors/blocks/block.ts';
import { blocksFromDom } from '../../extractors/blocks/from-dom.ts';
import { blocksFromText } from '../../extractors/blocks/from-text.ts';
import type { PageHead } from '../../extractors/recognise/recognise.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export type PageSet = 'real-md' | 'real-html' | 'fixture' | 'seed';

export interface LabelledPage {
  name: string;
  set: PageSet;
  group: string;
  trustPage: boolean;
  head: PageHead;
  blocks: Block[];
  /** What audit.ts hands the recogniser: the blocks' text, one a line, and the headings. */
  text: string;
  headings: string[];
}

const label = (file: string): boolean => (JSON.parse(readFileSync(file, 'utf8')) as { trust_page: boolean }).trust_page;

type Read = Pick<LabelledPage, 'head' | 'blocks' | 'text' | 'headings'>;

const withText = (head: PageHead, blocks: Block[]): Read => ({
  head,
  blocks,
  text: blocks.map((b) => b.text).join('\n'),
  headings: blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
});

function fromText(text: string): Read {
  const blocks = blocksFromText(text);
  const h1 = blocks.find((b) => b.kind === 'heading')?.text ?? '';
  return withText({ url: null, title: h1, h1, description: '' }, blocks);
}

function fromHtml(html: string, url: string | null): Read {
  const doc = new JSDOM(html, url ? { url } : {}).window.document;
  const canonical = url ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const pageUrl = canonical && /^https?:\/\//.test(canonical) ? canonical : null;
  const head = headOfDocument(doc, pageUrl);
  return withText(head, blocksFromDom(doc));
}

export function labelledPages(sets: PageSet[] = ['real-md', 'real-html', 'fixture', 'seed']): LabelledPage[] {
  const pages: LabelledPage[] = [];
  const dir = (p: string) => join(ROOT, p);
  if (sets.includes('real-md')) {
    for (const f of readdirSync(dir('tests/corpus/real')).filter((f) => f.endsWith('.md') && f !== 'INDEX.md').sort()) {
      const name = f.replace(/\.md$/, '');
      pages.push({ name, set: 'real-md', group: `real:${name}`, trustPage: label(dir(`tests/corpus/real/${name}.expected.json`)), ...fromText(readFileSync(dir(`tests/corpus/real/${f}`), 'utf8')) });
    }
  }
  if (sets.includes('real-html')) {
    for (const f of readdirSync(dir('tests/corpus/real-html')).filter((f) => f.endsWith('.html')).sort()) {
      const name = f.replace(/\.html$/, '');
      pages.push({ name, set: 'real-html', group: `real:${name}`, trustPage: label(dir(`tests/corpus/real-html/${name}.expected.json`)), ...fromHtml(readFileSync(dir(`tests/corpus/real-html/${f}`), 'utf8'), null) });
    }
  }
  if (sets.includes('fixture')) {
    for (const name of readdirSync(dir('tests/fixtures')).sort()) {
      const base = dir(`tests/fixtures/${name}`);
      if (!existsSync(join(base, 'source.html')) || !existsSync(join(base, 'expected.json'))) continue;
      const meta = existsSync(join(base, 'meta.json')) ? (JSON.parse(readFileSync(join(base, 'meta.json'), 'utf8')) as { url?: string }) : {};
      // a fixture named as a seed is the seed's page as HTML: one group
      pages.push({ name, set: 'fixture', group: `own:${name}`, trustPage: label(join(base, 'expected.json')), ...fromHtml(readFileSync(join(base, 'source.html'), 'utf8'), meta.url ?? null) });
    }
  }
  if (sets.includes('seed')) {
    for (const f of readdirSync(dir('tests/corpus/seeds')).filter((f) => f.endsWith('.txt')).sort()) {
      const name = f.replace(/\.txt$/, '');
      pages.push({ name, set: 'seed', group: `own:${name}`, trustPage: label(dir(`tests/corpus/seeds/${name}.expected.json`)), ...fromText(readFileSync(dir(`tests/corpus/seeds/${f}`), 'utf8')) });
    }
  }
  return pages;
}
