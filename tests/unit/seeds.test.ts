import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../extractors/audit.ts';
import type { ControlId } from '../../extractors/schema/index.ts';
import { sameValue, type Expected } from '../support/fixtures.ts';

/** The shared seed pages as plain text (the scorer's input), read by the text path of the pipeline. */
const SEEDS = resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];

describe.skipIf(!seeds.length)('seed text pages', () => {
  it.each(seeds)('%s reads exactly as labelled', (file) => {
    const expected = JSON.parse(readFileSync(join(SEEDS, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
    const report = auditText(readFileSync(join(SEEDS, file), 'utf8'), file);
    expect(report.recognition.isTrustPage).toBe(expected.trust_page);
    const optional = new Set(expected.optional ?? []);
    const problems: string[] = [];
    for (const [id, want] of Object.entries(expected.controls)) {
      if (optional.has(id)) continue;
      const have = report.controls[id as ControlId];
      if (!have) { problems.push(`missed ${id}`); continue; }
      if (![want.status].flat().includes(have.status)) problems.push(`${id}: ${have.status}`);
      for (const [k, v] of Object.entries(want.attributes ?? {})) if (!sameValue(v, have.attributes[k])) problems.push(`${id}.${k}=${JSON.stringify(have.attributes[k])}`);
    }
    for (const id of Object.keys(report.controls)) if (!expected.controls[id] && !optional.has(id)) problems.push(`spurious ${id}`);
    expect(problems).toEqual([]);
  });
});
