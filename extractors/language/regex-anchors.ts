/**
 * Literal anchors of a pattern: lower-case strings at least one of which every
 * match must contain. Most controls are named in few sentences, so a cheap
 * `includes()` on the lower-cased sentence rules out most (sentence, control)
 * pairs before any regex runs.
 *
 * Derived from the pattern's own source, so a pattern edit can never leave a
 * stale hand-written anchor list behind. The reader is deliberately
 * conservative: any construct it does not fully understand yields `null`
 * ("no anchor: always run the pattern"), which costs speed, never a claim.
 */

/** An anchor set: a match contains one of these strings; null = nothing is known. */
export type Anchors = readonly string[] | null;

/** Escapes that stand for one literal character. */
const LITERAL_ESCAPES = new Set(['.', '/', '-', '(', ')', '[', ']', '{', '}', '?', '*', '+', '|', '^', '$', '\\', ':', '@', '#', '&', "'", '"', ',', '=', '!', '<', '>', ' ', '%', '~', '`', '_', ';']);
/** Anchors shorter than this are too common to rule anything out (but still sound). */
const MIN_USEFUL_LENGTH = 2;

type Piece = { lit: string } | { anchors: Anchors; min: number };

class Reader {
  i = 0;
  constructor(readonly src: string) {}
  peek(): string | undefined { return this.src[this.i]; }
  eof(): boolean { return this.i >= this.src.length; }
}

/** Thrown inside the reader for anything outside the understood subset. */
class Unsupported extends Error {}

/** Best anchor set of a sequence: the child whose shortest anchor is longest (fewer false passes). */
function better(a: Anchors, b: Anchors): Anchors {
  if (!a) return b;
  if (!b) return a;
  const shortest = (x: readonly string[]) => Math.min(...x.map((s) => s.length));
  return shortest(b) > shortest(a) ? b : a;
}

function alternation(r: Reader): Anchors {
  const branches: Anchors[] = [sequence(r)];
  while (r.peek() === '|') { r.i++; branches.push(sequence(r)); }
  if (branches.some((b) => b === null)) return null;
  return [...new Set(branches.flatMap((b) => b!))];
}

function sequence(r: Reader): Anchors {
  const pieces: Piece[] = [];
  while (!r.eof() && r.peek() !== '|' && r.peek() !== ')') {
    const atom = readAtom(r);
    const { min, quantified } = readQuantifier(r);
    if (min === 0) { pieces.push({ anchors: null, min: 0 }); continue; }
    pieces.push(atom);
    // a repeated atom still holds itself once ("a+" contains "a"), but what follows need not be adjacent to that copy
    if (quantified) pieces.push({ anchors: null, min: 1 });
  }
  // merge adjacent literal characters into strings; the best single requirement wins
  let best: Anchors = null;
  let run = '';
  const flush = () => { if (run.length >= MIN_USEFUL_LENGTH) best = better(best, [run]); run = ''; };
  for (const p of pieces) {
    if ('lit' in p) { run += p.lit; continue; }
    flush();
    if (p.anchors && p.min >= 1) best = better(best, p.anchors);
  }
  flush();
  return best;
}

/** One atom: a literal char, a class, an escape or a group. */
function readAtom(r: Reader): Piece {
  const c = r.src[r.i++]!;
  if (c === '\\') {
    const e = r.src[r.i++];
    if (e === undefined) throw new Unsupported('trailing backslash');
    if (LITERAL_ESCAPES.has(e)) return { lit: e.toLowerCase() };
    if ('bBdDwWsS'.includes(e)) return { anchors: null, min: 1 };
    if (e === 'p' || e === 'P') { skipBraces(r); return { anchors: null, min: 1 }; }
    throw new Unsupported(`escape \\${e}`);
  }
  if (c === '[') { skipClass(r); return { anchors: null, min: 1 }; }
  if (c === '(') {
    let lookaround = false;
    if (r.src.startsWith('?:', r.i)) r.i += 2;
    else if (/^\?<?[=!]/.test(r.src.slice(r.i, r.i + 3))) { lookaround = true; r.i += r.src[r.i + 1] === '<' ? 3 : 2; }
    else if (r.src.startsWith('?<', r.i)) { const end = r.src.indexOf('>', r.i); if (end < 0) throw new Unsupported('group name'); r.i = end + 1; }
    else if (r.peek() === '?') throw new Unsupported('group modifier');
    const inner = alternation(r);
    if (r.src[r.i++] !== ')') throw new Unsupported('unclosed group');
    // a lookaround's text is not part of the match: it requires nothing of it here
    return { anchors: lookaround ? null : inner, min: lookaround ? 0 : 1 };
  }
  if (c === '^' || c === '$') return { anchors: null, min: 0 };
  if (c === '.') return { anchors: null, min: 1 };
  if ('*+?{'.includes(c)) throw new Unsupported('quantifier without atom');
  return { lit: c.toLowerCase() };
}

function readQuantifier(r: Reader): { min: number; quantified: boolean } {
  const c = r.peek();
  let min = 1;
  if (c === '?' || c === '*') { r.i++; min = 0; }
  else if (c === '+') r.i++;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,(\d*))?\}/.exec(r.src.slice(r.i));
    if (!m) throw new Unsupported('brace');
    r.i += m[0].length;
    min = Number(m[1]);
  } else return { min, quantified: false };
  if (r.peek() === '?') r.i++; // lazy
  return { min, quantified: true };
}

