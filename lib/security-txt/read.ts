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
const TIMEOUT_MS = 5000;

export async function readSecurityTxt(origin: string, now: Date, fetchImpl: typeof fetch = fetch): Promise<SecurityTxtCheck> {
  const url = `${origin}/.well-known/security.txt`;
  const base = { url, checkedAt: now.toISOString() };
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'omit', redirect: 'follow', cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    return { ...base, status: 'unreachable', note: 'The request failed (network error or timeout).' };
  }
  if (response.status === 404 || response.status === 410) return { ...base, status: 'missing', note: `No file: the site answered ${response.status}.` };
  if (!response.ok) return { ...base, status: 'unreachable', note: `The site answered ${response.status}.` };
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type)) return { ...base, status: 'missing', note: 'The site answered with a web page, not a security.txt (served as HTML).' };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) return { ...base, status: 'invalid', note: `The file is ${bytes.length} bytes; a security.txt is a few hundred.` };
  // a redirect to another place is where it was read from: Canonical is checked against that
  const result = parseSecurityTxt(bytes, { now, url: response.url || url });
  if (!/^text\/plain\b/i.test(type)) result.findings.push({ severity: 'warning', code: 'content_type', message: `Served as "${type || 'no type'}"; RFC 9116 requires text/plain.` });
  return { ...base, status: result.valid ? 'found' : 'invalid', result };
}

/** The findings a buyer should see first: errors, then warnings. */
export const importantFindings = (check: SecurityTxtCheck): Finding[] =>
  (check.result?.findings ?? []).filter((f) => f.severity !== 'info').sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
