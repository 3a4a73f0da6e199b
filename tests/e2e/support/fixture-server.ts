import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A static server for the labelled pages in tests/fixtures, on 127.0.0.1 and a
 * free port:
 *   /<name>/                           → tests/fixtures/<name>/source.html
 *   /<name>/<file>                     → that file of the folder
 *   /<name>/.well-known/security.txt   → tests/fixtures/<name>/security.txt (404 when absent)
 *   /                                  → a list of the fixtures
 *   http://<name>.localhost:<port>/.well-known/security.txt
 *                                      → tests/fixtures/<name>/security.txt, at the origin's root as a
 *                                        real site serves it (Chromium resolves *.localhost to loopback);
 *                                        {{EXPIRES_IN_90_DAYS}} in it becomes a date 90 days from now
 * Nothing outside tests/fixtures is ever served.
 */
export const FIXTURES_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface FixtureServer {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly port: number;
  readonly root: string;
  /** The URL a fixture is served at: http://127.0.0.1:<port>/<name>/ */
  urlOf(name: string): string;
  /** The same page on its own origin, http://<name>.localhost:<port>/<name>/, whose root serves its security.txt. */
  siteUrlOf(name: string): string;
  stop(): Promise<void>;
}

/** Fixture folders, sorted: those with a source.html (and, with `labelled`, an expected.json). */
export function fixtureNames(root = FIXTURES_DIR, opts: { labelled?: boolean } = {}): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'source.html')))
    .filter((d) => !opts.labelled || existsSync(join(root, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
}

const isFile = (p: string) => {
  try { return statSync(p).isFile(); } catch { return false; }
};

/** The file a request path maps to, or null (404). Exported for tests of the harness itself. */
export function fileFor(root: string, pathname: string): string | null {
  let path: string;
  try { path = decodeURIComponent(pathname); } catch { return null; }
  if (path.includes('\0')) return null;
  const parts = path.split('/').filter(Boolean);
  const [name, ...rest] = parts;
  if (!name || name.startsWith('.')) return null;
  const folder = resolve(root, name);
  if (relative(root, folder).includes(sep) || !existsSync(folder)) return null;
  let file: string;
  if (rest.length === 0) file = join(folder, 'source.html');
  else if (rest.join('/') === '.well-known/security.txt') file = join(folder, 'security.txt');
  else file = resolve(folder, ...rest);
  const rel = relative(folder, file);
  if (!rel || rel === '..' || rel.startsWith(`..${sep}`)) return null; // path traversal
  return isFile(file) ? file : null;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
  res.end(body);
}

function handle(root: string, req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, 'Method Not Allowed');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const { pathname } = url;
  if (pathname === '/.well-known/security.txt') {
    const site = /^([a-z0-9-]+)\.localhost(?::\d+)?$/i.exec(req.headers.host ?? '')?.[1];
    const file = site ? fileFor(root, `/${site}/.well-known/security.txt`) : null;
    if (!file) { send(res, 404, 'Not Found'); return; }
    const expires = new Date(Date.now() + 90 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    send(res, 200, readFileSync(file, 'utf8').replaceAll('{{EXPIRES_IN_90_DAYS}}', expires));
    return;
  }
  if (pathname === '/') {
    const list = fixtureNames(root).map((n) => `<li><a href="/${n}/">${n}</a></li>`).join('');
    send(res, 200, `<!doctype html><title>Fixtures</title><ul>${list}</ul>`, 'text/html; charset=utf-8');
    return;
  }
  // /<name> → /<name>/ so that the page's relative links resolve inside its folder
  const bare = /^\/([^/]+)$/.exec(pathname);
  if (bare && existsSync(join(root, decodeURIComponent(bare[1]!), 'source.html'))) {
    res.writeHead(301, { Location: `${pathname}/${url.search}`, 'Content-Length': 0 });
    res.end();
    return;
  }
  const file = fileFor(root, pathname);
  if (!file) { send(res, 404, 'Not Found'); return; }
  const { size } = statSync(file);
  res.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Length': size, 'Cache-Control': 'no-store' });
  if (req.method === 'HEAD') { res.end(); return; }
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    try { handle(root, req, res); } catch (error) { send(res, 500, String(error)); }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => { server.off('error', fail); ok(); });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    root,
    urlOf: (name) => `${origin}/${encodeURIComponent(name)}/`,
    siteUrlOf: (name) => `http://${name}.localhost:${port}/${encodeURIComponent(name)}/`,
    stop: () => stopFixtureServer(server),
  };
}

function stopFixtureServer(server: Server): Promise<void> {
  return new Promise((ok, fail) => {
    server.close((error) => (error ? fail(error) : ok()));
    server.closeAllConnections();
  });
}
