/**
 * Re-verifies a feed stored in IndexedDB, for the sidebar (load-content.ts) and as the
 * anchor of the next update (update-feed.ts). Nothing in the stored record is believed
 * on its own (review L1): version, hash and dates come from the envelope, and a record
 * whose fields disagree with its envelope is refused, so a one-time database write
 * (say `version = 2^53-1`) cannot freeze every later update.
 *
 * Time is not a reason to refuse here (review L4). The feed was checked against the
 * clock when it arrived; at load it is checked as of a moment it was valid (inside
 * issued..expires, with content review dates as of its issue day). An expired feed, a
 * clock that runs slow or a review date that has passed since are returned as FLAGS,
 * so the sidebar keeps the last good signed content and says what is wrong, instead of
 * falling back, silently, to older built-in content.
 */
import type { ContentBundle } from '../content/content-schema';
import { todayIso } from '../content/today';
import type { StoredFeed } from '../db/open-db';
import { checkFeedPayload } from './check-payload';
import { DAY_MS, EXPIRED_GRACE_DAYS, ISSUED_CLOCK_SKEW_MS } from './feed-constants';
import { feedError, type FeedError } from './feed-error';
import { feedPayloadFrameSchema, type FeedPayload } from './feed-payload';
import type { FeedSource } from './feed-sources';
import { verifyEnvelope } from './verify-envelope';

export interface StoredFeedFlags {
  /** Past `expires`: still shown, flagged "out of date". */
  outOfDate: boolean;
  /** Past `expires` plus the grace period: time-sensitive items are hidden (an overlay is dropped). */
  pastGrace: boolean;
  /** This computer's clock is before the feed's issue time: probably wrong. */
  clockBehind: boolean;
  /** Items whose `reviewBy` date has passed since the feed arrived. */
  reviewOverdue: number;
}

export type StoredFeedVerdict = { ok: true; feed: FeedPayload; sha256: string; flags: StoredFeedFlags } | { ok: false; error: FeedError };

export async function verifyStoredFeed(
  stored: StoredFeed,
  source: FeedSource,
  now: Date,
  overlayBase?: ContentBundle,
): Promise<StoredFeedVerdict> {
  const envelope = await verifyEnvelope(stored.envelope, { trustedKeys: source.trustedKeys, threshold: source.threshold });
  if (!envelope.ok) return envelope;

  // The signed dates (signature already checked) fix the moment to check the payload at.
  let issued = now.getTime();
  let expires = now.getTime() + 1;
  try {
    const frame = feedPayloadFrameSchema().safeParse(JSON.parse(envelope.payloadText));
    if (frame.success) {
      issued = Date.parse(frame.data.issued);
      expires = Date.parse(frame.data.expires);
    }
  } catch {
    // checkFeedPayload below reports the malformed payload.
  }
  const t = now.getTime();
  const asOf = new Date(Math.min(Math.max(t, issued), expires - 1));
  const checked = await checkFeedPayload(envelope.payloadText, envelope.payload, {
    feedName: source.feedName,
    now: asOf,
    today: todayIso(new Date(Math.min(issued, asOf.getTime()))),
    stored: null,
    ...(source.minVersion !== undefined ? { minVersion: source.minVersion } : {}),
    ...(source.overlay && overlayBase ? { overlayBase, ...(source.scope ? { overlayScope: source.scope } : {}) } : {}),
  });
  if (!checked.ok) return checked;

  const { feed, sha256 } = checked;
  if (
    stored.version !== feed.version ||
    stored.sha256.toLowerCase() !== sha256 ||
    stored.feed !== feed.feed ||
    stored.issued !== feed.issued ||
    stored.expires !== feed.expires
  ) {
    return { ok: false, error: feedError('stored-mismatch', 'the stored record does not match its signed envelope') };
  }

  const today = todayIso(now);
  const items = [...feed.content.messages, ...feed.content.services, ...feed.content.resources];
  return {
    ok: true,
    feed,
    sha256,
    flags: {
      outOfDate: expires <= t,
      pastGrace: expires + EXPIRED_GRACE_DAYS * DAY_MS <= t,
      clockBehind: t + ISSUED_CLOCK_SKEW_MS < issued,
      reviewOverdue: items.filter((i) => i.reviewBy < today).length,
    },
  };
}
