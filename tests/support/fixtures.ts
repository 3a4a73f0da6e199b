import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

/** The labelled pages under tests/fixtures: source.html + expected.json + meta.json per folder. */
export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

export interface Expected {
  trust_page: boolean;
  vendor?: string;
  controls: Record<string, { status: string | string[]; attributes?: Record<string, unknown> }>;
  optional?: string[];
}

export interface Fixture {
  name: string;
  html: string;
  expected: Expected;
  meta: { url: string; note?: string; strict?: boolean };
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => existsSync(join(FIXTURES_DIR, name, 'source.html')) && existsSync(join(FIXTURES_DIR, name, 'expected.json')))
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(join(FIXTURES_DIR, name, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(FIXTURES_DIR, name, 'expected.json'), 'utf8')) as Expected,
      meta: JSON.parse(readFileSync(join(FIXTURES_DIR, name, 'meta.json'), 'utf8')) as Fixture['meta'],
    }));
}

export function documentOf(html: string, url?: string): Document {
  return new JSDOM(html, url ? { url } : {}).window.document;
}

/** Letters and digits only, lower-cased: how a quote is matched against the page (as the scorer does). */
export const normaliseForQuote = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The scorer's comparison of one expected attribute value with the extracted one. */
export function sameValue(want: unknown, got: unknown): boolean {
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return false;
    const a = new Set(want.map((x) => normaliseForQuote(String(x))));
    const b = new Set(got.map((x) => normaliseForQuote(String(x))));
    return a.size === b.size && [...a].every((x) => b.has(x));
  }
  if (typeof want === 'number') return Number(got) === want;
  return normaliseForQuote(String(want)) === normaliseForQuote(String(got));
}
