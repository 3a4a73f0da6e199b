import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksFromDom } from '../../../extractors/blocks/from-dom.ts';
import { ALL_CONTROLS } from '../../../extractors/controls/index.ts';
import { AnchorIndex, anchorsOf, anchorsOfAll, mayMatch } from '../../../extractors/language/regex-anchors.ts';
import { buildUnits } from '../../../extractors/units.ts';
import { documentOf, loadFixtures } from '../../support/fixtures.ts';

const sorted = (a: readonly string[] | null) => (a ? [...a].sort() : a);

describe('anchorsOf: the literal strings every match must contain', () => {
  it.each([
    [/\bSOC\s?2\b/i, ['soc']], // "2" alone is too short to rule anything out
    [/\bbackups?\b|\brestor\w*/i, ['backup', 'restor']],
    [/colou?r/i, ['colo']],
    [/\d+ days?/, [' day']],
    [/(?=secret)token/, ['token']],
    [/a\.b/, ['a.b']],
    [/[abc]def/, ['def']],
    [/x{2,}yz/, ['yz']],
    [/(?<=\w)-based\b/, ['-based']],
    [/\b(?:data|hosted) in the (?:EU|US)\b/i, ['hosted in the ', 'data in the ']],
    [/\bTLS\b[^.]{0,20}(?:1\.2|1\.3)/, ['tls']], // "tls" and {"1.2","1.3"} tie on length: the first stands
  ])('%s → %j', (re, want) => {
    // the longest requirement of a sequence is kept; for the data/hosted case both branches extend with " in the "
    const got = anchorsOf(re);
    expect(got).not.toBeNull();
    for (const w of want) expect(got!.some((a) => a === w || w.includes(a))).toBe(true);
  });

  it.each([
    [/(?:a|b)c/], // every branch too short
    [/(a)\1/], // back-references are not read
    [/foo|\w+/], // one branch requires nothing
    [/(?:soc)?/], // optional
    [/é+/iu], // Unicode case folding (ſ ~ s) is wider than toLowerCase
    [/\u00a0secret/], // unknown escape: no guess
  ])('%s → null (always run the pattern)', (re) => {
    expect(anchorsOf(re)).toBeNull();
  });

  it('keeps the longest single requirement of a sequence', () => {
    // "soc" | optional space | "2 type ii": the literal run after the optional space is longest
    expect(sorted(anchorsOf(/\bSOC\s?2 Type II\b/i))).toEqual(['2 type ii']);
  });

  it('a set of patterns is as weak as its weakest member', () => {
    expect(anchorsOfAll([/\bbackup/i, /\w+/])).toBeNull();
    expect(sorted(anchorsOfAll([/\bbackup/i, /\bsnapshot/i]))).toEqual(['backup', 'snapshot']);
  });
});

/** Text made of a pattern's own fragments and noise: likely to match sometimes and miss sometimes. */
const fragmentsOf = (re: RegExp) => re.source.replace(/\\[bBdDwWsS]|[()[\]{}?*+|^$\\]|\?:/g, ' ').split(/\s+/).filter((w) => w.length > 1);

describe('soundness: a pattern never matches a text its anchors rule out', () => {
  const patterns = ALL_CONTROLS.flatMap((c) => [...(c.polar ?? []), ...c.mentions]);
  const vocabulary = [...new Set(patterns.flatMap(fragmentsOf))].slice(0, 2000);

  it('holds for every control pattern on texts built from pattern fragments', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(' ', '-', '.', 'SOC 2', 'Type II', 'not', 'ISO'), fc.string()), { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const lower = text.toLowerCase();
        for (const p of patterns) {
          if (!p.test(text)) continue;
          matched++;
          expect(mayMatch(anchorsOf(p), lower)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    expect(matched).toBeGreaterThan(100); // the texts did match patterns: the property was exercised
  });

  it('holds for every (sentence, control) pair of the fixture corpus', () => {
    const index = new AnchorIndex(ALL_CONTROLS.map((c) => [c.control, anchorsOfAll([...(c.polar ?? []), ...c.mentions])] as const));
    let named = 0;
    for (const f of loadFixtures()) {
      for (const unit of buildUnits(blocksFromDom(documentOf(f.html, f.meta.url)))) {
        const marks = index.marksIn(unit.text.toLowerCase());
        ALL_CONTROLS.forEach((c, at) => {
          if ([...(c.polar ?? []), ...c.mentions].some((p) => p.test(unit.text))) {
            named++;
            expect(marks[at], `${c.control} in "${unit.text}"`).toBe(1);
          }
        });
      }
    }
    expect(named).toBeGreaterThan(500); // the check ran on real mentions
  });
});

describe('AnchorIndex: one pass finds what includes() would', () => {
  it('agrees with a naive includes() for arbitrary anchors and texts', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ab', 'é', '’', ' '), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.option(fc.array(word, { minLength: 1, maxLength: 4 }), { nil: null }), { minLength: 1, maxLength: 6 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '’', ' ', 'x'), maxLength: 40 }), (sets, text) => {
        const index = new AnchorIndex(sets.map((anchors, k) => [k, anchors] as const));
        const marks = index.marksIn(text);
        sets.forEach((anchors, k) => expect(marks[k] === 1, `key ${k}`).toBe(anchors === null || anchors.some((a) => text.includes(a))));
      }),
      { numRuns: 500 },
    );
  });

  it('finds overlapping and nested anchors', () => {
    const index = new AnchorIndex([['he', ['he']], ['she', ['she']], ['hers', ['hers']], ['his', ['his']]] as const);
    expect([...index.keysIn('ushers')].sort()).toEqual(['he', 'hers', 'she']);
  });
});
