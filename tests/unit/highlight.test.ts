import { describe, expect, it } from 'vitest';
import { findQuoteRange, highlightQuote } from '../../lib/page/highlight.ts';
import { documentOf } from '../support/fixtures.ts';

describe('finding a quote on the page', () => {
  const doc = documentOf(`<main><p>All data is encrypted <strong>in transit using TLS 1.2+</strong>.</p>
    <table><tr><td>Backups and export</td><td>30-day SLA</td><td>Encrypted nightly backups</td></tr></table>
    <script>var quote = "hidden in script";</script></main>`);

  it('matches across inline elements, ignoring whitespace and punctuation', () => {
    const range = findQuoteRange(doc, 'All data is encrypted in transit using TLS 1.2+');
    // the range ends at the last letter or digit of the quote
    expect(range?.toString()).toBe('All data is encrypted in transit using TLS 1.2');
  });

  it('matches a table-row quote across cells', () => {
    const range = findQuoteRange(doc, 'Backups and export | 30-day SLA | Encrypted nightly backups');
    expect(range?.toString()).toBe('Backups and export30-day SLAEncrypted nightly backups');
  });

  it('finds nothing for text that is not on the page or only in a script', () => {
    expect(findQuoteRange(doc, 'We are ISO 27001 certified')).toBeNull();
    expect(findQuoteRange(doc, 'hidden in script')).toBeNull();
    expect(findQuoteRange(doc, ' … ')).toBeNull();
  });

  it('highlights by selection where the Custom Highlight API is missing, and never rewrites the page', () => {
    const before = doc.body.innerHTML;
    const win = doc.defaultView!;
    (win.HTMLElement.prototype as { scrollIntoView?: () => void }).scrollIntoView = () => undefined;
    expect(highlightQuote(doc, win, 'Encrypted nightly backups')).toBe(true);
    expect(win.getSelection()?.toString()).toBe('Encrypted nightly backups');
    expect(doc.body.innerHTML).toBe(before);
    expect(highlightQuote(doc, win, 'not on this page')).toBe(false);
  });
});
