import { describe, expect, it } from 'vitest';
import { hostOf, urlParts } from '../../extractors/recognise/url-parts.ts';

describe('urlParts reads a URL without new URL()', () => {
  it.each([
    ['https://www.Example.com/security', 'www.example.com', '/security'],
    ['https://example.com', 'example.com', '/'],
    ['https://example.com?x=1#top', 'example.com', '/'],
    ['https://example.com:8443/trust/?tab=docs#soc2', 'example.com', '/trust/'],
    ['https://user:pw@example.com/a', 'example.com', '/a'],
    ['http://[::1]:3000/security', '[::1]', '/security'],
    ['https://example.fr/sécurité', 'example.fr', '/sécurité'],
    ['https://example.com./x', 'example.com', '/x'],
    ['file:///home/me/security.html', '', '/home/me/security.html'],
  ])('%s → host %s, path %s', (url, host, path) => {
    expect(urlParts(url)).toEqual({ host, path });
  });

  it('gives no parts for a file name, an empty string or null', () => {
    expect(urlParts('security.html')).toEqual({ host: '', path: '' });
    expect(urlParts('')).toEqual({ host: '', path: '' });
    expect(urlParts(null)).toEqual({ host: '', path: '' });
  });

  it('reads the host of asset addresses: absolute and protocol-relative, never a relative one', () => {
    expect(hostOf('https://static.safebase.io/app.js')).toBe('static.safebase.io');
    expect(hostOf('//cdn.safebase.io/app.js')).toBe('cdn.safebase.io');
    expect(hostOf('/assets/app.js')).toBeNull();
    expect(hostOf('app.js')).toBeNull();
    expect(hostOf('data:text/javascript,1')).toBeNull();
  });
});
