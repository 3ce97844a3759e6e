/**
 * Download → verify → store, against a fake server and fake-indexeddb. Every way an
 * update can fail must leave the stored feed as it was and record a clear reason.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeMeccDb, DB_NAME } from '../../../utils/db/open-db';
import { getFeedStatus, getStoredFeed } from '../../../utils/db/feed-store';
import * as feedStore from '../../../utils/db/feed-store';
import { updateFeedSource } from '../../../utils/feed/update-feed';
import type { FeedSource } from '../../../utils/feed/feed-sources';
import { envelopeFor, FEED, newKey, NOW, payloadObject, text, type TestKey } from './feed-test-kit';

const URL = 'https://feeds.test/mecc.json';
let key: TestKey;
let source: FeedSource;

/** A fake fetch that serves what the test sets, and records the request headers. */
function server() {
  const state = { body: '', status: 200, headers: {} as Record<string, string>, inits: [] as (RequestInit | undefined)[], fail: false };
  const fetchImpl = (async (_url: string, init?: RequestInit) => {
    state.inits.push(init);
    if (state.fail) throw new TypeError('Failed to fetch');
    return new Response(state.status === 304 ? null : state.body, { status: state.status, headers: state.headers });
  }) as typeof fetch;
  return { state, fetch: fetchImpl };
}
const serve = async (payload: Record<string, unknown>, keys = [key]) => text(await envelopeFor(payload, keys));
const update = (fake: ReturnType<typeof server>) => updateFeedSource(source, { fetch: fake.fetch, now: () => NOW });

beforeEach(async () => {
  key = await newKey();
  source = { source: 'main', url: URL, feedName: FEED, trustedKeys: [key.trusted], threshold: 1, overlay: false };
});
afterEach(async () => {
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
  vi.restoreAllMocks();
});

