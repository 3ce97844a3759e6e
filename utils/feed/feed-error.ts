/**
 * Why a feed was refused: a code the extension can branch on, a fixed sentence per
 * code for people, and a detail for diagnostics and the publisher's CLI.
 *
 * The sentence never carries text from the download. The host is not trusted
 * (docs/publishing.md, "Host it"), yet the payload type, an HTTP reason phrase, a JSON
 * parser's excerpt of the body or a network error are all the host's to choose, and a
 * host could otherwise put "Call the helpdesk on 0900 …" into the sidebar (review M4).
 * So the sidebar shows only FEED_ERROR_MESSAGES[code]; the detail is shown only in
 * diagnostics, as printable ASCII and at most DETAIL_MAX characters (the publisher's CLI
 * prints it in full).
 */
export type FeedErrorCode =
  // verify-envelope.ts: the envelope and its signatures
  | 'too-large'
  | 'malformed-envelope'
  | 'wrong-payload-type'
  | 'no-trusted-keys'
  | 'bad-signature'
  | 'untrusted-key'
  | 'below-threshold'
  // check-payload.ts (and verify-envelope.ts for non-UTF-8 bytes): the signed payload
  | 'malformed-payload'
  | 'wrong-feed'
  | 'rollback'
  | 'equivocation'
  | 'expired'
  | 'validity-too-long'
  | 'issued-in-future'
  | 'invalid-content'
  | 'out-of-scope'
  // fetch-feed.ts / update-feed.ts: getting the feed and keeping it
  | 'unsafe-url'
  | 'fetch-failed'
  | 'fetch-refused'
  | 'fetch-timeout'
  | 'http-error'
  | 'store-failed'
  | 'stored-mismatch';

export interface FeedError {
  code: FeedErrorCode;
  /** The fixed sentence for `code`: safe to show anywhere, as text. */
  message: string;
  /** What exactly went wrong, for diagnostics and the CLI: printable ASCII, truncated. */
  detail: string;
}

/** One line each, no trailing full stop (the sidebar adds its own sentence after it). */
export const FEED_ERROR_MESSAGES: Record<FeedErrorCode, string> = {
  'too-large': 'the feed file is larger than the size limit',
  'malformed-envelope': 'the feed file is not a signed feed',
  'wrong-payload-type': 'the feed file is signed for another purpose',
  'no-trusted-keys': 'no usable trusted keys are configured, so no feed can be accepted',
  'bad-signature': 'the feed signature is not valid: the feed was changed after signing, or signed wrongly',
  'untrusted-key': 'the feed is signed only by keys this browser does not trust',
  'below-threshold': 'the feed has fewer trusted signatures than your organisation requires',
  'malformed-payload': 'the signed feed is not in the expected format',
  'wrong-feed': 'the feed is signed for a different feed name',
  rollback: 'the feed is an older version than the one in use or the minimum allowed',
  equivocation: 'the feed reuses the version number in use, with different content',
  expired: 'the feed has expired: the publisher must re-sign it',
  'validity-too-long': 'the feed is valid for longer than the maximum allowed',
  'issued-in-future': "the feed's issue date is in the future (check this computer's clock)",
  'invalid-content': 'the feed content did not pass its checks',
  'out-of-scope': 'the local feed changes items outside what your organisation allows it to',
  'unsafe-url': 'the feed address is not an https:// address',
  'fetch-failed': 'could not reach the feed server',
  'fetch-refused': 'the feed server refused the request (check its CORS set-up)',
  'fetch-timeout': 'the feed server did not answer in time',
  'http-error': 'the feed server answered with an error',
  'store-failed': 'could not save the new content in this browser',
  'stored-mismatch': 'the content stored in this browser was changed outside the extension',
};

export const DETAIL_MAX = 240;

/** Bidi, zero-width and other invisible format characters: dropped, not replaced. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** Printable ASCII only, one line, at most `max` characters. */
export function safeDetail(text: string, max = DETAIL_MAX): string {
  const clean = String(text)
    .slice(0, max * 4)
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 3)}...` : clean;
}

/** The fixed sentence for a code, or a generic one for a code this build does not know (a stored record from another version). */
export function feedErrorMessage(code: string): string {
  return Object.hasOwn(FEED_ERROR_MESSAGES, code) ? FEED_ERROR_MESSAGES[code as FeedErrorCode] : 'the update was refused';
}

/** The detail is cleaned here and cut to DETAIL_MAX where it is stored (update-feed.ts) and shown. */
export function feedError(code: FeedErrorCode, detail = ''): FeedError {
  return { code, message: FEED_ERROR_MESSAGES[code], detail: safeDetail(detail, 2000) };
}
