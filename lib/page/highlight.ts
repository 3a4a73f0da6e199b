/**
 * Finds an evidence quote on the live page and highlights it. The quote was
 * copied from the page with whitespace collapsed and may span elements (a table
 * row), so matching ignores everything but letters and digits, like the quote
 * check of the scorer. Page text is never written back as HTML: the highlight is
 * a CSS Custom Highlight over a Range, or the selection where that API is missing.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
export const HIGHLIGHT_NAME = 'vetter-evidence';

/**
 * The scan is capped, so that a hostile page of tens of megabytes cannot hold the
 * tab: text beyond this is not searched (the quotes of a real trust page are far
 * inside it).
 */
export const SCAN_LIMITS = { chars: 32_000_000, textNodes: 1_000_000 } as const;

const KEPT_CHAR = /[\p{L}\p{N}]/u;
const NOT_KEPT = /[^\p{L}\p{N}]+/gu;
/** Letters and digits only, lower case: how a quote is matched against the page. */
const normalise = (s: string) => s.replace(NOT_KEPT, '').toLowerCase();

interface NodeStart { node: Text; start: number }

/**
 * Walks the text nodes once and stops at the first match. Memory is bounded by the
 * quote, not by the page: it keeps only the normalised text a match could still
 * start in (the quote's length, plus the current node) and the few nodes under it;
 * a node's offsets are worked out again only for the two nodes the match ends in.
 */
export function findQuoteRange(doc: Document, quote: string, limits: { chars: number; textNodes: number } = SCAN_LIMITS): Range | null {
  const wanted = normalise(quote);
  if (!wanted || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  let window = '';
  let windowStart = 0; // normalised offset of window[0] in the page
  let total = 0;
  const nodes: NodeStart[] = []; // the nodes the window covers, oldest first
  let chars = 0;
  let count = 0;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const value = n.nodeValue ?? '';
    chars += value.length;
    if (++count > limits.textNodes || chars > limits.chars) return null;
    const text = normalise(value);
    if (!text) continue;
    nodes.push({ node: n, start: total });
    total += text.length;
    // a new match must end in this node
    const from = Math.max(0, window.length - wanted.length + 1);
    window += text;
    const at = window.indexOf(wanted, from);
    if (at >= 0) return rangeOf(doc, nodes, windowStart + at, windowStart + at + wanted.length);
    const keep = wanted.length - 1;
    if (window.length > keep) {
      windowStart += window.length - keep;
      window = window.slice(window.length - keep);
    }
    while (nodes.length > 1 && nodes[1]!.start <= windowStart) nodes.shift();
  }
  return null;
}

function rangeOf(doc: Document, nodes: NodeStart[], start: number, end: number): Range {
  const holding = (offset: number) => [...nodes].reverse().find((n) => n.start <= offset)!;
  const first = holding(start);
  const last = holding(end - 1);
  const range = doc.createRange();
  const from = offsetIn(first.node, start - first.start);
  range.setStart(first.node, from.index);
  const to = offsetIn(last.node, end - 1 - last.start);
  range.setEnd(last.node, to.index + to.length);
  return range;
}

/** Where in a node's own text the k-th normalised character is (and how many UTF-16 units it takes). */
function offsetIn(node: Text, k: number): { index: number; length: number } {
  const value = node.nodeValue ?? '';
  let seen = 0;
  let index = 0;
  for (const ch of value) {
    if (KEPT_CHAR.test(ch)) {
      seen += ch.toLowerCase().length;
      if (seen > k) return { index, length: ch.length };
    }
    index += ch.length;
  }
  return { index: Math.max(0, value.length - 1), length: 1 };
}

interface HighlightRegistry { set(name: string, h: unknown): void; delete(name: string): void }
type HighlightCtor = new (...ranges: Range[]) => unknown;

export function highlightQuote(doc: Document, win: Window, quote: string): boolean {
  const range = findQuoteRange(doc, quote);
  if (!range) return false;
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (css?.highlights && Highlight) {
    ensureHighlightStyle(doc);
    css.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
  } else {
    const selection = win.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  return true;
}

function ensureHighlightStyle(doc: Document) {
  if (doc.getElementById('vetter-highlight-style')) return;
  const style = doc.createElement('style');
  style.id = 'vetter-highlight-style';
  style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #fde047; color: #111827; }`;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Whether the quote is currently highlighted (for tests and the popup). */
export function isHighlighted(win: Window): boolean {
  const css = (win as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  if (css?.highlights) return css.highlights.has(HIGHLIGHT_NAME);
  return (win.getSelection()?.toString().length ?? 0) > 0;
}
