/**
 * T3-OVERLAY-CROSS (docs/security-decisions.md, "Third review"): with two overlays in policy,
 * the Islington key must not hide or replace what the Camden overlay added. Each overlay owns
 * the ids in its own `<name>-` namespace (services included), and an id in another configured
 * overlay's namespace is refused unless policy grants it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeMeccDb, DB_NAME } from '../../../utils/db/open-db';
import { checkOverlayScope } from '../../../utils/feed/overlay-scope';
import { loadContent } from '../../../utils/feed/load-content';
import { updateFeedSource } from '../../../utils/feed/update-feed';
import { overlaySources } from '../../../utils/feed/feed-sources';
import { resolveFeedSettings, type FeedSettings } from '../../../utils/settings/feed-settings';
import { envelopeFor, FEED, fixtureContent, newKey, NOW, payloadObject, text, type TestKey } from './feed-test-kit';

const MAIN_URL = 'https://feeds.test/main.json';
let keys: Record<'main' | 'camden' | 'islington', TestKey>;

const base = fixtureContent();
const camdenQuit = base.services.find((s) => s.id === 'camden-quit')!;
const stopSmoking = base.messages[0]!;
const camdenOverlay = {
  content: {
    topics: [{ id: 'camden-crisis', title: 'Crisis in Camden', description: 'Local crisis support', order: 9 }],
    services: [{ ...camdenQuit, id: 'camden-crisis-cafe', name: 'Camden Crisis Cafe', topics: ['camden-crisis'], phone: '020 7946 0100' }],
    messages: [{ ...stopSmoking, id: 'camden-crisis-msg', topic: 'camden-crisis', services: ['camden-crisis-cafe'] }],
  },
};

function settingsFor(islingtonGrants: { allowReplace?: string[]; allowHide?: string[] } = {}): FeedSettings {
  const overlay = (name: 'camden' | 'islington') => ({
    name,
    url: `https://feeds.test/${name}.json`,
    trustedKeys: [keys[name].trusted],
    threshold: 1,
    areas: [name],
    allowReplace: [],
    allowHide: [],
    ...(name === 'islington' ? islingtonGrants : {}),
  });
  return resolveFeedSettings({
    feedUrl: MAIN_URL,
    feedName: FEED,
    trustedKeys: [keys.main.trusted],
    overlayFeeds: [overlay('camden'), overlay('islington')],
  });
}

/** Publishes main, Camden's overlay, then the given Islington overlay; loads what the sidebar shows. */
async function publish(islington: { content: Record<string, unknown>; hide?: string[] }, settings = settingsFor()) {
  const serve = (body: string) => (async () => new Response(body)) as typeof fetch;
  const signed = async (overlay: object, name: 'main' | 'camden' | 'islington') =>
    text(
      await envelopeFor(name === 'main' ? payloadObject({ version: 7 }) : { ...payloadObject({ feed: name, version: 1 }), ...overlay }, [
        keys[name],
      ]),
    );
  await updateFeedSource(
    { source: 'main', url: MAIN_URL, feedName: FEED, trustedKeys: [keys.main.trusted], threshold: 1, overlay: false },
    { fetch: serve(await signed({}, 'main')), now: () => NOW },
  );
  const [camden, isl] = overlaySources(settings);
  expect(
    await updateFeedSource(camden!, { fetch: serve(await signed(camdenOverlay, 'camden')), now: () => NOW, overlayBase: base }),
  ).toEqual({
    status: 'updated',
    version: 1,
  });
  const outcome = await updateFeedSource(isl!, { fetch: serve(await signed(islington, 'islington')), now: () => NOW, overlayBase: base });
  return { outcome, state: await loadContent(settings, fixtureContent(), NOW) };
}

beforeEach(async () => {
  keys = { main: await newKey(), camden: await newKey(), islington: await newKey() };
});
afterEach(async () => {
  await closeMeccDb();
  indexedDB.deleteDatabase(DB_NAME);
});

describe('one overlay against another', () => {
  it('T3-OVERLAY-CROSS: the Islington key cannot hide what the Camden overlay added', async () => {
    const { outcome, state } = await publish({ content: {}, hide: ['camden-crisis-cafe', 'camden-crisis-msg', 'camden-crisis'] });
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'out-of-scope', detail: expect.stringMatching(/overlay "camden"/) } });
    expect(state.content.services.map((s) => s.id)).toContain('camden-crisis-cafe');
    expect(state.content.messages.map((m) => m.id)).toContain('camden-crisis-msg');
    expect(state.content.topics.map((t) => t.id)).toContain('camden-crisis');
  });

  it('T3-OVERLAY-CROSS: the Islington key cannot replace a service the Camden overlay added', async () => {
    const hijack = { ...camdenOverlay.content.services[0]!, topics: ['smoking'], phone: '0900 666 0000', area: ['islington'] };
    const { outcome, state } = await publish({ content: { services: [hijack] } });
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'out-of-scope' } });
    expect(state.content.services.find((s) => s.id === 'camden-crisis-cafe')).toMatchObject({ phone: '020 7946 0100' });
    expect(state.content.services.find((s) => s.id === 'camden-crisis-cafe')).not.toHaveProperty('localVersionFrom');
  });

  it("T3-OVERLAY-CROSS: a new service must carry the overlay's own name, as messages and topics do", async () => {
    const { outcome } = await publish({ content: { services: [{ ...camdenQuit, id: 'crisis-cafe', area: ['islington'] }] } });
    expect(outcome).toMatchObject({
      status: 'failed',
      error: { code: 'out-of-scope', detail: expect.stringMatching(/must start with "islington-"/) },
    });
  });

  it('T3-OVERLAY-CROSS: an explicit grant in policy still allows it, and an overlay keeps its own items', async () => {
    const granted = settingsFor({ allowHide: ['camden-crisis-cafe'] });
    const { outcome, state } = await publish(
      { content: { services: [{ ...camdenQuit, id: 'islington-quit', area: ['islington'] }] }, hide: ['camden-crisis-cafe'] },
      granted,
    );
    expect(outcome).toEqual({ status: 'updated', version: 1 });
    expect(state.content.services.map((s) => s.id)).toEqual(expect.arrayContaining(['islington-quit']));
    expect(state.content.services.map((s) => s.id)).not.toContain('camden-crisis-cafe');
  });

  it('T3-OVERLAY-CROSS: a longer overlay name owns its ids: "camden" cannot touch "camden-nhs-…"', () => {
    const scope = { name: 'camden', areas: ['camden'], allowReplace: [], allowHide: [], otherOverlays: ['camden-nhs'] };
    const { problems, unknownHides } = checkOverlayScope({ content: {}, hide: ['camden-nhs-clinic', 'camden-typo'] }, base, scope);
    expect(problems).toEqual([expect.stringMatching(/hide "camden-nhs-clinic": .*overlay "camden-nhs"/)]);
    // Its own typo hides nothing, and is only warned about.
    expect(unknownHides).toEqual(['camden-typo']);
  });
});
