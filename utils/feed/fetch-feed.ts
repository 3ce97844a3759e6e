/**
 * Downloads a feed: a plain GET, bounded in time and in size (TUF "endless data": the
 * size is counted while reading, because Content-Length can lie or be absent).
 *
 * Why no If-None-Match / If-Modified-Since of our own: they are not CORS-safelisted
 * request headers, so setting them makes the browser send an OPTIONS preflight first,
 * and ordinary static hosts (nginx, S3, Azure blob) refuse it. Every update after the
 * first then failed (docs/publishing.md, "Hosting"). `cache: 'no-cache'` instead has the
 * browser's HTTP cache revalidate with the server's own ETag / Last-Modified; validators
 * added by the cache do not trigger a preflight. An unchanged feed still costs a 304 on
 * the wire; fetch() hands us the cached body, which verifies as "unchanged".
 * https://fetch.spec.whatwg.org/#cors-safelisted-request-header
 */
import { DEFAULT_MAX_ENVELOPE_BYTES } from './feed-constants';
import { feedError, type FeedError } from './feed-error';
import { isSafeUrl } from './safe-url';

export interface FetchFeedOptions {
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

export type FetchFeedResult =
  { status: 'ok'; text: string; etag: string | null; lastModified: string | null } | { status: 'error'; error: FeedError };

const DEFAULT_FETCH_TIMEOUT_MS = 20_000;

export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ENVELOPE_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const doFetch = options.fetch ?? globalThis.fetch;
  if (!isSafeUrl(url)) {
    return { status: 'error', error: feedError('unsafe-url', `feed URL must be https:// (got ${url})`) };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // No headers, no credentials: a "simple" request that needs only Access-Control-Allow-Origin.
    const response = await doFetch(url, { cache: 'no-cache', signal: controller.signal, credentials: 'omit' });
    if (!response.ok) {
      // The status code only: the status text is the (unsigned) host's to choose.
      return { status: 'error', error: feedError('http-error', `the feed server answered HTTP ${response.status}`) };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) return { status: 'error', error: tooLarge(declared, maxBytes) };
    const text = await readBounded(response, maxBytes);
    if (text === null) return { status: 'error', error: tooLarge(null, maxBytes) };
    return { status: 'ok', text, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  } catch {
    if (controller.signal.aborted) {
      return {
        status: 'error',
        error: feedError('fetch-timeout', `the feed server did not answer within ${Math.round(timeoutMs / 1000)} s`),
      };
    }
    const refused = await answersWithoutCors(url, doFetch);
    return {
      status: 'error',
      error: refused
        ? feedError('fetch-refused', 'the server answered, but the browser refused the response: no Access-Control-Allow-Origin')
        : feedError('fetch-failed', 'no answer from the feed server (network error)'),
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * fetch() rejects with the same bare TypeError for a dead host and for a CORS refusal.
 * A `no-cors` request tells them apart: it resolves (with an opaque response we cannot
 * read) whenever the server answered at all, and rejects only when nothing did.
 */
async function answersWithoutCors(url: string, doFetch: typeof fetch): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
  try {
    await doFetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: controller.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

const PROBE_TIMEOUT_MS = 5_000;

function tooLarge(size: number | null, maxBytes: number): FeedError {
  return feedError('too-large', `the feed is larger than the ${maxBytes}-byte limit${size ? ` (${size} bytes)` : ''}`);
}

/** The body as text, or null once it passes `maxBytes` (the download is cancelled). */
async function readBounded(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).byteLength > maxBytes ? null : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
