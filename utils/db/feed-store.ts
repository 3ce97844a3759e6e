/** Reading and writing verified feeds and their update status, atomically. */
import { openMeccDb, type FeedStatusRecord, type StoredFeed } from './open-db';

export async function getStoredFeed(source: string): Promise<StoredFeed | undefined> {
  return (await openMeccDb()).get('feeds', source);
}

export async function getFeedStatus(source: string): Promise<FeedStatusRecord> {
  const stored = await (await openMeccDb()).get('feed-status', source);
  return stored ?? { source, lastAttempt: null, lastSuccess: null, lastError: null };
}

export async function getAllFeedStatus(): Promise<FeedStatusRecord[]> {
  return (await openMeccDb()).getAll('feed-status');
}

/**
 * The new feed and its status in one transaction: a crash or a full disk leaves the
 * previous feed and status exactly as they were, never half of each.
 */
export async function storeFeed(feed: StoredFeed, status: FeedStatusRecord): Promise<void> {
  const db = await openMeccDb();
  const tx = db.transaction(['feeds', 'feed-status'], 'readwrite');
  await Promise.all([tx.objectStore('feeds').put(feed), tx.objectStore('feed-status').put(status), tx.done]);
}

export async function storeFeedStatus(status: FeedStatusRecord): Promise<void> {
  await (await openMeccDb()).put('feed-status', status);
}
