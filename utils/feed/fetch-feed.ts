/**
 * Downloads a feed: conditional (ETag / Last-Modified, so an unchanged feed costs a
 * 304 and no bytes), bounded in time and in size (TUF "endless data": the size is
 * counted while reading, because Content-Length can lie or be absent).
 */
import { DEFAULT_MAX_ENVELOPE_BYTES } from './feed-constants';
import { feedError, type FeedError } from './feed-error';
import { isSafeUrl } from './safe-url';

export interface FetchFeedOptions {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

export type FetchFeedResult =
  | { status: 'ok'; text: string; etag: string | null; lastModified: string | null }
  | { status: 'not-modified' }
  | { status: 'error'; error: FeedError };

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;

export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ENVELOPE_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const doFetch = options.fetch ?? globalThis.fetch;
  if (!isSafeUrl(url)) {
    return { status: 'error', error: feedError('fetch-failed', `feed URL must be https:// (got ${url})`) };
  }
  const headers: Record<string, string> = {};
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // no-store: we send our own validators; the HTTP cache must not answer for the server.
    const response = await doFetch(url, { headers, cache: 'no-store', signal: controller.signal, credentials: 'omit' });
    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok) {
      return { status: 'error', error: feedError('fetch-failed', `the feed server answered ${response.status} ${response.statusText}`.trim()) };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) return { status: 'error', error: tooLarge(declared, maxBytes) };
    const text = await readBounded(response, maxBytes);
    if (text === null) return { status: 'error', error: tooLarge(null, maxBytes) };
    return { status: 'ok', text, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  } catch (error) {
    const aborted = controller.signal.aborted;
    return {
      status: 'error',
      error: feedError(
        'fetch-failed',
        aborted ? `the feed server did not answer within ${Math.round(timeoutMs / 1000)} s` : `could not reach the feed server (${(error as Error).message})`,
      ),
    };
  } finally {
    clearTimeout(timer);
  }
}

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
