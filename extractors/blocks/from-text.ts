import { collapseWhitespace, type Block, type TableCell } from './block.ts';

/**
 * Plain text or Markdown into the same blocks the DOM walk gives. Text pages
 * lose their markup, so structure is read from the lines: "#" headings, short
 * title-like lines followed by text, "-", "•", "*" and numbered list items, and
 * "| a | b |" table rows with a "|---|" header separator.
 */
const LIST_MARKER = /^\s*(?:[-•*+▪◦‣●]|\d{1,2}[.)])\s+/;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const TABLE_LINE = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** A bullet that a text export glued onto the end of the previous item: "…in production. - Role-based…". */
const INLINE_BULLET = /(?<=[.!?])\s+[-•]\s+(?=[A-Z])/;
const TITLE_MAX_WORDS = 9;

const stripMarkdown = (s: string) =>
  collapseWhitespace(s.replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1').replace(/`([^`]*)`/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'));

const splitRow = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => stripMarkdown(c));

function looksLikeTitle(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (!t || t.length > 70 || next === undefined) return false;
  if (/[.!?,;:]$/.test(t) && !/\?$/.test(t)) return false;
  if (t.split(/\s+/).length > TITLE_MAX_WORDS) return false;
  if (/:\s|\s\|\s|@/.test(t)) return false;
  return /^[\p{Lu}\d"“(]/u.test(t);
}

export function blocksFromText(input: string): Block[] {
  /** A list item's Markdown before stripping, so a continuation line can finish a link it opened. */
  const rawText = new WeakMap<Block, string>();
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  const headingStack: { level: number; text: string }[] = [];
  let lastParagraph: string | null = null;
  let inList = false;
  let columnHeaders: string[] | null = null;
  let sawTitle = false;

  const headings = () => headingStack.map((h) => h.text);
  const pushHeading = (text: string, level: number) => {
    while (headingStack.length && headingStack[headingStack.length - 1]!.level >= level) headingStack.pop();
    blocks.push({ kind: 'heading', text, headings: headings(), level });
    headingStack.push({ level, text });
    lastParagraph = null;
    inList = false;
  };
  const nextNonEmpty = (i: number) => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j]!.trim()) return lines[j]!;
    return undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (!line) { continue; }

    if (TABLE_LINE.test(line) || (columnHeaders && line.startsWith('|'))) {
      const next = lines[i + 1]?.trim() ?? '';
      if (TABLE_SEPARATOR.test(line)) continue;
      if (columnHeaders === null && TABLE_SEPARATOR.test(next)) { columnHeaders = splitRow(line); continue; }
      const texts = splitRow(line);
      const cells: TableCell[] = texts.map((text, k) => ({ header: columnHeaders?.[k] ?? null, text }));
      blocks.push({ kind: 'table_row', text: texts.filter(Boolean).join(' | '), headings: headings(), cells });
      lastParagraph = null;
      continue;
    }
    columnHeaders = null;

    const md = MD_HEADING.exec(line);
    if (md) { pushHeading(stripMarkdown(md[2]!), md[1]!.length); continue; }

    if (LIST_MARKER.test(line)) {
      const leadIn = inList ? (blocks[blocks.length - 1]?.leadIn) : (lastParagraph && /:\s*$/.test(lastParagraph) ? lastParagraph : undefined);
      for (const part of line.replace(LIST_MARKER, '').split(INLINE_BULLET)) {
        const text = stripMarkdown(part);
        if (text) {
          const item: Block = { kind: 'list_item', text, headings: headings(), ...(leadIn ? { leadIn } : {}) };
          rawText.set(item, part);
          blocks.push(item);
        }
      }
      inList = true;
      continue;
    }

    const previous = blocks[blocks.length - 1];
    // A line continuing a list item: one that ended with a colon ("- Sessions:" / "httpOnly, … cookies"), or an
    // indented line under it (Markdown's continuation, where a link may run across the line break)
    if (inList && previous?.kind === 'list_item' && (/:\s*$/.test(previous.text) || /^\s{2,}\S/.test(raw))) {
      const [first, ...rest] = line.split(INLINE_BULLET);
      const joined = `${rawText.get(previous) ?? previous.text} ${first}`;
      rawText.set(previous, joined);
      previous.text = stripMarkdown(joined);
      for (const part of rest) blocks.push({ kind: 'list_item', text: stripMarkdown(part), headings: headings(), ...(previous.leadIn ? { leadIn: previous.leadIn } : {}) });
      continue;
    }

    const next = nextNonEmpty(i);
    if (looksLikeTitle(line, next) && !(next !== undefined && LIST_MARKER.test(line))) {
      pushHeading(stripMarkdown(line), sawTitle ? 2 : 1);
      sawTitle = true;
      continue;
    }
    const text = stripMarkdown(line);
    // Inline bullets in a paragraph line ("• Notifying … • Communicating …") are list items.
    const bullets = text.split(/\s+•\s+/);
    if (bullets.length > 1) {
      blocks.push({ kind: 'paragraph', text: bullets[0]!, headings: headings() });
      for (const b of bullets.slice(1)) blocks.push({ kind: 'list_item', text: b, headings: headings(), leadIn: bullets[0]! });
      continue;
    }
    blocks.push({ kind: 'paragraph', text, headings: headings() });
    lastParagraph = text;
    inList = false;
  }
  return blocks;
}
