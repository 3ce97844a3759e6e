/**
 * One update of one feed source: download, verify, store. Whatever goes wrong (dead
 * server, tampering, rollback, full disk) the stored feed is left untouched and the
 * reason is recorded for the sidebar; only a fully verified feed replaces it, in a
 * single transaction.
 */
import type { ContentBundle } from '../content/content-schema';
import { getFeedStatus, getStoredFeed, storeFeed, storeFeedStatus } from '../db/feed-store';
import type { FeedStatusRecord } from '../db/open-db';
import { feedError, safeDetail, type FeedError } from './feed-error';
import { fetchFeed } from './fetch-feed';
import type { FeedSource } from './feed-sources';
import { verifyFeed } from './verify-feed';
import { verifyStoredFeed } from './verify-stored-feed';

export type UpdateOutcome = { status: 'updated'; version: number } | { status: 'unchanged' } | { status: 'failed'; error: FeedError };

export interface UpdateDeps {
  fetch?: typeof fetch;
  now?: () => Date;
  /** For overlays: the main content they merge over (their references may point into it). */
  overlayBase?: ContentBundle;
}

export async function updateFeedSource(source: FeedSource, deps: UpdateDeps = {}): Promise<UpdateOutcome> {
  // One instant for every check of this update (TUF §5.1 "fixed update start time").
  const now = (deps.now ?? (() => new Date()))();
  const at = now.toISOString();
  const stored = await getStoredFeed(source.source);
  const previous = await getFeedStatus(source.source);
  const sameUrl = stored?.url === source.url;
  // The rollback / equivocation anchor comes from the stored ENVELOPE, re-verified, never
  // from the record's own fields (review L1). A record that does not verify (edited in
  // the database, or its key since removed) anchors nothing; minFeedVersion still holds.
  const anchor = stored ? await verifyStoredFeed(stored, source, now, deps.overlayBase) : null;

  const fail = async (error: FeedError): Promise<UpdateOutcome> => {
    const stored = { code: error.code, message: error.message, detail: safeDetail(error.detail), at };
    await storeFeedStatus({ ...previous, lastAttempt: at, lastError: stored }).catch(() => {});
    return { status: 'failed', error };
  };
  const succeeded: FeedStatusRecord = { source: source.source, lastAttempt: at, lastSuccess: at, lastError: null };

  // Conditional requests are the browser HTTP cache's job (fetch-feed.ts says why): an
  // unchanged feed comes back as the same bytes and verifies as "unchanged" below.
  const fetched = await fetchFeed(source.url, { fetch: deps.fetch });
  if (fetched.status === 'error') return fail(fetched.error);

  const verdict = await verifyFeed(fetched.text, {
    trustedKeys: source.trustedKeys,
    threshold: source.threshold,
    feedName: source.feedName,
    now,
    stored: anchor?.ok ? { version: anchor.feed.version, sha256: anchor.sha256 } : null,
    ...(source.minVersion !== undefined ? { minVersion: source.minVersion } : {}),
    overlayBase: source.overlay ? deps.overlayBase : undefined,
    ...(source.overlay && source.scope ? { overlayScope: source.scope } : {}),
  });
  if (!verdict.ok) return fail(verdict.error);
  if (verdict.unchanged && sameUrl) {
    await storeFeedStatus(succeeded);
    return { status: 'unchanged' };
  }

  try {
    await storeFeed(
      {
        source: source.source,
        url: source.url,
        envelope: fetched.text,
        sha256: verdict.sha256,
        feed: verdict.feed.feed,
        version: verdict.feed.version,
        issued: verdict.feed.issued,
        expires: verdict.feed.expires,
        keyids: verdict.keyids,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        storedAt: at,
      },
      succeeded,
    );
  } catch (error) {
    // QuotaExceededError and friends: the transaction rolled back, the old feed stands.
    return fail(feedError('store-failed', `${(error as Error).name}: ${(error as Error).message}`));
  }
  return { status: 'updated', version: verdict.feed.version };
}
