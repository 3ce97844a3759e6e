/**
 * Freeze and rollback (review M5, L1, L2, L4, L5): a bounded validity window, an expired
 * feed flagged everywhere and its time-sensitive items hidden after a grace period, no
 * "healthy" status for an expired feed, nothing believed from the stored record alone,
 * no silent fall-back to older built-in content for time reasons, and a version floor.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { closeMeccDb, DB_NAME, openMeccDb } from '../../../utils/db/open-db';
import { getFeedStatus, getStoredFeed } from '../../../utils/db/feed-store';
import { checkFeedPayload } from '../../../utils/feed/check-payload';
import { loadContent } from '../../../utils/feed/load-content';
import { updateFeedSource } from '../../../utils/feed/update-feed';
import { overlaySources, mainSource } from '../../../utils/feed/feed-sources';
import { resolveFeedSettings, type FeedSettings } from '../../../utils/settings/feed-settings';
import { StatusLine } from '../../../components/StatusLine';
import { bytesOf, envelopeFor, FEED, fixtureContent, newKey, NOW, payloadObject, text, type TestKey } from './feed-test-kit';

const URL = 'https://feeds.test/mecc.json';
const OVERLAY_URL = 'https://feeds.test/islington.json';
let key: TestKey;
let overlayKey: TestKey;
let settings: FeedSettings;
const at = (iso: string) => new Date(iso);
const builtIn = () => {
  const c = fixtureContent();
  c.services = c.services.map((s) => (s.id === 'quit-line' ? { ...s, phone: '0300 111 1111' } : s)); // older, withdrawn number
  return c;
};

/** The fixture with the national quit line marked as a crisis line (short review period). */
function crisisContent() {
  const c = fixtureContent();
  c.services = c.services.map((s) => (s.id === 'quit-line' ? { ...s, timeSensitive: 'crisis' as const, reviewBy: '2027-04-01' } : s));
  return c;
}

async function publish(payload: Record<string, unknown>, now = NOW) {
  const body = text(await envelopeFor(payload, [key]));
  return {
    body,
    outcome: await updateFeedSource(mainSource(settings)!, { fetch: (async () => new Response(body)) as typeof fetch, now: () => now }),
  };
}
const status = async (state: Awaited<ReturnType<typeof loadContent>>) => {
  const root = document.createElement('div');
  render(<StatusLine state={state} onCheck={async () => ({ lines: [], ok: true })} />, root);
  return root.textContent ?? '';
};

beforeEach(async () => {
  key = await newKey();
  overlayKey = await newKey();
  settings = resolveFeedSettings({
    feedUrl: URL,
    trustedKeys: [key.trusted],
    overlayFeeds: [
      {
        name: 'islington',
        url: OVERLAY_URL,
        trustedKeys: [overlayKey.trusted],
        threshold: 1,
        areas: ['islington'],
        allowReplace: [],
        allowHide: [],
      },
    ],
  });
});
afterEach(async () => {
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('validity window and expiry', () => {
  it('M5: a feed with expires - issued over 45 days is refused by the client', async () => {
    const long = payloadObject({ issued: '2026-11-22T06:00:00Z', expires: '2027-01-07T06:00:01Z' });
    const result = await checkFeedPayload(JSON.stringify(long), bytesOf(long), { feedName: FEED, now: NOW });
    expect(result).toMatchObject({ ok: false, error: { code: 'validity-too-long' } });
    const far = payloadObject({ expires: '9999-12-31T23:59:59Z' });
    expect(await checkFeedPayload(JSON.stringify(far), bytesOf(far), { feedName: FEED, now: NOW })).toMatchObject({ ok: false });
  });

  it('M5: a 304 (the cached bytes again) after the stored feed expired records "expired" and keeps the error', async () => {
    const { body } = await publish(payloadObject({ version: 5 }));
    const cached = (async () => new Response(body)) as typeof fetch;
    const later = at('2027-06-01T00:00:00Z');
    const outcome = await updateFeedSource(mainSource(settings)!, { fetch: cached, now: () => later });
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'expired' } });
    const s = await getFeedStatus('main');
    expect(s.lastSuccess).toBe(NOW.toISOString());
    expect(s.lastError).toMatchObject({ code: 'expired', at: later.toISOString() });
  });

  it('M5: an expired feed is flagged out of date; after the grace period its crisis items are hidden, not its other content', async () => {
    await publish(payloadObject({ version: 5, content: crisisContent() }));
    const expired = await loadContent(settings, builtIn(), at('2026-12-25T00:00:00Z'));
    expect(expired.main).toMatchObject({ outOfDate: true, pastGrace: false });
    expect(expired.content.services.map((s) => s.id)).toContain('quit-line');
    expect(await status(expired)).toMatch(/Out of date: this content expired on .*still shown/);

    const stale = await loadContent(settings, builtIn(), at('2027-01-10T00:00:00Z'));
    expect(stale.origin).toBe('feed');
    expect(stale.main).toMatchObject({ outOfDate: true, pastGrace: true });
    expect(stale.content.services.map((s) => s.id)).toEqual(['camden-quit']);
    expect(stale.content.messages[0]!.services).toEqual(['camden-quit']);
    expect(await status(stale)).toMatch(/Crisis lines, seasonal advice and amounts are hidden/);
  });
});

