import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../../../extractors/schema/zod.ts';

/**
 * The extension's CSP forbids eval: zod must never probe `new Function` (Firefox logs the refused eval as
 * an error in every extension page that parses). Every schema takes `z` from extractors/schema/zod.ts,
 * which turns the JIT off before any schema is built.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const CONFIG_MODULE = 'extractors/schema/zod.ts';
const sourcesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const p = join(dir, name);
    return statSync(join(ROOT, p)).isDirectory() ? sourcesUnder(p) : /\.tsx?$/.test(name) ? [p] : [];
  });

describe('zod in the extension', () => {
  it('is configured jitless by the module every schema imports', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('is imported from extractors/schema/zod.ts only, never from "zod" directly', () => {
    const direct = ['entrypoints', 'components', 'lib', 'extractors', 'scripts']
      .flatMap(sourcesUnder)
      .filter((file) => file !== CONFIG_MODULE)
      .filter((file) => /^\s*import\b[^'"]*from\s+['"]zod(?:\/[^'"]*)?['"]/m.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(direct).toEqual([]);
  });
});
