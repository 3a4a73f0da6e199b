import { blocksFromText } from './from-text.ts';
import { collapseWhitespace, type Block, type TableCell } from './block.ts';

/** Elements whose content is never page text a buyer reads as the vendor's claims (a blockquote is someone else's words: a testimonial). */
const SKIP_TAGS = new Set(['BLOCKQUOTE', 'Q', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'NAV', 'FOOTER', 'SELECT', 'OPTION', 'BUTTON', 'FORM', 'INPUT', 'TEXTAREA', 'MATH']);
/** Elements that start a new block; everything else is inline and flows into the enclosing block. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'DETAILS', 'SUMMARY', 'ADDRESS', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'BR', 'CAPTION', 'LABEL', 'BODY', 'CENTER']);
const HEADING = /^H([1-6])$/;
/** Skipped elements that are blocks on screen (not in BLOCK_TAGS because their text is never read). */
const SKIPPED_BLOCK_TAGS = new Set(['NAV', 'FOOTER', 'FORM', 'IFRAME', 'CANVAS', 'SVG', 'OBJECT', 'TEXTAREA', 'SELECT', 'MATH']);
const CARD_TAGS = new Set(['DIV', 'ARTICLE', 'SECTION', 'LI', 'A']);
const NOT_IN_CARD = new Set(['H1', 'H2', 'H3', 'UL', 'OL', 'TABLE', 'DL', 'FORM']);
/** Nested anywhere in a card's part, these make it a section rather than a card. */
const STRUCTURE_TAGS = new Set(['H1', 'H2', 'H3', 'UL', 'OL', 'TABLE', 'DL']);
const CARD_MAX_CHARS = 400;
const CARD_TAG_WORDS = 4;
const ROLE_SKIP = /^(navigation|contentinfo|banner|search|dialog|alertdialog|menu|menubar)$/;

export interface DomBlocksOptions {
  /** Upper bound on blocks read, so a pathological page cannot stall the content script. */
  maxBlocks?: number;
}

function isHidden(el: Element): boolean {
  // one pass over the attributes: attribute look-ups by name are slow in DOM implementations like jsdom
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i]!;
    if (a.name === 'hidden') return true;
    if (a.name === 'aria-hidden' && a.value === 'true') return true;
    if (a.name === 'style' && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(a.value)) return true;
  }
  return false;
}

/** A site header (logo + nav around the page) rather than an article's own header. */
/** HTML tag names are upper-case already; XHTML and SVG ones may not be. */
const upper = (tag: string) => (tag.charCodeAt(0) < 91 ? tag : tag.toUpperCase());

/** Structure no card holds: a heading, a list, a table or two paragraphs. Walked by hand: a selector query costs far more in jsdom. */
function holdsStructure(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const tag = upper(c.tagName);
    if (STRUCTURE_TAGS.has(tag) || (tag === 'P' && c.previousElementSibling && upper(c.previousElementSibling.tagName) === 'P')) return true;
    if (c.firstElementChild && holdsStructure(c)) return true;
  }
  return false;
}

function isSiteChrome(el: Element): boolean {
  if (el.tagName !== 'HEADER' && !el.hasAttribute('role')) return false;
  const role = el.getAttribute('role');
  if (role && ROLE_SKIP.test(role)) return true;
  if (el.tagName !== 'HEADER') return false;
  return el.closest('main, article, [role="main"]') === null;
}

/** Text of a node with inline markup flattened, skipping hidden and non-content elements. */
function inlineText(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) { out += n.nodeValue ?? ''; return; }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    // two sibling elements ("<strong>PCI DSS v4.0</strong><span>Level 1</span>") are two words
    if (el.previousSibling?.nodeType === 1) out += ' ';
    const tag = upper(el.tagName);
    if (SKIP_TAGS.has(tag) || isHidden(el)) return;
    const blockish = BLOCK_TAGS.has(tag);
    if (blockish) out += ' ';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (blockish || tag === 'TD' || tag === 'TH') out += ' ';
  };
  walk(node);
  return collapseWhitespace(out);
}

