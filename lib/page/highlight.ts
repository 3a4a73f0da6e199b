/**
 * Finds an evidence quote on the live page and highlights it. The quote was
 * copied from the page with whitespace collapsed and may span elements (a table
 * row), so matching ignores everything but letters and digits, like the quote
 * check of the scorer. Page text is never written back as HTML: the highlight is
 * a CSS Custom Highlight over a Range, or the selection where that API is missing.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
export const HIGHLIGHT_NAME = 'vetter-evidence';

const isKept = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

export function findQuoteRange(doc: Document, quote: string): Range | null {
  const wanted = [...quote].filter(isKept).join('').toLowerCase();
  if (!wanted) return null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  let haystack = '';
  const positions: { node: Text; offset: number }[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const value = n.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      if (!isKept(ch)) continue;
      haystack += ch.toLowerCase();
      positions.push({ node: n, offset: i });
    }
  }
  const at = haystack.indexOf(wanted);
  if (at < 0) return null;
  const first = positions[at]!;
  const last = positions[at + wanted.length - 1]!;
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
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
