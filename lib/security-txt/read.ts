import { parseSecurityTxt, type Finding, type SecurityTxt } from '../../extractors/security-txt/index.ts';

/**
 * Reads the vendor's own /.well-known/security.txt: one same-origin GET from
 * the trust page's context, no cookies, nowhere else. The only request Vetter
 * makes. A missing file, an HTML page served in its place (a single-page app's
 * catch-all route) and a network failure are told apart for the buyer.
 */
export type SecurityTxtStatus = 'found' | 'invalid' | 'missing' | 'unreachable';

export interface SecurityTxtCheck {
  status: SecurityTxtStatus;
  url: string;
  /** Why it is missing or unreachable, in words. */
  note?: string;
  result?: SecurityTxt;
  checkedAt: string;
}

const MAX_BYTES = 64 * 1024;
/** For the whole exchange, body included: a server that trickles its answer is unreachable, not a stuck row. */
const TIMEOUT_MS = 5000;

const tooBig = (bytes: number | string) => `The file is over ${MAX_BYTES / 1024} KB (${bytes} bytes or more); a security.txt is a few hundred bytes, so Vetter did not read it.`;

/** The body, at most MAX_BYTES: read as a stream and cancelled as soon as it goes over, never downloaded whole. */
async function readCapped(response: Response): Promise<Uint8Array | 'too-big'> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BYTES) {
      await reader.cancel().catch(() => undefined);
      return 'too-big';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { bytes.set(c, at); at += c.byteLength; }
  return bytes;
}

const originOf = (url: string) => {
  try { return new URL(url).origin; } catch { return null; }
};

/** Never rejects: whatever goes wrong is a row for the buyer (the caller drops a rejected check, and the row with it). */
export async function readSecurityTxt(origin: string, now: Date, fetchImpl: typeof fetch = fetch): Promise<SecurityTxtCheck> {
  try {
    return await read(origin, now, fetchImpl);
  } catch (e) {
    return { url: `${origin}/.well-known/security.txt`, checkedAt: now.toISOString(), status: 'unreachable', note: `The file could not be read (${(e as Error)?.message ?? 'unexpected error'}).` };
  }
}

async function read(origin: string, now: Date, fetchImpl: typeof fetch): Promise<SecurityTxtCheck> {
  const url = `${origin}/.well-known/security.txt`;
  const base = { url, checkedAt: now.toISOString() };
  let response: Response;
  try {
    // redirects are not followed: the one request Vetter makes goes to the page's own origin, and a file
    // another site serves is not the vendor's own
    response = await fetchImpl(url, { credentials: 'omit', redirect: 'manual', cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    return { ...base, status: 'unreachable', note: 'The request failed (network error or timeout).' };
  }
  const finalUrl = response.url || url;
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400) || originOf(finalUrl) !== originOf(url)) {
    await response.body?.cancel().catch(() => undefined);
    return { ...base, status: 'missing', note: 'The site redirects its security.txt to another address. Vetter reads only the file at the page’s own site and does not follow redirects.' };
  }
  if (response.status === 404 || response.status === 410) return { ...base, status: 'missing', note: `No file: the site answered ${response.status}.` };
  if (!response.ok) return { ...base, status: 'unreachable', note: `The site answered ${response.status}.` };
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type)) return { ...base, status: 'missing', note: 'The site answered with a web page, not a security.txt (served as HTML).' };
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    return { ...base, status: 'invalid', note: tooBig(declared) };
  }
  let bytes: Uint8Array | 'too-big';
  try {
    bytes = await readCapped(response);
  } catch {
    return { ...base, status: 'unreachable', note: `The site started answering but the file did not arrive within ${TIMEOUT_MS / 1000} seconds, or the connection broke.` };
  }
  if (bytes === 'too-big') return { ...base, status: 'invalid', note: tooBig(MAX_BYTES + 1) };
  let result: SecurityTxt;
  try {
    result = parseSecurityTxt(bytes, { now, url: finalUrl });
  } catch (e) {
    // the parser is meant never to throw; if it does, the buyer still gets a row saying the file could not be checked
    return { ...base, status: 'invalid', note: `The file could not be checked (${(e as Error)?.message ?? 'parser error'}).` };
  }
  if (!/^text\/plain\b/i.test(type)) result.findings.push({ severity: 'warning', code: 'content_type', message: `Served as "${type || 'no type'}"; RFC 9116 requires text/plain.` });
  return { ...base, status: result.valid ? 'found' : 'invalid', result };
}

/** The findings a buyer should see first: errors, then warnings. */
export const importantFindings = (check: SecurityTxtCheck): Finding[] =>
  (check.result?.findings ?? []).filter((f) => f.severity !== 'info').sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
