/**
 * Checks a payload whose signature verifyEnvelope has already accepted, before it
 * may replace the content in use. Every rule here comes from TUF's attack list:
 * https://theupdateframework.github.io/specification/latest/#goals-for-specific-attacks-to-protect-against
 *
 *   wrong-feed        a validly signed feed for another name (substitution / mix-and-match)
 *   rollback          an older version than the one stored ("MUST NOT replace ... with a lower version")
 *   equivocation      the same version with different bytes: two different "truths" were signed
 *   expired           `expires` <= now (indefinite freeze: a host replaying an old, valid file)
 *   validity-too-long `expires` more than MAX_VALIDITY_DAYS after `issued` (a freeze window with no end)
 *   issued-in-future  a broken publisher clock, which would make the feed live too long
 *   invalid-content   the same schema and rules as `npm run content:check`
 *   out-of-scope      an overlay that changes items outside its policy scope (overlay-scope.ts)
 * and a payload with a duplicated object key is malformed (findDuplicateKey says why).
 *
 * Same version, same bytes is fine (TUF: "This is normal and it shouldn't raise any
 * error") and is returned as `unchanged` so the caller can skip the store.
 */
import type { ContentBundle } from '../content/content-schema';
import { todayIso } from '../content/today';
import { formatProblem } from '../content/validate-content';
import { findDuplicateKey } from './duplicate-keys';
import { DAY_MS, ISSUED_CLOCK_SKEW_MS, MAX_VALIDITY_DAYS } from './feed-constants';
import { feedError, type FeedError } from './feed-error';
import { feedPayloadFrameSchema, type FeedPayload } from './feed-payload';
import { checkOverlayScope, type OverlayScope } from './overlay-scope';
import { sha256Hex } from './trusted-keys';
import { validateFeedContent } from './validate-feed-content';

export interface StoredFeedInfo {
  version: number;
  /** Hex SHA-256 of the stored payload bytes (as returned in `sha256` below). */
  sha256: string;
}

export interface CheckPayloadOptions {
  /**
   * The name this feed must carry. `null` accepts any name and exists for the
   * publisher's `verify` without `--feed`; the extension always passes its name.
   */
  feedName: string | null;
  /** Fixed at the start of the update (TUF §5.1), so every check uses the same instant. */
  now: Date;
  /** What is in use now, if anything; `null`/absent before the first feed. */
  stored?: StoredFeedInfo | null;
  /** Refuse versions below this (the publisher's `verify --min-version`). */
  minVersion?: number;
  /** YYYY-MM-DD for content review dates; defaults to `now`'s UTC date. */
  today?: string;
  /**
   * Set for a local overlay feed: the main content it will be merged over. Its
   * references may then point into the main content, and it may carry `hide`.
   */
  overlayBase?: ContentBundle;
  /** With `overlayBase`: what the overlay may change (overlay-scope.ts). */
  overlayScope?: OverlayScope;
}

export type CheckPayloadResult = { ok: true; feed: FeedPayload; sha256: string; unchanged: boolean } | { ok: false; error: FeedError };

/** How many content problems to put in the one-line message; the CLI's content:check lists all. */
const PROBLEMS_SHOWN = 3;

const fail = (...args: Parameters<typeof feedError>): CheckPayloadResult => ({ ok: false, error: feedError(...args) });

/** Rollback, equivocation and the policy floor (TUF): against what is stored, and against `minVersion`. */
function checkVersion(
  version: number,
  sha256: string,
  opts: CheckPayloadOptions,
): { ok: true; unchanged: boolean } | { ok: false; result: CheckPayloadResult } {
  const stored = opts.stored ?? null;
  let unchanged = false;
  if (stored) {
    if (version < stored.version) {
      return { ok: false, result: fail('rollback', `feed version ${version} is older than version ${stored.version} already in use`) };
    }
    if (version === stored.version) {
      if (sha256 !== stored.sha256.toLowerCase()) {
        return { ok: false, result: fail('equivocation', `feed version ${version} differs from the version ${version} already in use`) };
      }
      unchanged = true;
    }
  }
  if (opts.minVersion !== undefined && version < opts.minVersion) {
    return { ok: false, result: fail('rollback', `feed version ${version} is older than the minimum version ${opts.minVersion}`) };
  }
  return { ok: true, unchanged };
}

