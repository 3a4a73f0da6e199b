import { describe, expect, it } from 'vitest';
import { vendorName } from '../../extractors/vendor.ts';

describe('vendorName', () => {
  it('takes og:site_name, else a word spelled like the domain, else a title that reads as a name', () => {
    expect(vendorName({ siteName: 'ComplyCo', domain: 'complyco.com', title: 'x', text: '' })).toBe('ComplyCo');
    expect(vendorName({ domain: 'zentrik.ai', title: 'Security', text: 'Zentrik keeps backups.' })).toBe('Zentrik');
    expect(vendorName({ domain: null, title: 'Security at Brambleway', text: '' })).toBe('Brambleway');
  });

  it('does not take a sentence from the title for a name: the site’s domain names the vendor', () => {
    const title = 'System and Organization Controls for Security, Availability and Privacy';
    expect(vendorName({ domain: 'soc-guide.org', title, text: 'what system and organization controls cover' })).toBe('Soc Guide');
    expect(vendorName({ domain: 'acme-cloud.io', title: 'What is SOC 2? Type I vs Type II explained | Glossary', text: '' })).toBe('Acme Cloud');
  });
});
