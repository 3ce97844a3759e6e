/**
 * The one rule for addresses the extension contacts (feeds, the upload endpoint):
 * https only, with plain http allowed on this machine's loopback (127.0.0.1, localhost)
 * for local testing: only this machine can answer there, and the feed is signed anyway.
 *
 * Parsed with the URL parser the browser will use (review I3), so a string it would
 * reject or read differently (a port above 65535, a backslash, user:password@) is refused.
 */
export function isSafeUrl(url: string): boolean {
  if (typeof url !== 'string' || /[\s\\]/.test(url) || !/^https?:\/\//.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:') return parsed.hostname.length > 0;
  return parsed.protocol === 'http:' && (parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost');
}
