/**
 * A page read once into ordered blocks that keep their context. Every extractor
 * works on these, never on the DOM, so the same code serves the content script,
 * the CLI and tests.
 */
export type BlockKind = 'heading' | 'paragraph' | 'list_item' | 'table_row' | 'definition';

export interface TableCell {
  /** The column header this cell sits under, when the table has one. */
  header: string | null;
  text: string;
}

export interface Block {
  kind: BlockKind;
  /** Whitespace-collapsed text as it reads on the page (cells joined by " | "). */
  text: string;
  /** Enclosing headings, outermost first (not including the block itself). */
  headings: string[];
  /** Heading level (1–6) for heading blocks. */
  level?: number;
  /** For list items: the sentence that introduced the list ("Upcoming milestones include:"). */
  leadIn?: string;
  /** For table rows: the cells, each with its column header. */
  cells?: TableCell[];
  /** For definitions (dd) and FAQ answers: the term or question they answer. */
  term?: string;
}

export const collapseWhitespace = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