/** The validity window: well-ordered, at most MAX_VALIDITY_DAYS, not expired, not issued in the future. Null when it holds. */
function checkValidity(issuedAt: string, expiresAt: string, at: Date): CheckPayloadResult | null {
  const now = at.getTime();
  const issued = Date.parse(issuedAt);
  const expires = Date.parse(expiresAt);
  if (expires <= issued) {
    return fail('malformed-payload', `the feed expires (${expiresAt}) before it was issued (${issuedAt})`);
  }
  if (expires - issued > MAX_VALIDITY_DAYS * DAY_MS) {
    return fail('validity-too-long', `the feed is valid from ${issuedAt} to ${expiresAt}, more than ${MAX_VALIDITY_DAYS} days`);
  }
  if (expires <= now) return fail('expired', `the feed expired at ${expiresAt}; the publisher must re-sign it`);
  if (issued > now + ISSUED_CLOCK_SKEW_MS) {
    return fail('issued-in-future', `the feed says it was issued at ${issuedAt}, which is in the future`);
  }
  return null;
}

export async function checkFeedPayload(
  payloadText: string,
  payloadBytes: Uint8Array<ArrayBuffer>,
  opts: CheckPayloadOptions,
): Promise<CheckPayloadResult> {
  let data: unknown;
  try {
    data = JSON.parse(payloadText);
  } catch (error) {
    return fail('malformed-payload', `the signed payload is not valid JSON (${(error as Error).message})`);
  }
  const duplicate = findDuplicateKey(payloadText);
  if (duplicate !== null) {
    return fail('malformed-payload', `the signed payload has the key ${JSON.stringify(duplicate)} twice in one object`);
  }
  const frame = feedPayloadFrameSchema().safeParse(data);
  if (!frame.success) {
    const issue = frame.error.issues[0]!;
    const field = issue.path.map(String).join('.') || 'payload';
    return fail('malformed-payload', `the signed payload is not a feed: ${field}: ${issue.message}`);
  }
  const p = frame.data;
  if (p.hide && !opts.overlayBase) {
    return fail('malformed-payload', 'the signed payload has "hide", which only an overlay feed may carry');
  }

  if (opts.feedName !== null && p.feed !== opts.feedName) {
    return fail('wrong-feed', `the feed is named ${JSON.stringify(p.feed)}, expected ${JSON.stringify(opts.feedName)}`);
  }

  const sha256 = await sha256Hex(payloadBytes);
  const version = checkVersion(p.version, sha256, opts);
  if (!version.ok) return version.result;
  const { unchanged } = version;
  const timing = checkValidity(p.issued, p.expires, opts.now);
  if (timing) return timing;

  const content = validateFeedContent([{ path: 'feed', data: p.content }], opts.today ?? todayIso(opts.now), opts.overlayBase);
  if (!content.ok) {
    const shown = content.problems.slice(0, PROBLEMS_SHOWN).map(formatProblem).join('; ');
    const more = content.problems.length > PROBLEMS_SHOWN ? ` (and ${content.problems.length - PROBLEMS_SHOWN} more)` : '';
    return fail('invalid-content', `the feed content is invalid: ${shown}${more}`);
  }

  if (opts.overlayBase && opts.overlayScope) {
    const scope = checkOverlayScope({ content: content.bundle, hide: p.hide }, opts.overlayBase, opts.overlayScope);
    if (scope.problems.length) {
      const more = scope.problems.length > PROBLEMS_SHOWN ? ` (and ${scope.problems.length - PROBLEMS_SHOWN} more)` : '';
      return fail('out-of-scope', `${scope.problems.slice(0, PROBLEMS_SHOWN).join('; ')}${more}`);
    }
  }

  const feed: FeedPayload = { feed: p.feed, version: p.version, issued: p.issued, expires: p.expires, content: content.bundle };
  if (p.hide) feed.hide = p.hide;
  return { ok: true, feed, sha256, unchanged };
}
