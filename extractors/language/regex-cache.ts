/**
 * Patterns are written once as data and run on every sentence of every page:
 * derived regexes (a global copy, a pattern wrapped in context) are compiled
 * once and reused, never rebuilt per sentence.
 */
const globals = new WeakMap<RegExp, RegExp>();

/** A global ("g") copy of a pattern, compiled once; its lastIndex is reset for each use. */
export function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = re.flags.includes('g') ? re : new RegExp(re.source, `${re.flags}g`);
    globals.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

const derived = new Map<string, RegExp>();

/** A regex built from a template, compiled once per distinct source and flags. */
export function compiled(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = derived.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    derived.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}