describe('stored records', () => {
  it('L1: a stored record whose version disagrees with its envelope is refused, and a later v8 update succeeds', async () => {
    await publish(payloadObject({ version: 7 }));
    const db = await openMeccDb();
    const record = (await getStoredFeed('main'))!;
    await db.put('feeds', { ...record, version: Number.MAX_SAFE_INTEGER });

    const loaded = await loadContent(settings, builtIn(), NOW);
    expect(loaded.main).toBeNull();
    expect(loaded.problems[0]!.message).toMatch(/changed outside the extension/);

    const { outcome } = await publish(payloadObject({ version: 8 }));
    expect(outcome).toEqual({ status: 'updated', version: 8 });
    expect((await loadContent(settings, builtIn(), NOW)).main?.version).toBe(8);
  });

  it('L1: the rollback anchor is the envelope\'s version, so an edited sha256 or expires cannot fake "unchanged" or extend the feed', async () => {
    const { body } = await publish(payloadObject({ version: 7 }));
    const db = await openMeccDb();
    const record = (await getStoredFeed('main'))!;
    await db.put('feeds', { ...record, expires: '2099-01-01T00:00:00Z', sha256: '0'.repeat(64) });
    const loaded = await loadContent(settings, builtIn(), NOW);
    expect(loaded.main).toBeNull();
    // Re-fetching the same bytes repairs the record.
    const outcome = await updateFeedSource(mainSource(settings)!, {
      fetch: (async () => new Response(body)) as typeof fetch,
      now: () => NOW,
    });
    expect(outcome).toEqual({ status: 'updated', version: 7 });
    expect((await getStoredFeed('main'))!.expires).toBe('2026-12-22T06:00:00Z');
  });
});

describe('overlays past expiry', () => {
  it('L2: an overlay past expires shows its own out-of-date banner, and after the grace period its items are gone', async () => {
    await publish(payloadObject({ version: 5, expires: '2027-01-05T06:00:00Z' }));
    const islingtonQuit = { ...fixtureContent().services[1]!, id: 'islington-quit', name: 'Islington Quit Clinic', area: ['islington'] };
    const overlayBody = text(
      await envelopeFor(
        { ...payloadObject({ feed: 'islington', version: 1, expires: '2026-12-01T00:00:00Z' }), content: { services: [islingtonQuit] } },
        [overlayKey],
      ),
    );
    const outcome = await updateFeedSource(overlaySources(settings)[0]!, {
      fetch: (async () => new Response(overlayBody)) as typeof fetch,
      now: () => NOW,
      overlayBase: fixtureContent(),
    });
    expect(outcome.status).toBe('updated');

    const expired = await loadContent(settings, builtIn(), at('2026-12-03T00:00:00Z'));
    expect(expired.overlays[0]).toMatchObject({ outOfDate: true, dropped: false });
    expect(expired.content.services.map((s) => s.id)).toContain('islington-quit');
    expect(await status(expired)).toMatch(/Out of date: the islington local content expired on .*still shown/);

    const gone = await loadContent(settings, builtIn(), at('2026-12-20T00:00:00Z'));
    expect(gone.overlays[0]).toMatchObject({ outOfDate: true, dropped: true });
    expect(gone.content.services.map((s) => s.id)).not.toContain('islington-quit');
    expect(await status(gone)).toMatch(/islington local content expired .* no longer shown/);
  });
});

describe('time at load', () => {
  it('L4: with the clock 2 days slow, the last good signed feed is still shown (flagged), not the built-in content', async () => {
    await publish(payloadObject({ version: 5 }));
    const slow = await loadContent(settings, builtIn(), at('2026-11-20T06:00:00Z'));
    expect(slow.origin).toBe('feed');
    expect(slow.main).toMatchObject({ version: 5, clockBehind: true });
    expect(slow.content.services.find((s) => s.id === 'quit-line')!.phone).toBe('0300 000 0000');
    expect(await status(slow)).toMatch(/clock seems to be wrong/);
  });

  it("L4: with one item's reviewBy passed, the last good signed feed is still shown (flagged)", async () => {
    const content = fixtureContent();
    content.messages[0] = { ...content.messages[0]!, reviewBy: '2026-12-01' };
    await publish(payloadObject({ version: 5, content }));
    const later = await loadContent(settings, builtIn(), at('2026-12-05T00:00:00Z'));
    expect(later.origin).toBe('feed');
    expect(later.main).toMatchObject({ reviewOverdue: 1, outOfDate: false });
    expect(later.content.services.find((s) => s.id === 'quit-line')!.phone).toBe('0300 000 0000');
    expect(await status(later)).toMatch(/1 item is past its review date/);
  });
});

describe('version floor', () => {
  it('L5: on an empty profile, a feed below policy minFeedVersion is refused', async () => {
    settings = resolveFeedSettings({ feedUrl: URL, trustedKeys: [key.trusted], minFeedVersion: 6 });
    const { outcome } = await publish(payloadObject({ version: 5 }));
    expect(outcome).toMatchObject({
      status: 'failed',
      error: { code: 'rollback', detail: 'feed version 5 is older than the minimum version 6' },
    });
    expect(await getStoredFeed('main')).toBeUndefined();
    expect((await publish(payloadObject({ version: 6 }))).outcome).toEqual({ status: 'updated', version: 6 });
  });
});
