/** A page URL's path and host, both '' when there is no URL or it is not one (a file name): then no URL signal. */
export function urlParts(url: string | null): { path: string; host: string } {
  if (!url) return { path: '', host: '' };
  try {
    const u = new URL(url);
    return { path: u.pathname, host: u.hostname };
  } catch {
    return { path: '', host: '' };
  }
}
