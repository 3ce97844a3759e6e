/**
 * The popup's topic list: what the background stored after its last feed check, or the
 * bundled topics before any check, always minus the topics the organisation hid.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import bundledTopics from '../../../content/topics.json';
import { currentTopics } from '../../../utils/feed/current-topics';
import { rememberTopics, summariseTopics } from '../../../utils/feed/remember-topics';
import { topicListItem } from '../../../utils/db/local-store';

const bundledIds = [...bundledTopics.topics].sort((a, b) => a.order - b.order).map((t) => t.id);

describe('currentTopics', () => {
  it('gives the bundled topics, in order, before the background has stored any', async () => {
    expect((await currentTopics()).map((t) => t.id)).toEqual(bundledIds);
  });

  it('prefers the list the background stored, and takes out the topics policy hides', async () => {
    await topicListItem.setValue([
      { id: 'from-feed', title: 'From the feed', order: 1 },
      { id: 'smoking', title: 'Smoking', order: 2 },
    ]);
    await fakeBrowser.storage.managed.set({ hiddenTopics: ['smoking'] });
    expect(await currentTopics()).toEqual([{ id: 'from-feed', title: 'From the feed', order: 1 }]);
  });

  it('falls back to the bundled topics when the stored list is damaged, instead of failing', async () => {
    await fakeBrowser.storage.local.set({ 'content.topics': { not: 'a list' } });
    expect((await currentTopics()).map((t) => t.id)).toEqual(bundledIds);
    await fakeBrowser.storage.local.set({ 'content.topics': [{ id: 7 }] });
    expect((await currentTopics()).map((t) => t.id)).toEqual(bundledIds);
  });
});

describe('rememberTopics', () => {
  it('stores the topics of the content in use, id, title and order only', async () => {
    await rememberTopics();
    const stored = await topicListItem.getValue();
    expect(stored?.map((t) => t.id)).toEqual(bundledIds);
    expect(Object.keys(stored![0]!)).toEqual(['id', 'title', 'order']);
  });

  it('sorts by the publisher order', () => {
    expect(
      summariseTopics({
        topics: [
          { id: 'b', title: 'B', description: 'd', order: 2 },
          { id: 'a', title: 'A', description: 'd', order: 1 },
        ],
      }).map((t) => t.id),
    ).toEqual(['a', 'b']);
  });
});
