/**
 * Why a feed was refused, as a code the extension can branch on and a one-line
 * message a person can act on. The sidebar shows the message while the last good
 * content stays in use ("update failed" must never look like "no content").
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
  | 'issued-in-future'
  | 'invalid-content'
  // fetch-feed.ts / update-feed.ts: getting the feed and keeping it
  | 'fetch-failed'
  | 'fetch-refused'
  | 'store-failed';

export interface FeedError {
  code: FeedErrorCode;
  /** One line, no trailing full stop needed; safe to show as text (never as HTML). */
  message: string;
}

export function feedError(code: FeedErrorCode, message: string): FeedError {
  // One line, always: the CLI prints it as the reason and the sidebar as a status line.
  return { code, message: message.replace(/\s*\n\s*/g, ' ').trim() };
}
