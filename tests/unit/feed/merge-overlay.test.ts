import { describe, expect, it } from 'vitest';
import type { Message, Service } from '../../../utils/content/content-schema';
import { checkFeedPayload } from '../../../utils/feed/check-payload';
import { mergeOverlay, mergeOverlays } from '../../../utils/feed/merge-overlay';
import { bytesOf, fixtureContent, NOW } from './feed-test-kit';

const main = fixtureContent();
const service = (id: string, overrides: Partial<Service> = {}): Service => ({
  ...structuredClone(main.services[1]!),
  id,
  name: `Service ${id}`,
  ...overrides,
});
const message = (id: string, overrides: Partial<Message> = {}): Message => ({
  ...structuredClone(main.messages[0]!),
  id,
  ...overrides,
});
const ids = (items: Array<{ id: string }>) => items.map((i) => i.id);

describe('mergeOverlay', () => {
  it('adds new items and replaces same-id items in place', () => {
    const replaced = service('quit-line', { name: 'Quit Line (Camden number)' });
    const merged = mergeOverlay(main, {
      content: {
        services: [service('islington-quit', { area: ['islington'] }), replaced],
        messages: [message('camden-vapes', { title: 'Vapes in Camden', services: ['islington-quit'] })],
        synonyms: [
          { term: 'fags', topics: ['smoking', 'alcohol'] },
          { term: 'ciggies', topics: ['smoking'] },
        ],
      },
    });
    expect(ids(merged.services)).toEqual(['quit-line', 'camden-quit', 'islington-quit']);
    expect(merged.services[0]!.name).toBe('Quit Line (Camden number)');
    expect(ids(merged.messages)).toEqual(['stop-smoking', 'camden-vapes']);
    expect(merged.messages[1]!.services).toEqual(['islington-quit']);
    expect(merged.synonyms).toEqual([
      { term: 'fags', topics: ['smoking', 'alcohol'] },
      { term: 'ciggies', topics: ['smoking'] },
    ]);
    expect(merged.areas).toEqual(main.areas);
    // Pure: the main content is untouched.
    expect(ids(main.services)).toEqual(['quit-line', 'camden-quit']);
    expect(main.services[0]!.name).toBe('Quit Line');
  });

  it('hides services and drops the links remaining messages had to them', () => {
    const merged = mergeOverlay(main, { content: {}, hide: ['camden-quit'] });
    expect(ids(merged.services)).toEqual(['quit-line']);
    expect(merged.messages[0]!.services).toEqual(['quit-line']);
    expect(main.messages[0]!.services).toEqual(['quit-line', 'camden-quit']);
  });

  it('hides messages', () => {
    const merged = mergeOverlay(main, { content: {}, hide: ['stop-smoking'] });
    expect(merged.messages).toEqual([]);
    expect(merged.services).toHaveLength(2);
  });

  it('hiding a topic removes its messages and unlinks it from services and synonyms', () => {
    const merged = mergeOverlay(main, { content: {}, hide: ['smoking'] });
    expect(ids(merged.topics)).toEqual(['alcohol']);
    expect(merged.messages).toEqual([]);
    expect(merged.services).toEqual([]); // both fixture services were smoking-only
    expect(merged.synonyms).toEqual([]);
  });

  it('applies several overlays in order, a later one winning', () => {
    const merged = mergeOverlays(main, [
      { content: { services: [service('extra', { name: 'First' })] } },
      { content: { services: [service('extra', { name: 'Second' })] }, hide: ['quit-line'] },
    ]);
    expect(merged.services.map((s) => s.name)).toEqual(['Camden Quit Clinic', 'Second']);
    expect(merged.messages[0]!.services).toEqual(['camden-quit']);
  });
});

describe('checkFeedPayload for an overlay', () => {
  const overlay = (content: unknown, hide?: string[]) => {
    const body = JSON.stringify({
      feed: 'camden',
      version: 1,
      issued: '2026-11-22T06:00:00Z',
      expires: '2026-12-22T06:00:00Z',
      content,
      ...(hide ? { hide } : {}),
    });
    return checkFeedPayload(body, bytesOf(body), { feedName: 'camden', now: NOW, overlayBase: main });
  };

  it('may refer to main topics, services and areas, and returns only its own items', async () => {
    const result = await overlay(
      { messages: [message('camden-vapes', { services: ['quit-line', 'camden-only'] })], services: [service('camden-only')] },
      ['camden-quit'],
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(ids(result.feed.content.messages)).toEqual(['camden-vapes']);
    expect(ids(result.feed.content.services)).toEqual(['camden-only']);
    expect(result.feed.hide).toEqual(['camden-quit']);
    const merged = mergeOverlay(main, { content: result.feed.content, hide: result.feed.hide });
    expect(ids(merged.services)).toEqual(['quit-line', 'camden-only']);
  });

  it('may replace a main item without a duplicate-id error', async () => {
    expect((await overlay({ services: [service('quit-line')] })).ok).toBe(true);
  });

  it('reports its own dangling references, under the path "feed"', async () => {
    const result = await overlay({ messages: [message('m', { topic: 'gambling' })] });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-content', detail: 'the feed content is invalid: feed: message "m": refers to unknown topic "gambling"' },
    });
  });

  it('may not carry areas or ICBs', async () => {
    const result = await overlay({ areas: [{ id: 'camden', name: 'Camden!', icb: 'north-central-london' }] });
    expect(!result.ok && result.error.detail).toMatch(/an overlay feed may not carry areas/);
  });

  it('may not carry words meaning the same: they change every search, like the urgent words', async () => {
    const result = await overlay({ equivalents: [{ words: ['help', 'nothing'] }] });
    expect(!result.ok && result.error.detail).toMatch(/an overlay feed may not carry equivalents/);
  });

  it("keeps the main feed's words meaning the same", () => {
    const merged = mergeOverlay({ ...main, equivalents: [{ words: ['wee', 'pee'] }] }, { content: {}, hide: [] });
    expect(merged.equivalents).toEqual([{ words: ['wee', 'pee'] }]);
  });
});
