/**
 * The upload path, as docs/evaluation.md ("What the receiver must do") promises:
 * CORS here and nowhere else, never a redirect, an acknowledgement only once the batch is
 * committed, the same key and body acknowledged again with the same count, a key re-used
 * with another body refused, size and count caps, and a clear JSON error for anything else.
 * A failed write is a 503 with Retry-After, never a crash: the extension simply retries.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from './database';
import { checkBatch, checkKey } from './check-batch';
import { storeBatch } from './store-batch';

export const UPLOAD_PATH = '/mecc/upload';

export interface UploadOptions {
  db: Database;
  maxBodyBytes: number;
  now?: () => Date;
  /** Where refusals and failed writes are reported (never the records themselves). */
  log?: (line: string) => void;
}

const CORS = { 'Access-Control-Allow-Origin': '*' };
const PREFLIGHT = {
  ...CORS,
  'Access-Control-Allow-Methods': 'POST',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
  'Access-Control-Max-Age': '600',
};
/** Seconds the extension is asked to wait after a failed write; it backs off by itself anyway. */
const RETRY_AFTER_SECONDS = 60;

function answer(res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...CORS, 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

class TooLarge extends Error {}

/** The body, or TooLarge as soon as it passes the cap (the rest is not read into memory). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new TooLarge());
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function handleUpload(req: IncomingMessage, res: ServerResponse, options: UploadOptions): Promise<void> {
  const log = options.log ?? (() => undefined);
  if (req.method === 'OPTIONS') {
    res.writeHead(204, PREFLIGHT).end();
    return;
  }
  if (req.method !== 'POST')
    return answer(res, 405, { error: 'only POST (and its CORS preflight) is answered here' }, { Allow: 'POST, OPTIONS' });
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\s*(;|$)/i.test(type)) return answer(res, 415, { error: 'Content-Type must be application/json' });
  const key = req.headers['idempotency-key'];
  const keyProblem = checkKey(typeof key === 'string' ? key : undefined);
  if (keyProblem) return answer(res, 400, { error: keyProblem });
  const tooLarge = { error: `the body is larger than ${options.maxBodyBytes} bytes` };
  if (Number(req.headers['content-length'] ?? 0) > options.maxBodyBytes) return answer(res, 413, tooLarge, { Connection: 'close' });

  let body: Buffer;
  try {
    body = await readBody(req, options.maxBodyBytes);
  } catch (error) {
    if (error instanceof TooLarge) return answer(res, 413, tooLarge, { Connection: 'close' });
    return; // the sender went away: nobody to answer
  }
  const check = checkBatch(body.toString('utf8'), key as string, (options.now ?? (() => new Date()))());
  if (!check.ok) {
    log(`refused ${key}: ${check.status} ${check.error}`);
    return answer(res, check.status, { error: check.error, ...(check.details ? { details: check.details } : {}) });
  }
  const hash = createHash('sha256').update(body).digest('hex');
  try {
    const outcome = await storeBatch(options.db, check.batch, hash);
    if (outcome.kind === 'conflict') {
      log(`refused ${key}: 409 key re-used with another body`);
      return answer(res, 409, { error: 'this Idempotency-Key was already used for a different batch' });
    }
    answer(res, 200, { batchId: check.batch.batchId, stored: outcome.count });
  } catch (error) {
    log(`could not store ${key}: ${(error as Error).message}`);
    answer(res, 503, { error: 'the batch could not be stored just now; try again later' }, { 'Retry-After': String(RETRY_AFTER_SECONDS) });
  }
}
