/** What the sidebar shows: stored feeds re-verified on load, overlays merged, built-in as the fallback. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeMeccDb, DB_NAME, openMeccDb } from '../../../utils/db/open-db';
import { loadContent } from '../../../utils/feed/load-content';
import { updateFeedSource } from '../../../utils/feed/update-feed';
import { resolveFeedSettings, type FeedSettings } from '../../../utils/settings/feed-settings';
import { envelopeFor, FEED, fixtureContent, newKey, NOW, payloadObject, text, type TestKey } from './feed-test-kit';

const URL = 'https://feeds.test/mecc.json';
const OVERLAY_URL = 'https://feeds.test/camden.json';
let key: TestKey;
let overlayKey: TestKey;
let settings: FeedSettings;
const builtIn = () => {
  const c = fixtureContent();
  c.messages = c.messages.map((m) => ({ ...m, title: `${m.title} (built-in)` }));
  return c;
};

async function publish(source: 'main' | 'overlay', payload: Record<string, unknown>, keyToUse: TestKey) {
  const body = text(await envelopeFor(payload, [keyToUse]));
  const fetchImpl = (async () => new Response(body)) as typeof fetch;
  const feedSource =
    source === 'main'
      ? { source: 'main', url: URL, feedName: FEED, trustedKeys: [key.trusted], threshold: 1, overlay: false }
      : { source: 'overlay:camden', url: OVERLAY_URL, feedName: 'camden', trustedKeys: [overlayKey.trusted], threshold: 1, overlay: true };
  return updateFeedSource(feedSource, { fetch: fetchImpl, now: () => NOW, overlayBase: fixtureContent() });
}

beforeEach(async () => {
  key = await newKey();
  overlayKey = await newKey();
  settings = resolveFeedSettings({ feedUrl: URL, feedName: FEED, trustedKeys: [key.trusted] });
});
afterEach(async () => {
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('loadContent', () => {
  it('uses the built-in content before the first update', async () => {
    const state = await loadContent(settings, builtIn(), NOW);
    expect(state.origin).toBe('built-in');
    expect(state.content.messages[0]!.title).toMatch(/\(built-in\)$/);
    expect(state.problems).toEqual([]);
  });

  it('uses a stored feed after re-verifying it', async () => {
    await publish('main', payloadObject({ version: 7 }), key);
    const state = await loadContent(settings, builtIn(), NOW);
    expect(state.origin).toBe('feed');
    expect(state.main).toMatchObject({ version: 7, outOfDate: false });
    expect(state.content.messages[0]!.title).toBe('Stopping smoking');
  });

  it('reads the built-in content only when no verified feed replaces it', async () => {
    const read = vi.fn(async () => builtIn());
    expect((await loadContent(settings, read, NOW)).origin).toBe('built-in');
    expect(read).toHaveBeenCalledTimes(1);
    await publish('main', payloadObject({ version: 7 }), key);
    expect((await loadContent(settings, read, NOW)).origin).toBe('feed');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('falls back to built-in content, with the reason, when the stored feed was tampered with', async () => {
    await publish('main', payloadObject({ version: 7 }), key);
    const db = await openMeccDb();
    const stored = (await db.get('feeds', 'main'))!;
    const env = JSON.parse(stored.envelope);
    env.payload = btoa(atob(env.payload).replace('Stopping smoking', 'Smoking is fine'));
    await db.put('feeds', { ...stored, envelope: JSON.stringify(env) });

    const state = await loadContent(settings, builtIn(), NOW);
    expect(state.origin).toBe('built-in');
    expect(state.content.messages[0]!.title).toMatch(/\(built-in\)$/);
    expect(state.problems[0]!.message).toMatch(/^stored content refused: /);
  });

  it('keeps showing an expired feed but flags it out of date', async () => {
    await publish('main', payloadObject({ version: 7 }), key);
    const later = new Date('2027-01-15T00:00:00Z');
    const state = await loadContent(settings, builtIn(), later);
    expect(state.origin).toBe('feed');
    expect(state.main).toMatchObject({ version: 7, outOfDate: true });
  });

  it('stops trusting a stored feed when its key is no longer trusted', async () => {
    await publish('main', payloadObject({ version: 7 }), key);
    const rotated = resolveFeedSettings({ feedUrl: URL, feedName: FEED, trustedKeys: [overlayKey.trusted] });
    const state = await loadContent(rotated, builtIn(), NOW);
    expect(state.origin).toBe('built-in');
    expect(state.problems[0]!.message).toMatch(/not trust/i);
  });

  it('shows the last failed update beside the content still in use', async () => {
    await publish('main', payloadObject({ version: 7 }), key);
    await publish('main', payloadObject({ version: 6 }), key);
    const state = await loadContent(settings, builtIn(), NOW);
    expect(state.main?.version).toBe(7);
    expect(state.problems[0]).toMatchObject({ source: 'main' });
    expect(state.problems[0]!.message).toMatch(/older version/);
  });

  it('merges a signed local overlay over the main feed: adds a service and hides one', async () => {
    await publish('main', payloadObject({ version: 7 }), key);
    const local = {
      ...fixtureContent().services[1]!,
      id: 'camden-drop-in',
      name: 'Camden Drop-in',
    };
    await publish(
      'overlay',
      { ...payloadObject({ feed: 'camden', version: 1 }), content: { services: [local] }, hide: ['quit-line'] },
      overlayKey,
    );
    const withOverlay = resolveFeedSettings({
      ...settings,
      trustedKeys: [key.trusted],
      // Hiding a national service is outside a borough overlay's default scope: granted here.
      overlayFeeds: [
        {
          name: 'camden',
          url: OVERLAY_URL,
          trustedKeys: [overlayKey.trusted],
          threshold: 1,
          areas: ['camden'],
          allowReplace: [],
          allowHide: ['quit-line'],
        },
      ],
    });
    const state = await loadContent(withOverlay, builtIn(), NOW);
    const ids = state.content.services.map((s) => s.id);
    expect(ids).toContain('camden-drop-in');
    expect(ids).not.toContain('quit-line');
    expect(state.content.messages[0]!.services).not.toContain('quit-line');
    expect(state.overlays).toEqual([expect.objectContaining({ source: 'overlay:camden', version: 1 })]);
  });
});

describe('resolveFeedSettings', () => {
  it('never lets settings switch verification off: a malformed threshold locks the safe value', () => {
    expect(resolveFeedSettings({ feedThreshold: 0 }).feedThreshold).toBe(16);
    expect(resolveFeedSettings({ feedThreshold: -3 }).feedThreshold).toBe(16);
  });
  it('ignores malformed values instead of crashing', () => {
    const s = resolveFeedSettings({ trustedKeys: 'nope' as never, overlayFeeds: {} as never, refreshHours: 'x' as never });
    expect(s.trustedKeys).toEqual([]);
    expect(s.overlayFeeds).toEqual([]);
    expect(s.refreshHours).toBe(6);
  });
});
