import { usePopup } from './store.ts';

/** A quote from the page, rendered as text; activating it scrolls the page to the quote and highlights it. */
export function Quote({ text }: { text: string }) {
  const { showQuote, highlight } = usePopup();
  const missing = highlight?.quote === text && !highlight.found;
  return (
    <button type="button" className="quote" data-testid="quote" title="Show on the page" onClick={() => void showQuote(text)}>
      “{text.length > 220 ? `${text.slice(0, 219)}…` : text}”{missing && <span className="muted"> (no longer on the page)</span>}
    </button>
  );
}
