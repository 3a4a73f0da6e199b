import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, fixtureNames } from './fixture-server.ts';

/** A fixture's labels: tests/fixtures/<name>/expected.json (and meta.json). */
export interface Expected {
  trust_page: boolean;
  vendor?: string;
  controls: Record<string, { status: string | string[]; attributes?: Record<string, unknown> }>;
  optional?: string[];
}

export interface Meta {
  url?: string;
  note?: string;
}

export function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, name, 'expected.json'), 'utf8')) as Expected;
}

export function metaOf(name: string): Meta {
  const file = join(FIXTURES_DIR, name, 'meta.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Meta) : {};
}

/** The statuses a control may have: `status` is one status or a list of acceptable ones. */
export const statusesOf = (want: { status: string | string[] }): string[] => [want.status].flat();

/** The controls a trust page must show, without those labelled optional. */
export function requiredControls(expected: Expected): [string, string[]][] {
  const optional = new Set(expected.optional ?? []);
  return Object.entries(expected.controls)
    .filter(([id]) => !optional.has(id))
    .map(([id, want]) => [id, statusesOf(want)]);
}

/** The seed pages every build must read (present ones only). */
export const SEED_FIXTURES = ['centrali', 'zentralink', 'zentrik', 'zentro', 'zenworkflow'].filter((n) =>
  existsSync(join(FIXTURES_DIR, n, 'expected.json')),
);

/** Hard negatives: folders named neg-* with labels. */
export const NEGATIVE_FIXTURES = fixtureNames(FIXTURES_DIR, { labelled: true }).filter((n) => n.startsWith('neg-'));
