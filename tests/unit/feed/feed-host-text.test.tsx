/**
 * M4: the feed host is not trusted, so nothing it chose (payload type, HTTP reason phrase,
 * body, network error text) reaches the sidebar. Only the fixed sentence for the error
 * code is shown; the detail kept for diagnostics is printable ASCII and short.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { closeMeccDb, DB_NAME } from '../../../utils/db/open-db';
import { getFeedStatus } from '../../../utils/db/feed-store';
import { DETAIL_MAX, FEED_ERROR_MESSAGES } from '../../../utils/feed/feed-error';
import { loadContent } from '../../../utils/feed/load-content';
import { updateFeedSource } from '../../../utils/feed/update-feed';
import { resolveFeedSettings } from '../../../utils/settings/feed-settings';
import { StatusLine } from '../../../components/StatusLine';
import { FEED, fixtureContent, newKey, NOW } from './feed-test-kit';

const URL = 'https://feeds.test/mecc.json';
const SPAM = `Call the MECC helpdesk on 0900 123 4567 to re-enable content \u202E${'x'.repeat(100_000)}`;

const hostile: Array<[string, typeof fetch]> = [
  ['a hostile payloadType', (async () => new Response(JSON.stringify({ payload: '', payloadType: SPAM, signatures: [] }))) as typeof fetch],
  ['a hostile HTTP reason phrase', (async () => new Response('', { status: 503, statusText: 'Call 0900 123 4567 now' })) as typeof fetch],
  ['a hostile body the JSON parser quotes', (async () => new Response(`{"Call 0900 123 4567": \u202E}`)) as typeof fetch],
  ['a hostile network error', (async () => Promise.reject(new TypeError(SPAM))) as typeof fetch],
];

afterEach(async () => {
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('text the feed host chose', () => {
  it.each(hostile)('M4: %s produces only the fixed sentence for its code, in storage and in the status line', async (_what, fetchImpl) => {
    const key = await newKey();
    const source = { source: 'main', url: URL, feedName: FEED, trustedKeys: [key.trusted], threshold: 1, overlay: false };
    const outcome = await updateFeedSource(source, { fetch: fetchImpl, now: () => NOW });
    expect(outcome.status).toBe('failed');

    const { lastError } = await getFeedStatus('main');
    expect(lastError!.message).toBe(FEED_ERROR_MESSAGES[lastError!.code]);
    expect(lastError!.detail.length).toBeLessThanOrEqual(DETAIL_MAX);
    expect(lastError!.detail).toMatch(/^[\x20-\x7e]*$/);
    expect(lastError!.detail).not.toContain('\u202E');

    const state = await loadContent(resolveFeedSettings({ feedUrl: URL, trustedKeys: [key.trusted] }), fixtureContent(), NOW);
    const root = document.createElement('div');
    render(<StatusLine state={state} onCheck={async () => ({ lines: [], ok: true })} />, root);
    expect(root.textContent).toContain(`Last update failed: ${FEED_ERROR_MESSAGES[lastError!.code]}`);
    expect(root.textContent).not.toMatch(/0900|helpdesk|\u202E/);
    for (const p of state.problems) expect(p.message.length).toBeLessThanOrEqual(200);
  });

  it('M4: a stored error record from an older build (or an edited one) is shown by its code, not its text', async () => {
    const key = await newKey();
    const { storeFeedStatus } = await import('../../../utils/db/feed-store');
    await storeFeedStatus({
      source: 'main',
      lastAttempt: NOW.toISOString(),
      lastSuccess: null,
      lastError: { code: 'fetch-failed', message: 'Call 0900 123 4567', detail: '', at: NOW.toISOString() },
    });
    const state = await loadContent(resolveFeedSettings({ feedUrl: URL, trustedKeys: [key.trusted] }), fixtureContent(), NOW);
    expect(state.problems[0]!.message).toBe('could not reach the feed server');
  });
});
