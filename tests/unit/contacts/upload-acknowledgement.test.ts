// @vitest-environment node
/**
 * What counts as "stored" (security review M3), against real local HTTP servers and
 * Node's own fetch (the Fetch standard's redirect rules): a redirect of any kind, a
 * 2xx that is not the documented acknowledgement, and an acknowledgement for another
 * batch or count are all failures that leave the batch in the outbox.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newContact } from '../../../utils/contacts/new-contact';
import { flushOutbox } from '../../../utils/contacts/outbox';
import { addContact } from '../../../utils/db/contacts-store';
import { closeMeccDb, DB_NAME } from '../../../utils/db/open-db';
import { outboxCounts } from '../../../utils/db/outbox-store';
import { resolveContactSettings } from '../../../utils/settings/contact-settings';

interface Seen {
  method: string;
  path: string;
  body: string;
}

function listen(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void, log: Seen[]): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      log.push({ method: req.method!, path: req.url!, body });
      handler(req, body, res);
    });
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
const origin = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

const seen: Seen[] = [];
const elsewhere: Seen[] = [];
let main: Server;
let other: Server;

beforeAll(async () => {
  other = await listen((_req, _body, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'), elsewhere);
  main = await listen((req, body, res) => {
    const path = req.url!;
    const batch = body ? JSON.parse(body) : null;
    if (path === '/upload-302') return res.writeHead(302, { location: '/login' }).end();
    if (path === '/upload-303') return res.writeHead(303, { location: '/login' }).end();
    if (path === '/upload-307') return res.writeHead(307, { location: `${origin(other)}/collect` }).end();
    if (path === '/upload-308') return res.writeHead(308, { location: `${origin(other)}/collect` }).end();
    if (path === '/login') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title>');
    if (path === '/portal') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Wi-Fi</title>');
    if (path === '/no-content') return res.writeHead(204).end();
    if (path === '/wrong-batch')
      return res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ batchId: 'someone-else', stored: batch.records.length }));
    if (path === '/wrong-count')
      return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ batchId: batch.batchId, stored: 0 }));
    if (path === '/ack')
      return res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ batchId: batch.batchId, stored: batch.records.length }));
    res.writeHead(404).end();
  }, seen);
});
afterAll(() => {
  main?.close();
  other?.close();
});
afterEach(async () => {
  seen.length = 0;
  elsewhere.length = 0;
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

async function flushTo(path: string) {
  const ctx = { now: new Date(2026, 10, 20, 12), granularity: 'day' as const, contentVersion: 'built-in' };
  await addContact(newContact({ via: 'popup', topics: ['sexual-health'] }, ctx), true);
  const settings = resolveContactSettings({ uploadEndpoint: `${origin(main)}${path}`, uploadWindowHours: 0 });
  return flushOutbox(settings, { now: () => new Date(2026, 10, 22, 12) });
}

describe('upload acknowledgement (M3)', () => {
  it.each(['/upload-302', '/upload-303'])('M3: a %s redirect to a login page is a failure and keeps the batch', async (path) => {
    expect(await flushTo(path)).toMatchObject({ sent: 0, failed: 1 });
    expect(await outboxCounts()).toEqual({ records: 1, batches: 1 });
    // The redirect was not followed: the login page never saw a request.
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([`POST ${path}`]);
  });

  it.each(['/upload-307', '/upload-308'])(
    'M3: a %s redirect to another origin is a failure, and the other origin receives nothing',
    async (path) => {
      expect(await flushTo(path)).toMatchObject({ sent: 0, failed: 1 });
      expect(await outboxCounts()).toEqual({ records: 1, batches: 1 });
      expect(elsewhere).toEqual([]);
    },
  );

  it.each(['/portal', '/no-content', '/wrong-batch', '/wrong-count'])(
    'M3: a 2xx from %s that is not the documented acknowledgement is a failure',
    async (path) => {
      expect(await flushTo(path)).toMatchObject({ sent: 0, failed: 1 });
      expect(await outboxCounts()).toEqual({ records: 1, batches: 1 });
    },
  );

  it('M3: only a JSON acknowledgement echoing batchId and the record count removes the batch', async () => {
    expect(await flushTo('/ack')).toMatchObject({ sent: 1, failed: 0 });
    expect(await outboxCounts()).toEqual({ records: 0, batches: 0 });
  });
});
