import { describe, expect, it } from 'vitest';
import { blocksFromDom } from '../../extractors/blocks/from-dom.ts';
import { blocksFromText } from '../../extractors/blocks/from-text.ts';
import { splitSentences } from '../../extractors/blocks/sentences.ts';
import { documentOf } from '../support/fixtures.ts';

describe('DOM → blocks', () => {
  const doc = documentOf(`<!doctype html><html><body>
    <header><nav><a href="/security">Security</a> <a href="/pricing">SOC 2 ready pricing</a></nav></header>
    <main>
      <h1>Security at Acme</h1>
      <p>We encrypt <strong>everything</strong> at rest.</p>
      <h2>Backups</h2>
      <p>Upcoming milestones include:</p>
      <ul><li>Hourly snapshots <em>kept</em> for 14 days<ul><li>nested item</li></ul></li><li>Restore drills</li></ul>
      <table><thead><tr><th>Topic</th><th>Status</th><th>Details</th></tr></thead>
        <tbody><tr><td>Backups and export</td><td>30-day SLA</td><td>Encrypted nightly backups with 5-day retention (rolling).</td></tr></tbody></table>
      <dl><dt>Is SSO available?</dt><dd>Yes, SAML on all plans.</dd></dl>
      <div hidden>We are ISO 27001 certified.</div>
      <p style="display: none">Hidden SOC 2 claim.</p>
      <script>var soc2 = "certified";</script>
    </main>
    <footer>© Acme · SOC 2 Type II</footer>
  </body></html>`);
  const blocks = blocksFromDom(doc);
  const texts = blocks.map((b) => b.text);

  it('skips site chrome, scripts and hidden content', () => {
    expect(texts.join(' ')).not.toMatch(/pricing|ISO 27001|Hidden SOC 2|var soc2|© Acme/);
  });

  it('keeps headings with their level and gives every block its heading path', () => {
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: 'Security at Acme', level: 1, headings: [] });
    expect(blocks.find((b) => b.text.startsWith('We encrypt'))).toMatchObject({ kind: 'paragraph', text: 'We encrypt everything at rest.', headings: ['Security at Acme'] });
    expect(blocks.find((b) => b.text.startsWith('Restore'))?.headings).toEqual(['Security at Acme', 'Backups']);
  });

  it('reads list items with the lead-in that introduced the list, nested lists as their own items', () => {
    const item = blocks.find((b) => b.text.startsWith('Hourly'));
    expect(item).toMatchObject({ kind: 'list_item', text: 'Hourly snapshots kept for 14 days', leadIn: 'Upcoming milestones include:' });
    expect(blocks.find((b) => b.text === 'nested item')?.kind).toBe('list_item');
  });

  it('reads a table row as one block whose cells keep their column headers', () => {
    const row = blocks.find((b) => b.kind === 'table_row');
    expect(row?.cells).toEqual([
      { header: 'Topic', text: 'Backups and export' },
      { header: 'Status', text: '30-day SLA' },
      { header: 'Details', text: 'Encrypted nightly backups with 5-day retention (rolling).' },
    ]);
    expect(row?.text).toBe('Backups and export | 30-day SLA | Encrypted nightly backups with 5-day retention (rolling).');
  });

  it('pairs a definition with its term', () => {
    expect(blocks.find((b) => b.text.startsWith('Yes, SAML'))).toMatchObject({ kind: 'definition', term: 'Is SSO available?' });
  });
});

describe('text → blocks', () => {
  const blocks = blocksFromText(`Security Overview
Modern security practices.
Data Security
- All data is encrypted in transit using TLS 1.2+
- Sessions:
httpOnly,SameSite, andSecurecookies in production. - Role-based access control (RBAC): ADMIN, SELLER.
Quick answers
| Topic | Status | Details |
|---|---|---|
| SOC 2 status | In progress | Audit engagement initiated. |
Security Roadmap
We are actively investing in security. Upcoming milestones include:
• SOC 2 Type I — formal compliance audit as we scale
## Markdown heading
**Bold** text with \`code\`.`);

  it('finds title-like lines as headings and keeps list markers as list items', () => {
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: 'Security Overview', level: 1 });
    expect(blocks.find((b) => b.text.startsWith('All data'))).toMatchObject({ kind: 'list_item', headings: ['Security Overview', 'Data Security'] });
  });

  it('joins a continuation line to the list item that ended with a colon, and splits a glued-on bullet', () => {
    expect(blocks.find((b) => b.text.startsWith('Sessions:'))?.text).toBe('Sessions: httpOnly,SameSite, andSecurecookies in production.');
    expect(blocks.find((b) => b.text.startsWith('Role-based'))?.kind).toBe('list_item');
  });

  it('reads markdown tables with their header row', () => {
    const row = blocks.find((b) => b.kind === 'table_row');
    expect(row?.cells?.[1]).toEqual({ header: 'Status', text: 'In progress' });
  });

  it('gives a bullet list its lead-in and heading', () => {
    expect(blocks.find((b) => b.text.startsWith('SOC 2 Type I'))).toMatchObject({ kind: 'list_item', headings: ['Security Overview', 'Security Roadmap'] });
    expect(blocks.find((b) => b.text.startsWith('SOC 2 Type I'))?.leadIn).toContain('Upcoming milestones include:');
  });

  it('strips markdown emphasis and code marks', () => {
    expect(blocks.find((b) => b.text.startsWith('Bold'))?.text).toBe('Bold text with code.');
    expect(blocks.find((b) => b.text === 'Markdown heading')?.kind).toBe('heading');
  });
});

describe('sentences', () => {
  it('splits on sentence ends but not inside versions, domains or abbreviations', () => {
    expect(splitSentences('We use TLS 1.2 everywhere. Contact security@acme.io for details. Hosted by Vercel Inc. in the EE.UU. region, e.g. Virginia. Done!')).toEqual([
      'We use TLS 1.2 everywhere.',
      'Contact security@acme.io for details.',
      'Hosted by Vercel Inc. in the EE.UU. region, e.g. Virginia.',
      'Done!',
    ]);
  });
});