describe('updateFeedSource', () => {
  it('stores a validly signed feed with its validators and records success', async () => {
    const fake = server();
    fake.state.body = await serve(payloadObject({ version: 3 }));
    fake.state.headers = { etag: '"v3"' };
    expect(await update(fake)).toEqual({ status: 'updated', version: 3 });
    const stored = await getStoredFeed('main');
    expect(stored).toMatchObject({ version: 3, feed: FEED, etag: '"v3"', url: URL, keyids: [key.trusted.keyid] });
    expect(await getFeedStatus('main')).toMatchObject({ lastSuccess: NOW.toISOString(), lastError: null });
  });

  it('sends a plain GET that needs no preflight, and lets the HTTP cache revalidate', async () => {
    const fake = server();
    fake.state.body = await serve(payloadObject({ version: 3 }));
    fake.state.headers = { etag: '"v3"', 'last-modified': 'Sun, 22 Nov 2026 06:00:00 GMT' };
    await update(fake);
    // The browser's cache hands back the same bytes after a 304: that is "unchanged", not an error.
    expect(await update(fake)).toEqual({ status: 'unchanged' });
    for (const init of fake.state.inits) {
      // Any header of our own (If-None-Match, If-Modified-Since…) forces a CORS preflight.
      expect([...new Headers(init?.headers).keys()]).toEqual([]);
      expect(init).toMatchObject({ cache: 'no-cache', credentials: 'omit' });
    }
  });

  it('tells a CORS refusal from a dead server', async () => {
    const { fetchFeed } = await import('../../../utils/feed/fetch-feed');
    // CORS refused: the cors request rejects, but a no-cors request gets an (opaque) answer.
    const corsRefused = (async (_url: string, init?: RequestInit) => {
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchFeed(URL, { fetch: corsRefused })).toMatchObject({
      status: 'error',
      error: { code: 'fetch-refused', message: 'the feed server refused the request (check its CORS set-up)' },
    });
    const dead = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchFeed(URL, { fetch: dead })).toMatchObject({
      status: 'error',
      error: { code: 'fetch-failed', message: 'could not reach the feed server' },
    });
  });

  it('never shows the status text the (unsigned) host chose', async () => {
    const { fetchFeed } = await import('../../../utils/feed/fetch-feed');
    const liar = (async () => new Response('', { status: 503, statusText: 'Call 0800 000 0000 now' })) as typeof fetch;
    const result = await fetchFeed(URL, { fetch: liar });
    expect(result).toMatchObject({ status: 'error', error: { code: 'http-error', detail: 'the feed server answered HTTP 503' } });
  });

  it.each<[string, (fake: ReturnType<typeof server>) => Promise<void>, string | RegExp]>([
    [
      'a tampered feed',
      async (f) => {
        const env = JSON.parse(await serve(payloadObject({ version: 4 })));
        const payload = JSON.parse(atob(env.payload));
        payload.content.services[0].url = 'https://evil.example/';
        env.payload = btoa(JSON.stringify(payload));
        f.state.body = JSON.stringify(env);
      },
      'bad-signature',
    ],
    [
      'a feed signed by an unknown key',
      async (f) => {
        f.state.body = await serve(payloadObject({ version: 4 }), [await newKey()]);
      },
      'untrusted-key',
    ],
    [
      'an older version (rollback)',
      async (f) => {
        f.state.body = await serve(payloadObject({ version: 1 }));
      },
      'rollback',
    ],
    [
      'the same version with different content (equivocation)',
      async (f) => {
        f.state.body = await serve(payloadObject({ version: 2, issued: '2026-11-22T07:00:00Z' }));
      },
      'equivocation',
    ],
    [
      'an expired feed',
      async (f) => {
        f.state.body = await serve(payloadObject({ version: 4, issued: '2026-10-01T00:00:00Z', expires: '2026-11-01T00:00:00Z' }));
      },
      'expired',
    ],
    [
      'malformed JSON',
      async (f) => {
        f.state.body = '{"payload": ';
      },
      'malformed-envelope',
    ],
    [
      'a server error',
      async (f) => {
        f.state.status = 503;
      },
      'http-error',
    ],
    [
      'a dead endpoint',
      async (f) => {
        f.state.fail = true;
      },
      'fetch-failed',
    ],
  ])('refuses %s, keeps the stored feed and records why', async (_name, arrange, code) => {
    const fake = server();
    fake.state.body = await serve(payloadObject({ version: 2 }));
    await update(fake);
    const before = await getStoredFeed('main');

    await arrange(fake);
    const outcome = await update(fake);
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.error.code).toBe(code);
    expect(await getStoredFeed('main')).toEqual(before);
    const status = await getFeedStatus('main');
    expect(status.lastError).toMatchObject({ code, at: NOW.toISOString() });
    expect(status.lastSuccess).toBe(NOW.toISOString());
  });

  it('refuses an oversized response while reading it, without a Content-Length', async () => {
    const fake = server();
    // 3 MiB of whitespace, streamed: the cap must be enforced on bytes read.
    fake.state.body = ' '.repeat(3 * 1024 * 1024);
    const outcome = await update(fake);
    expect(outcome.status === 'failed' && outcome.error.code).toBe('too-large');
    expect(await getStoredFeed('main')).toBeUndefined();
  });

  it('gives up on a server that does not answer in time', async () => {
    const hanging = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as typeof fetch;
    const { fetchFeed } = await import('../../../utils/feed/fetch-feed');
    const result = await fetchFeed(URL, { fetch: hanging, timeoutMs: 20 });
    expect(result).toMatchObject({
      status: 'error',
      error: { code: 'fetch-timeout', detail: 'the feed server did not answer within 0 s' },
    });
  });

  it('refuses a plain-http feed URL (except on this machine, for tests)', async () => {
    const { fetchFeed } = await import('../../../utils/feed/fetch-feed');
    const result = await fetchFeed('http://feeds.test/mecc.json', { fetch: server().fetch });
    expect(result).toMatchObject({ status: 'error', error: { code: 'unsafe-url' } });
  });

  it('keeps the old feed when the disk is full', async () => {
    const fake = server();
    fake.state.body = await serve(payloadObject({ version: 2 }));
    await update(fake);
    const before = await getStoredFeed('main');
    vi.spyOn(feedStore, 'storeFeed').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    fake.state.body = await serve(payloadObject({ version: 3 }));
    const outcome = await update(fake);
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'store-failed' } });
    expect(outcome.status === 'failed' && outcome.error.detail).toMatch(/QuotaExceededError/);
    expect(await getStoredFeed('main')).toEqual(before);
  });
});
