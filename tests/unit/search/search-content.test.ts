/** The sidebar's search builds its index after the first frame or at the first search that needs it, once. */
import { describe, expect, it, vi } from 'vitest';
import { buildIndex as realBuildIndex } from '../../../utils/search/build-index';
import { runSearch } from '../../../utils/search/run-search';
import { searchContent } from '../../../utils/search/search-content';
import { fixtureContent } from '../feed/feed-test-kit';

const buildIndex = vi.fn(realBuildIndex);

describe('searchContent', () => {
  it('draws the empty search box without building the index, then builds it once for the first query', () => {
    buildIndex.mockClear();
    const content = fixtureContent();
    const search = searchContent(content, undefined, buildIndex);
    const full = realBuildIndex(content);
    buildIndex.mockClear();
    for (const blank of ['', '   ']) expect(search(blank, { borough: null })).toEqual(runSearch(full, blank, { borough: null }));
    expect(buildIndex.mock.calls.filter(([c]) => c === content)).toEqual([]);
    const results = search('smoking', { borough: null });
    expect(results).toEqual(runSearch(full, 'smoking', { borough: null }));
    expect(results.messages.length).toBeGreaterThan(0);
    search('stop smoking', { borough: null });
    expect(buildIndex.mock.calls.filter(([c]) => c === content)).toHaveLength(1);
  });

  it('builds the index when the page says it has time (after the first frame), and not again', () => {
    buildIndex.mockClear();
    let later: (() => void) | undefined;
    const search = searchContent(fixtureContent(), (build) => (later = build), buildIndex);
    expect(buildIndex).not.toHaveBeenCalled();
    later!();
    expect(buildIndex).toHaveBeenCalledTimes(1);
    search('smoking', { borough: null });
    expect(buildIndex).toHaveBeenCalledTimes(1);
  });

  it("builds the long text's words in a task after the index, once", () => {
    let later: (() => void) | undefined;
    let index: ReturnType<typeof realBuildIndex> | undefined;
    let longBuilds = 0;
    const build = (content: Parameters<typeof realBuildIndex>[0]) => {
      const built = realBuildIndex(content);
      const longText = built.longText;
      index = {
        ...built,
        longText: () => {
          longBuilds++;
          return longText();
        },
      };
      return index;
    };
    searchContent(fixtureContent(), (task) => (later = task), build);
    later!();
    expect(index).toBeDefined();
    expect(longBuilds).toBe(0);
    later!();
    expect(longBuilds).toBe(1);
    expect(index!.longText()).toBe(index!.longText());
  });

  it('then, in a later task, prepares what the first partial match would otherwise build', () => {
    let later: (() => void) | undefined;
    const prepared = vi.fn();
    searchContent(
      fixtureContent(),
      (build) => (later = build),
      (content) => ({ ...realBuildIndex(content), prepare: prepared }),
    );
    const first = later!;
    first();
    expect(prepared).not.toHaveBeenCalled();
    expect(later).not.toBe(first);
    later!();
    expect(prepared).toHaveBeenCalledTimes(1);
  });
});
