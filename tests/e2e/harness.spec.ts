import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { chromiumExecutablePath } from './support/chromium.ts';
import { launchExtension } from './support/extension.ts';
import { FIXTURES_DIR, fixtureNames, startFixtureServer, type FixtureServer } from './support/fixture-server.ts';

/** The harness itself (no browser): what the extension tests rely on. */

test('a missing Chromium fails with one clear message', () => {
  expect(() => chromiumExecutablePath({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(
    'Chromium not found at /nonexistent/chromium. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)',
  );
});

test('an unbuilt extension fails with "Build the extension first"', async () => {
  const server = await startFixtureServer();
  try {
    await expect(launchExtension(server, join(tmpdir(), 'vetter-no-such-build'))).rejects.toThrow('Build the extension first: npm run build');
  } finally {
    await server.stop();
  }
});

/** A GET with the path sent as written (fetch would normalise the dots away). */
function rawGet(port: number, path: string): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => { res.resume(); ok(res.statusCode ?? 0); });
    req.on('error', fail);
    req.end();
  });
}

test.describe('fixture server', () => {
  let root: string;
  let server: FixtureServer;

  test.beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'vetter-fixtures-'));
    mkdirSync(join(root, 'acme', 'img'), { recursive: true });
    writeFileSync(join(root, 'acme', 'source.html'), '<!doctype html><title>Security | Acme</title><h1>Security</h1>');
    writeFileSync(join(root, 'acme', 'security.txt'), 'Contact: mailto:security@acme.test\n');
    writeFileSync(join(root, 'acme', 'img', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    mkdirSync(join(root, 'plain'));
    writeFileSync(join(root, 'plain', 'source.html'), '<p>no security.txt here</p>');
    writeFileSync(join(root, 'outside.txt'), 'not in a fixture folder');
    server = await startFixtureServer(root);
  });

  test.afterAll(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 on a free port', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    expect(server.urlOf('acme')).toBe(`${server.origin}/acme/`);
  });

  test('/<name>/ serves source.html as HTML; /<name> redirects there', async () => {
    const res = await fetch(server.urlOf('acme'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>Security | Acme</title>');
    const bare = await fetch(`${server.origin}/acme`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/acme/');
  });

  test('serves other files of a folder with their content type', async () => {
    const res = await fetch(`${server.origin}/acme/img/logo.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
  });

  test('/<name>/.well-known/security.txt maps to the folder\'s security.txt, 404 when absent', async () => {
    const res = await fetch(`${server.origin}/acme/.well-known/security.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toContain('Contact: mailto:security@acme.test');
    expect((await fetch(`${server.origin}/plain/.well-known/security.txt`)).status).toBe(404);
  });

  test('404 for unknown fixtures and files; nothing outside the fixtures folder', async () => {
    expect((await fetch(`${server.origin}/nope/`)).status).toBe(404);
    expect((await fetch(`${server.origin}/acme/missing.css`)).status).toBe(404);
    for (const path of ['/outside.txt', '/acme/../outside.txt', '/acme/%2e%2e/outside.txt', '/acme/..%2foutside.txt', '/acme/..%2f..%2f..%2fetc%2fpasswd', '/..%2fetc/passwd', '/acme/img/../../outside.txt']) {
      expect(await rawGet(server.port, path), path).toBe(404);
    }
    expect(await rawGet(server.port, '/acme/img/../source.html')).toBe(200);
  });

  test('refuses writes', async () => {
    expect((await fetch(server.urlOf('acme'), { method: 'POST', body: 'x' })).status).toBe(405);
  });

  test('the real fixtures folder is found relative to the repository', () => {
    expect(existsSync(FIXTURES_DIR)).toBe(true);
    expect(fixtureNames()).toContain('centrali');
  });
});
