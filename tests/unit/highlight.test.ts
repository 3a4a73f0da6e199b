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

describe('finding a quote: one bounded pass over the text nodes', () => {
  it('finds a quote split over many small nodes, after many nodes that only nearly match', () => {
    const near = Array.from({ length: 300 }, (_, i) => `<span>We encrypt data ${i}</span>`).join('');
    const split = [...'We encrypt data at rest with AES-256'].map((c) => `<b>${c}</b>`).join('');
    const doc = documentOf(`<main><p>${near}</p><p>${split}</p></main>`);
    expect(findQuoteRange(doc, 'We encrypt data at rest with AES-256')?.toString()).toBe('We encrypt data at rest with AES-256');
  });

  it('stops at the first of two occurrences', () => {
    const doc = documentOf('<main><p id="a">Backups are kept for 30 days.</p><p id="b">Backups are kept for 30 days.</p></main>');
    const range = findQuoteRange(doc, 'Backups are kept for 30 days');
    expect(range?.startContainer.parentElement?.id).toBe('a');
  });

  it('maps offsets back inside a long node, with letters that change length when lower-cased', () => {
    const filler = 'x'.repeat(50_000);
    const doc = documentOf(`<main><p>${filler} İSTANBUL office: data stays in the EU 🇪🇺 region. ${filler}</p></main>`);
    expect(findQuoteRange(doc, 'İstanbul office: data stays in the EU region')?.toString()).toBe('İSTANBUL office: data stays in the EU 🇪🇺 region');
  });

  it('gives up past its scan limit rather than read a hostile page to the end', () => {
    const doc = documentOf(`<main>${'<p>filler text</p>'.repeat(100)}<p>SOC 2 Type II report</p></main>`);
    expect(findQuoteRange(doc, 'SOC 2 Type II report')).not.toBeNull();
    expect(findQuoteRange(doc, 'SOC 2 Type II report', { chars: 1_000_000, textNodes: 50 })).toBeNull();
    expect(findQuoteRange(doc, 'SOC 2 Type II report', { chars: 500, textNodes: 1_000_000 })).toBeNull();
  });
});
