/**
 * The one rule for addresses the extension contacts (feeds, the upload endpoint):
 * https only, with plain http allowed on this machine's loopback for local testing.
 */
const SAFE_URL = /^(https:\/\/[^\s]+|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/[^\s]*)$/;

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url);
}
