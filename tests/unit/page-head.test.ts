import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { headOfDocument, siteNameOf } from '../../extractors/page-head.ts';

const head = (html: string) => headOfDocument(new JSDOM(html).window.document, 'https://acme.example/security');

describe('headOfDocument', () => {
  it('reads the title, the first h1, the description and the site name', () => {
    const html = '<title>Security | Acme</title><meta name="description" content=" How we keep data safe "><meta property="og:site_name" content="Acme"><h1> Security at Acme </h1><h1>Second</h1>';
    expect(head(html)).toEqual({ url: 'https://acme.example/security', title: 'Security | Acme', h1: 'Security at Acme', description: 'How we keep data safe' });
    expect(siteNameOf(new JSDOM(html).window.document)).toBe('Acme');
    expect(siteNameOf(new JSDOM('<p>x</p>').window.document)).toBeNull();
  });

  it('matches a meta name in any case, and falls back to og:description when the description is missing or empty', () => {
    expect(head('<meta name="Description" content="Upper case">').description).toBe('Upper case');
    expect(head('<meta property="og:description" content="From Open Graph">').description).toBe('From Open Graph');
    expect(head('<meta name="description" content=""><meta property="og:description" content="Fallback">').description).toBe('Fallback');
  });

  it('takes a property only from a meta without a name, and gives empty strings and null when the head has nothing', () => {
    expect(head('<meta name="twitter:card" property="og:description" content="Not this">').description).toBe('');
    expect(head('<p>No head at all</p>')).toEqual({ url: 'https://acme.example/security', title: '', h1: '', description: '' });
  });
});
