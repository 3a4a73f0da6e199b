import { readableQuote } from '../../lib/quotes.ts';
import { usePopup } from './store.ts';

/** A quote from the page, rendered as text as a reader sees it; activating it scrolls the page to the quote (as extracted) and highlights it. */
export function Quote({ text: quote }: { text: string }) {
  const { showQuote, highlight } = usePopup();
  const missing = highlight?.quote === quote && !highlight.found;
  const text = readableQuote(quote);
  return (
    <button type="button" className="quote" data-testid="quote" title="Show on the page" onClick={() => void showQuote(quote)}>
      “{text.length > 220 ? `${text.slice(0, 219)}…` : text}”{missing && <span className="muted"> (no longer on the page)</span>}
    </button>
  );
}