/**
 * Walks a document (browser DOM or jsdom) into ordered blocks: headings with
 * their level, paragraphs, list items with the sentence that introduced the list,
 * table rows with their column headers, definition terms and descriptions.
 */
/**
 * A paragraph whose line breaks carry structure, not wrapping: four or more lines, most of them short (a title, a status,
 * a date) rather than prose wrapped at a fixed width.
 */
const LINES_FOR_STRUCTURE = 4;
const SHORT_LINE_WORDS = 6;
function isLineStructured(raw: string): boolean {
  const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length < LINES_FOR_STRUCTURE) return false;
  const short = lines.filter((l) => l.split(/\s+/).length <= SHORT_LINE_WORDS).length;
  return short * 2 >= lines.length;
}

export function blocksFromDom(root: Document | Element, options: DomBlocksOptions = {}): Block[] {
  const maxBlocks = options.maxBlocks ?? 20_000;
  const blocks: Block[] = [];
  const headingStack: { level: number; text: string }[] = [];
  let buffer = '';
  const bufferKind: Block['kind'] = 'paragraph';
  let lastParagraph: string | null = null;
  let currentTerm: string | null = null;

  const headings = () => headingStack.map((h) => h.text);
  const push = (block: Block) => {
    if (blocks.length < maxBlocks && block.text) blocks.push(block);
  };
  const flush = () => {
    const raw = buffer;
    const text = collapseWhitespace(buffer);
    buffer = '';
    if (!text) return;
    // a text export pasted into one paragraph ("Standard / Status / When" lines, cards and their status pills): its lines are its structure
    if (isLineStructured(raw)) {
      const outer = headings();
      for (const b of blocksFromText(raw)) push({ ...b, headings: [...outer, ...b.headings], ...(currentTerm && b.kind !== 'heading' ? { term: currentTerm } : {}) });
      lastParagraph = text;
      return;
    }
    push({ kind: bufferKind, text, headings: headings(), ...(currentTerm ? { term: currentTerm } : {}) });
    lastParagraph = text;
  };

  const listLeadIn = (): string | undefined => (lastParagraph && /:\s*$/.test(lastParagraph) ? lastParagraph : undefined);

  const readTable = (table: Element) => {
    const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
    let columnHeaders: string[] | null = null;
    for (const tr of rows) {
      if (isHidden(tr)) continue;
      const cellEls = Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
      const texts = cellEls.map((c) => inlineText(c));
      const allHeader = cellEls.length > 0 && cellEls.every((c) => c.tagName === 'TH');
      if (columnHeaders === null && (allHeader || tr.parentElement?.tagName === 'THEAD')) {
        columnHeaders = texts;
        continue;
      }
      if (texts.every((t) => !t)) continue;
      const cells: TableCell[] = texts.map((text, i) => ({ header: columnHeaders?.[i] ?? null, text }));
      push({ kind: 'table_row', text: texts.filter(Boolean).join(' | '), headings: headings(), cells });
    }
    const caption = table.querySelector('caption');
    if (caption && !rows.length) push({ kind: 'paragraph', text: inlineText(caption), headings: headings() });
  };

  /**
   * A card: a small box of a grid with a status tag, a title and a line of
   * description in separate elements ("Not supported | HIPAA | …"). Read as one
   * row of cells, so the tag stays with its own card.
   */
  const readCard = (el: Element): boolean => {
    if (!CARD_TAGS.has(upper(el.tagName)) || el.childElementCount < 2 || el.childElementCount > 6) return false;
    // cheap checks first: a card's children are simple (no child with many elements of its own), and the card is short
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.childElementCount > 3) return false;
    if ((el.textContent?.length ?? 0) > CARD_MAX_CHARS * 2) return false;
    const parts: string[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) { if ((c.nodeValue ?? '').trim()) return false; continue; }
      if (c.nodeType !== 1) continue;
      const child = c as Element;
      const ctag = upper(child.tagName);
      if (SKIP_TAGS.has(ctag) || isHidden(child)) continue;
      if (NOT_IN_CARD.has(ctag) || holdsStructure(child)) return false;
      const text = inlineText(child);
      if (text) parts.push(text);
    }
    // a grid of cards is not itself a card
    if (Array.from(el.children).filter((c) => c.childElementCount >= 2).length > 1) return false;
    const total = parts.reduce((n, p) => n + p.length, 0);
    if (parts.length < 2 || total > CARD_MAX_CHARS || !parts.some((p) => p.split(/\s+/).length <= CARD_TAG_WORDS)) return false;
    flush();
    push({ kind: 'table_row', text: parts.join(' | '), headings: headings(), cells: parts.map((text) => ({ header: null, text })) });
    lastParagraph = null;
    return true;
  };

  const walk = (node: Node) => {
    if (blocks.length >= maxBlocks) return;
    if (node.nodeType === 3) { buffer += node.nodeValue ?? ''; return; }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = upper(el.tagName);
    if (SKIP_TAGS.has(tag) || isHidden(el) || isSiteChrome(el)) {
      // a skipped block still separates the text around it: "We" before a hidden box and "We use SSO" after it are two sentences
      if (BLOCK_TAGS.has(tag) || SKIPPED_BLOCK_TAGS.has(tag)) flush();
      return;
    }

    const heading = HEADING.exec(tag) ?? (el.getAttribute('role') === 'heading' ? [tag, el.getAttribute('aria-level') ?? '3'] : null);
    if (heading) {
      flush();
      const level = Number(heading[1]);
      const text = inlineText(el);
      if (text) {
        while (headingStack.length && headingStack[headingStack.length - 1]!.level >= level) headingStack.pop();
        push({ kind: 'heading', text, headings: headings(), level });
        headingStack.push({ level, text });
      }
      lastParagraph = null;
      return;
    }
    if (tag === 'TABLE') { flush(); readTable(el); lastParagraph = null; return; }
    if (readCard(el)) return;
    if (tag === 'LI') {
      flush();
      const leadIn = listLeadIn();
      // A list item's own text, without nested lists (they become their own items).
      const own = Array.from(el.childNodes).filter((c) => !(c.nodeType === 1 && /^(UL|OL)$/.test((c as Element).tagName.toUpperCase())));
      const text = collapseWhitespace(own.map((c) => (c.nodeType === 3 ? c.nodeValue ?? '' : inlineText(c))).join(' '));
      if (text) push({ kind: 'list_item', text, headings: headings(), ...(leadIn ? { leadIn } : {}) });
      for (const c of Array.from(el.children)) if (/^(UL|OL)$/.test(c.tagName.toUpperCase())) walk(c);
      return;
    }
    if (tag === 'DT' || tag === 'SUMMARY') {
      flush();
      currentTerm = inlineText(el);
      if (currentTerm) push({ kind: 'definition', text: currentTerm, headings: headings() });
      lastParagraph = null;
      return;
    }
    if (tag === 'DD') {
      flush();
      const text = inlineText(el);
      if (text) push({ kind: 'definition', text, headings: headings(), ...(currentTerm ? { term: currentTerm } : {}) });
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    if (tag === 'UL' || tag === 'OL') {
      // lastParagraph is kept: it is the list's lead-in
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
      lastParagraph = null;
      return;
    }
    if (tag === 'DETAILS') currentTerm = null;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (isBlock) flush();
    if (tag === 'DETAILS' || tag === 'DL') currentTerm = null;
  };

  const start = 'body' in root && root.body ? root.body : (root as Element);
  walk(start);
  flush();
  return blocks;
}
