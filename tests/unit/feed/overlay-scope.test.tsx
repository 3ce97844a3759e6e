/**
 * H1: an overlay signed by one borough's key may only add its own services and its own
 * messages; replacing or hiding national, pan-London or another borough's items needs
 * a grant in policy, and a granted replacement is marked as the local version.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { closeMeccDb, DB_NAME } from '../../../utils/db/open-db';
import { checkFeedPayload } from '../../../utils/feed/check-payload';
import { loadContent } from '../../../utils/feed/load-content';
import { updateFeedSource } from '../../../utils/feed/update-feed';
import { overlaySources } from '../../../utils/feed/feed-sources';
import { resolveFeedSettings, type FeedSettings } from '../../../utils/settings/feed-settings';
import { ServiceCard } from '../../../components/ServiceCard';
import { bytesOf, envelopeFor, FEED, fixtureContent, newKey, NOW, payloadObject, text, type TestKey } from './feed-test-kit';

const MAIN_URL = 'https://feeds.test/main.json';
const ISLINGTON_URL = 'https://feeds.test/islington.json';
let mainKey: TestKey;
let islingtonKey: TestKey;

const base = fixtureContent();
const quitLine = base.services.find((s) => s.id === 'quit-line')!;
const camdenQuit = base.services.find((s) => s.id === 'camden-quit')!;
const stopSmoking = base.messages[0]!;
const islingtonService = { ...camdenQuit, id: 'islington-quit', name: 'Islington Quit Clinic', area: ['islington'] };

function settingsFor(grants: { allowReplace?: string[]; allowHide?: string[] } = {}): FeedSettings {
  return resolveFeedSettings({
    feedUrl: MAIN_URL,
    feedName: FEED,
    trustedKeys: [mainKey.trusted],
    overlayFeeds: [
      {
        name: 'islington',
        url: ISLINGTON_URL,
        trustedKeys: [islingtonKey.trusted],
        threshold: 1,
        areas: ['islington'],
        allowReplace: [],
        allowHide: [],
        ...grants,
      },
    ],
  });
}

/** Signs an overlay with the Islington key, runs a real update, then loads what the sidebar would show. */
async function publishOverlay(overlay: { content: Record<string, unknown>; hide?: string[] }, settings = settingsFor()) {
  const mainBody = text(await envelopeFor(payloadObject({ version: 7 }), [mainKey]));
  const overlayBody = text(await envelopeFor({ ...payloadObject({ feed: 'islington', version: 1 }), ...overlay }, [islingtonKey]));
  const serve = (body: string) => (async () => new Response(body)) as typeof fetch;
  await updateFeedSource(
    { source: 'main', url: MAIN_URL, feedName: FEED, trustedKeys: [mainKey.trusted], threshold: 1, overlay: false },
    { fetch: serve(mainBody), now: () => NOW },
  );
  const outcome = await updateFeedSource(overlaySources(settings)[0]!, { fetch: serve(overlayBody), now: () => NOW, overlayBase: base });
  return { outcome, state: await loadContent(settings, fixtureContent(), NOW) };
}

beforeEach(async () => {
  mainKey = await newKey();
  islingtonKey = await newKey();
});
afterEach(async () => {
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('overlay scope', () => {
  it.each([
    [
      'sets a national service phone',
      { content: { services: [{ ...quitLine, phone: '0900 666 0000' }] } },
      /national service needs "allowReplace"/,
    ],
    ['adds an area "national" service', { content: { services: [{ ...quitLine, id: 'nhs-helpline-2' }] } }, /national service is outside/],
    [
      'replaces another borough service',
      { content: { services: [{ ...camdenQuit, phone: '0900 111 2222' }] } },
      /camden needs "allowReplace"/,
    ],
    [
      'rewrites a pan-London message',
      { content: { messages: [{ ...stopSmoking, say: 'Vaping is completely harmless.' }] } },
      /pan-London message needs/,
    ],
    ['re-points a synonym', { content: { synonyms: [{ term: 'fags', topics: ['alcohol'] }] } }, /synonym "fags"/],
    ['hides a pan-London topic', { content: {}, hide: ['smoking'] }, /pan-London topic needs "allowHide"/],
  ])('H1: an Islington overlay that %s is refused without a policy grant', async (_what, overlay, reason) => {
    const { outcome, state } = await publishOverlay(overlay);
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'out-of-scope', detail: expect.stringMatching(reason) } });
    // What the sidebar shows is the main feed's, untouched.
    expect(state.content.services.find((s) => s.id === 'quit-line')!.phone).toBe('0300 000 0000');
    expect(state.content.messages.map((m) => m.say)).toEqual([stopSmoking.say]);
    expect(state.content.topics.map((t) => t.id)).toContain('smoking');
    expect(state.content.synonyms).toEqual(base.synonyms);
    expect(state.content.services.map((s) => s.id)).not.toContain('nhs-helpline-2');
  });

  it('H1: an islington- service with area islington is still accepted (and a message in its namespace)', async () => {
    const message = { ...stopSmoking, id: 'islington-stop-smoking', services: ['islington-quit'] };
    const { outcome, state } = await publishOverlay({
      content: { services: [islingtonService], messages: [message], synonyms: [{ term: 'ciggies', topics: ['smoking'] }] },
    });
    expect(outcome).toEqual({ status: 'updated', version: 1 });
    expect(state.content.services.map((s) => s.id)).toContain('islington-quit');
    expect(state.content.messages.map((m) => m.id)).toContain('islington-stop-smoking');
  });

  it('H1: with an explicit grant the replacement is allowed, and marked as the local version', async () => {
    const settings = settingsFor({ allowReplace: ['quit-line'], allowHide: ['camden-quit'] });
    const { outcome, state } = await publishOverlay(
      { content: { services: [{ ...quitLine, phone: '020 7527 2000' }] }, hide: ['camden-quit'] },
      settings,
    );
    expect(outcome).toEqual({ status: 'updated', version: 1 });
    const replaced = state.content.services.find((s) => s.id === 'quit-line')!;
    expect(replaced).toMatchObject({ phone: '020 7527 2000', localVersionFrom: 'islington' });
    expect(state.content.services.map((s) => s.id)).not.toContain('camden-quit');

    const root = document.createElement('div');
    render(<ServiceCard service={replaced} areas={base.areas} onCopy={() => {}} />, root);
    expect(root.textContent).toContain('Local version from islington');
  });

  it('H1: a stored overlay is re-checked against the scope in force, so removing a grant takes effect at once', async () => {
    const granted = settingsFor({ allowReplace: ['quit-line'] });
    await publishOverlay({ content: { services: [{ ...quitLine, phone: '020 7527 2000' }] } }, granted);
    const state = await loadContent(settingsFor(), fixtureContent(), NOW);
    expect(state.content.services.find((s) => s.id === 'quit-line')!.phone).toBe('0300 000 0000');
    expect(state.problems[0]).toMatchObject({
      source: 'overlay:islington',
      message: expect.stringMatching(/outside what your organisation allows/),
    });
  });

  it('H1: checkFeedPayload applies the scope with the same rules the CLI uses', async () => {
    const payload = { ...payloadObject({ feed: 'islington' }), content: { services: [{ ...quitLine, phone: '0900 666 0000' }] } };
    const result = await checkFeedPayload(JSON.stringify(payload), bytesOf(payload), {
      feedName: 'islington',
      now: NOW,
      overlayBase: base,
      overlayScope: { name: 'islington', areas: ['islington'], allowReplace: [], allowHide: [] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'out-of-scope' } });
  });
});