function skipClass(r: Reader) {
  while (!r.eof()) {
    const c = r.src[r.i++];
    if (c === '\\') r.i++;
    else if (c === ']') return;
  }
  throw new Unsupported('unclosed class');
}

function skipBraces(r: Reader) {
  if (r.peek() !== '{') return;
  const end = r.src.indexOf('}', r.i);
  if (end < 0) throw new Unsupported('unclosed \\p{');
  r.i = end + 1;
}

const cache = new WeakMap<RegExp, Anchors>();

/** The anchors of one pattern (null when nothing can be said). */
export function anchorsOf(re: RegExp): Anchors {
  if (cache.has(re)) return cache.get(re)!;
  let anchors: Anchors = null;
  // Without the i flag the lower-cased comparison is looser than the pattern: still sound. With i and u
  // together, Unicode case folding matches a few letters toLowerCase() does not map (ſ ~ s): skip those.
  if (!(re.flags.includes('i') && (re.flags.includes('u') || re.flags.includes('v')))) {
    try {
      const r = new Reader(re.source);
      anchors = alternation(r);
      if (!r.eof()) anchors = null;
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      anchors = null;
    }
  }
  cache.set(re, anchors);
  return anchors;
}

/** The anchors of several patterns together (a text matching any of them holds one); null when one has none. */
export function anchorsOfAll(patterns: readonly RegExp[]): Anchors {
  const all: string[] = [];
  for (const p of patterns) {
    const a = anchorsOf(p);
    if (!a) return null;
    all.push(...a);
  }
  return [...new Set(all)];
}

/** May `lowerText` match a pattern with these anchors? Never false when it can. */
export function mayMatch(anchors: Anchors, lowerText: string): boolean {
  if (!anchors) return true;
  for (const a of anchors) if (lowerText.includes(a)) return true;
  return false;
}

const ASCII = 128;

/**
 * Many anchor sets searched in one pass (Aho–Corasick): which of the keys may
 * match a text, for the cost of one walk over it instead of one includes() per anchor.
 */
export class AnchorIndex<K> {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Per state: the positions (in `keys`) of the keys whose anchor ends here. */
  private readonly out: number[][] = [[]];
  private readonly keys: K[];
  /** Positions of keys with no anchors: they may match anything. */
  private readonly always: number[] = [];
  /** The automaton's moves on ASCII, failure links followed in advance: one array read per character of most text. */
  private dense: Uint16Array | Int32Array = new Int32Array(0);

  constructor(entries: readonly (readonly [K, Anchors])[]) {
    this.keys = entries.map(([k]) => k);
    entries.forEach(([, anchors], i) => {
      if (!anchors) this.always.push(i);
      else for (const a of anchors) this.add(a, i);
    });
    this.link();
  }

  private add(word: string, key: number) {
    let s = 0;
    for (let i = 0; i < word.length; i++) {
      const ch = word.charCodeAt(i);
      let t = this.next[s]!.get(ch);
      if (t === undefined) {
        t = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.next[s]!.set(ch, t);
      }
      s = t;
    }
    if (!this.out[s]!.includes(key)) this.out[s]!.push(key);
  }

  private link() {
    const queue: number[] = [...this.next[0]!.values()];
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      for (const [ch, t] of this.next[s]!) {
        let f = this.fail[s]!;
        while (f && !this.next[f]!.has(ch)) f = this.fail[f]!;
        const target = this.next[f]!.get(ch);
        this.fail[t] = target !== undefined && target !== t ? target : 0;
        for (const k of this.out[this.fail[t]!]!) if (!this.out[t]!.includes(k)) this.out[t]!.push(k);
        queue.push(t);
      }
    }
    // breadth-first order: a state's failure target is filled in before the state itself
    // half the memory while the automaton has fewer than 65,536 states (about 2,000 today)
    this.dense = this.next.length < 65_536 ? new Uint16Array(this.next.length * ASCII) : new Int32Array(this.next.length * ASCII);
    for (const s of [0, ...queue]) {
      for (let ch = 0; ch < ASCII; ch++) {
        const t = this.next[s]!.get(ch);
        this.dense[s * ASCII + ch] = t !== undefined ? t : s === 0 ? 0 : this.dense[this.fail[s]! * ASCII + ch]!;
      }
    }
  }

  private step(s: number, ch: number): number {
    if (ch < ASCII) return this.dense[s * ASCII + ch]!;
    let t = this.next[s]!.get(ch);
    while (t === undefined && s) { s = this.fail[s]!; t = this.next[s]!.get(ch); }
    return t ?? 0;
  }

  /** Which keys may match `lowerText` (a superset of those that do), as marks by the keys' order of entry. */
  marksIn(lowerText: string): Uint8Array {
    const hit = new Uint8Array(this.keys.length);
    for (const k of this.always) hit[k] = 1;
    let s = 0;
    // UTF-16 code units: anchors and text are walked the same way, so surrogate pairs need no care
    for (let i = 0; i < lowerText.length; i++) {
      s = this.step(s, lowerText.charCodeAt(i));
      const out = this.out[s]!;
      for (let j = 0; j < out.length; j++) hit[out[j]!] = 1;
    }
    return hit;
  }

  /** The keys that may match `lowerText` (a superset of those that do). */
  keysIn(lowerText: string): Set<K> {
    const hit = this.marksIn(lowerText);
    return new Set(this.keys.filter((_, k) => hit[k]));
  }
}
