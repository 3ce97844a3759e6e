/**
 * Fixed parameters of the signed feed (docs/architecture.md, "Signed feed").
 */

/**
 * The DSSE payload type. Application-specific on purpose: DSSE says a generic type
 * such as application/json "is almost always WRONG", because the type is what stops
 * a signature made for one purpose being accepted for another.
 * https://github.com/secure-systems-lab/dsse/blob/v1.0.0/envelope.md
 */
export const PAYLOAD_TYPE = 'application/vnd.mecc.feed.v1+json';

/**
 * The largest envelope we will even look at. TUF's "endless data" attack: a client
 * must bound what it downloads. The real content is a few hundred KiB; base64 adds a third.
 * https://theupdateframework.github.io/specification/latest/#goals-for-specific-attacks-to-protect-against
 */
export const DEFAULT_MAX_ENVELOPE_BYTES = 2 * 1024 * 1024;

/**
 * More signatures than any sane publisher uses. Each one costs a verification per
 * trusted key, so an unbounded list would let a hostile host burn the user's CPU.
 */
export const MAX_SIGNATURES = 16;

/**
 * How far in the future `issued` may be before we call it a forgery or a broken clock.
 * A day covers clock skew on staff machines and time-zone mistakes by the publisher.
 */
export const ISSUED_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** `npm run feed -- build` default: long enough to survive a missed weekly re-sign or two. */
export const DEFAULT_EXPIRES_DAYS = 30;

/**
 * The longest `expires - issued` a browser accepts (and `build` writes). Without a cap a
 * publisher's `--expires-days 36500` would let a mirror replay that feed for a century
 * (review M5). 45 days is the 30-day default plus two missed weekly re-signs.
 */
export const MAX_VALIDITY_DAYS = 45;

/**
 * How long an expired feed is still shown in full (flagged "out of date"). After that its
 * time-sensitive items (crisis lines, seasonal advice, amounts) are hidden and an expired
 * overlay is dropped: a withdrawn number is worse than none.
 */
export const EXPIRED_GRACE_DAYS = 14;

export const DAY_MS = 24 * 60 * 60 * 1000;
