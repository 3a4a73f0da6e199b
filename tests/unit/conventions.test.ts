import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CONTROLS } from '../../extractors/controls/index.ts';
import { CONTROL_IDS } from '../../extractors/schema/index.ts';

/** The shape rules of the code base, checked over the folders (as refined-github checks its features folder). */
const ROOT = resolve(import.meta.dirname, '../..');
const filesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const p = join(dir, name);
    return statSync(join(ROOT, p)).isDirectory() ? filesUnder(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
const importsOf = (file: string) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^\s*(?:import|export)\b(?!\s+type\b)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('extractors/controls', () => {
  it('covers every control of the catalog exactly once', () => {
    const ids = ALL_CONTROLS.map((c) => c.control);
    expect([...ids].sort()).toEqual([...CONTROL_IDS].sort());
  });

  it('gives every control a way to be named: mentions, polar wording or a topic', () => {
    for (const c of ALL_CONTROLS) expect(c.mentions.length + (c.polar?.length ?? 0) + (c.topic ? 1 : 0), c.control).toBeGreaterThan(0);
  });

  it('keeps each family file small and of one shape: exported arrays of control patterns', () => {
    for (const file of filesUnder('extractors/controls').filter((f) => !/(index|types)\.ts$/.test(f))) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      expect(source.split('\n').length, file).toBeLessThan(200);
      expect(source, file).toMatch(/export const \w+: ControlPatterns\[\] = \[/);
    }
  });
});

describe('dependency direction: entrypoints → components → lib → extractors', () => {
  const layers = ['entrypoints', 'components', 'lib', 'extractors'];
  const rank = (path: string) => layers.findIndex((l) => path.startsWith(`${l}/`));

  it.each(layers)('%s imports nothing from a layer above it', (layer) => {
    const bad: string[] = [];
    for (const file of filesUnder(layer)) {
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = relative(ROOT, resolve(ROOT, file, '..', spec));
        if (rank(target) >= 0 && rank(target) < rank(file)) bad.push(`${file} → ${target}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('extractors use no browser API, so the CLI and tests run the same code', () => {
    for (const file of filesUnder('extractors')) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      expect(source, file).not.toMatch(/\bbrowser\.|\bchrome\.|wxt\//);
    }
  });

  it('the content script pulls in no zod (it loads on every page)', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of importsOf(file)) {
        if (spec === 'zod') throw new Error(`${file} imports zod`);
        if (spec.startsWith('.')) visit(relative(ROOT, resolve(ROOT, file, '..', spec)));
      }
    };
    expect(() => visit('lib/content-script.ts')).not.toThrow();
  });

  it('the content script on every page pulls in neither the claim engine nor a public-suffix list (the engine is injected only where needed)', () => {
    const ENGINE = /extractors\/(?:index|audit|claims|units|vendor)\.ts$|extractors\/recognise\/(?:recognise|features|vocabulary|model|weights)\.ts$|extractors\/(?:controls|language\/(?!regex-cache)|blocks|schema|security-txt)\/|lib\/(?:page-engine|page\/|security-txt\/|library\/)/;
    const seen = new Set<string>();
    const visit = (file: string, from: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (ENGINE.test(file)) throw new Error(`${from} pulls in ${file}`);
      for (const spec of importsOf(file)) {
        // wxt/browser reads the extension API as it loads; lib/platform/extension-api.ts reads it on first use
        if (spec === 'tldts' || spec === 'zod' || spec === 'wxt/browser') throw new Error(`${file} imports ${spec}`);
        if (spec.startsWith('.')) visit(relative(ROOT, resolve(ROOT, file, '..', spec)), file);
      }
    };
    expect(() => visit('entrypoints/content-script.ts', 'entrypoints/content-script.ts')).not.toThrow();
  });

  /** Every file a file pulls in through static imports; `forbid` names why when a file or an import is forbidden. */
  const walk = (entry: string, forbid: (file: string, spec: string | null) => string | null) => {
    const seen = new Set<string>();
    const visit = (file: string, from: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const bad = forbid(file, null);
      if (bad) throw new Error(`${from} pulls in ${file}: ${bad}`);
      for (const spec of importsOf(file)) {
        const badSpec = forbid(file, spec);
        if (badSpec) throw new Error(`${file} imports ${spec}: ${badSpec}`);
        if (spec.startsWith('.')) visit(relative(ROOT, resolve(ROOT, file, '..', spec)), file);
      }
    };
    visit(entry, entry);
  };

  it('the popup, options and vendors pages never load the claim engine (they only show reports)', () => {
    // language/hedges.ts is a small table of patterns the pages use to show the words that gave a hedge
    const HEAVY = /extractors\/(?:index|audit|claims|units|vendor)\.ts$|extractors\/(?:controls|language(?!\/hedges\.ts$)|blocks)\//;
    for (const entry of ['entrypoints/popup/main.tsx', 'entrypoints/options/main.tsx', 'entrypoints/vendors/main.tsx']) {
      expect(() => walk(entry, (file, spec) => (spec === null && HEAVY.test(file) ? 'the claim engine' : null))).not.toThrow();
    }
  });

  it('no public-suffix list (tldts) runs in the page, nor in the popup before its scorecard paints', () => {
    // the vendor key is made in the extension's pages (lib/vendor-identity.ts); the popup loads it with the library, after first paint
    const noTldts = (_file: string, spec: string | null) => (spec === 'tldts' ? 'the public-suffix list' : null);
    for (const entry of ['lib/content-script.ts', 'extractors/audit.ts', 'entrypoints/popup/main.tsx', 'entrypoints/options/main.tsx']) expect(() => walk(entry, noTldts)).not.toThrow();
  });
});
