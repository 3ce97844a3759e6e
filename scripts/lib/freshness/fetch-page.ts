/**
 * One polite GET, following redirects by hand so the check sees every hop (a redirect to
 * another site is a finding, not something to follow silently). Node's own http/https:
 * a custom DNS `lookup` lets the tests serve many host names from one loopback server.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

/** The product token robots.txt rules are matched against, then a version. */
export const ROBOTS_AGENT = 'MECC-Sidebar-freshness-check';
export const USER_AGENT = `${ROBOTS_AGENT}/1.0 (a content publisher's link check)`;
/** Enough for any page's title, text and phone numbers; a larger body is cut, not refused. */
const MAX_BODY = 2 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export interface FetchOptions {
  timeoutMs: number;
  /** Replaces DNS (tests map host names to 127.0.0.1). */
  lookup?: LookupFunction;
  /** Tests only: fetch https:// addresses over plain http on this port (a loopback server). */
  plainHttpPort?: number;
}

export interface FetchedPage {
  /** Every address requested, first to last. */
  chain: string[];
  /** The final status, or undefined when no answer came (DNS failure, refused, timeout). */
  status?: number;
  contentType?: string;
  body?: string;
  /** Why no answer came, or why the redirects stopped. */
  error?: string;
}

interface OneResponse {
  status: number;
  location?: string;
  contentType?: string;
  body: string;
}

function requestOnce(url: URL, options: FetchOptions): Promise<OneResponse> {
  const plain = options.plainHttpPort !== undefined || url.protocol === 'http:';
  const mod = plain ? http : https;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      {
        protocol: plain ? 'http:' : 'https:',
        hostname: url.hostname,
        port: options.plainHttpPort ?? (url.port || undefined),
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,*/*;q=0.8', host: url.host },
        ...(options.lookup ? { lookup: options.lookup } : {}),
        timeout: options.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_BODY) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ...(res.headers.location ? { location: res.headers.location } : {}),
            ...(res.headers['content-type'] ? { contentType: res.headers['content-type'] } : {}),
            body: Buffer.concat(chunks).subarray(0, MAX_BODY).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    // One deadline for the whole answer: a server that trickles bytes is as dead as a silent one.
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${options.timeoutMs} ms (timeout)`)), options.timeoutMs);
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms (timeout)`)));
    req.on('close', () => clearTimeout(timer));
    req.on('error', reject);
    req.end();
  });
}

function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return `the host name does not resolve (DNS ${e.code})`;
  if (e.code === 'ECONNREFUSED') return 'the connection was refused';
  return e.message;
}

export async function fetchPage(address: string, options: FetchOptions): Promise<FetchedPage> {
  const chain = [address];
  let url = new URL(address);
  for (let hop = 0; ; hop += 1) {
    let res: OneResponse;
    try {
      res = await requestOnce(url, options);
    } catch (error) {
      return { chain, error: describeError(error) };
    }
    if (res.status >= 300 && res.status < 400 && res.location) {
      if (hop >= MAX_REDIRECTS) return { chain, status: res.status, error: `more than ${MAX_REDIRECTS} redirects` };
      url = new URL(res.location, url);
      chain.push(url.href);
      continue;
    }
    return { chain, status: res.status, body: res.body, ...(res.contentType ? { contentType: res.contentType } : {}) };
  }
}
