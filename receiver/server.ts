/**
 * The receiver's HTTP server: Node's own http module, because the whole surface is one
 * upload path, a health check and a few server-rendered dashboard pages; a framework would
 * add more code than it saves. Unknown paths get a plain 404 (no CORS, never a redirect).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Database } from './database';
import { DEFAULT_MAX_BODY_BYTES } from './check-batch';
import { handleUpload, UPLOAD_PATH } from './upload';

export interface ReceiverOptions {
  db: Database;
  maxBodyBytes?: number;
  now?: () => Date;
  log?: (line: string) => void;
  /** The dashboard's routes, when it is served (receiver/dashboard-routes.ts). */
  dashboard?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;
}

function plain(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(text);
}

async function route(req: IncomingMessage, res: ServerResponse, options: ReceiverOptions): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://receiver').pathname;
  if (path === UPLOAD_PATH) {
    return handleUpload(req, res, {
      db: options.db,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      now: options.now,
      log: options.log,
    });
  }
  if (path === '/health') {
    try {
      await options.db.query('SELECT 1');
      return plain(res, 200, `ok (${options.db.engine})\n`);
    } catch {
      return plain(res, 503, 'the database is not answering\n');
    }
  }
  if (options.dashboard && (await options.dashboard(req, res, path))) return;
  plain(res, 404, 'not found\n');
}

export function createReceiver(options: ReceiverOptions): Server {
  const server = createServer((req, res) => {
    route(req, res, options).catch((error: Error) => {
      // A bug in a handler costs one request, not the process.
      options.log?.(`error answering ${req.method} ${req.url}: ${error.message}`);
      plain(res, 500, 'internal error\n');
    });
  });
  // The extension gives up after 30 s; a slow sender must not hold a connection for ever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return server;
}
