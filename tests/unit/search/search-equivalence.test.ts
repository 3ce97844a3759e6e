/**
 * The fast search (vocabulary matcher + branch and bound) must give exactly the
 * results of the plain Fuse search it replaced (reference-search.ts): same ids, same
 * order, same scores, for every keystroke of the bench's queries, with and without a
 * borough, a topic and a small limit. ranking.test.ts checks the ranking is good;
 * this checks the speed-ups did not change it, including at stress-corpus scale.
 */
import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../../utils/content/content-schema';
import { bundledContent } from '../../../utils/content/bundled-content';
import { buildIndex } from '../../../utils/search/build-index';
import { searchIndex, type SearchOptions, type SearchResults } from '../../../utils/search/query-index';
import { stressCorpus } from '../../../scripts/bench/stress-corpus';
import { BENCH_QUERIES, keystrokes } from '../../../scripts/bench/query-set';
import { buildReferenceIndex, referenceSearch } from './reference-search';

const summary = (r: SearchResults) => ({
  query: r.query,
  messages: r.messages.map((h) => [h.record.id, h.score]),
  services: r.services.map((h) => [h.record.id, h.score]),
});

function expectSameResults(content: ContentBundle, queries: string[], optionSets: SearchOptions[]) {
  const fast = buildIndex(content);
  const reference = buildReferenceIndex(content);
  for (const options of optionSets) {
    for (const q of queries) {
      expect(summary(searchIndex(fast, q, options)), `"${q}" with ${JSON.stringify(options)}`).toEqual(
        summary(referenceSearch(reference, q, options)),
      );
    }
  }
}

const OPTION_SETS: SearchOptions[] = [
  { borough: null },
  { borough: 'camden' },
  { borough: 'islington', topic: 'smoking' },
  { borough: null, limit: 1 },
  { borough: 'hackney', limit: 3 },
];

describe('fast search gives the same results as plain Fuse', () => {
  it('on the real content, every keystroke', () => {
    const extra = ['', 'the', 'help with the rent', 'xylophone'];
    expectSameResults(bundledContent(), [...keystrokes(BENCH_QUERIES), ...extra], OPTION_SETS.slice(0, 3));
    expectSameResults(bundledContent(), [...BENCH_QUERIES, ...extra], OPTION_SETS.slice(3));
  });

  it('on a stress corpus, every keystroke', () => {
    expectSameResults(stressCorpus({ records: 500 }), keystrokes(BENCH_QUERIES), OPTION_SETS.slice(0, 1));
  }, 120_000);

  it('on a stress corpus, whole queries with every option', () => {
    expectSameResults(stressCorpus({ records: 500, seed: 99 }), [...BENCH_QUERIES, 'fa', 'de', 'smo'], OPTION_SETS);
  }, 60_000);
});
