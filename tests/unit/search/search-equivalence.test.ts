/**
 * The real search (indexes, the bit-parallel typo pass, caches, one-pass selection) must
 * give exactly what the same rules give done the slow, obvious way (reference-search.ts):
 * same results, same order, same scores, for every keystroke of the ranking set's
 * queries, with and without a borough, a topic and a small limit; on the real content
 * and on the stress corpus. ranking-set.test.ts checks the ranking is good; this checks
 * that making it fast changed nothing.
 */
import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../../utils/content/content-schema';
import { bundledContent } from '../../../utils/content/bundled-content';
import { buildIndex } from '../../../utils/search/build-index';
import { runSearch, type SearchOptions, type SearchResults } from '../../../utils/search/run-search';
import { stressCorpus } from '../../../scripts/bench/stress-corpus';
import { RANKING_CASES } from '../../search-ranking/evaluate-ranking';
import { keystrokes } from '../../../scripts/bench/keystrokes';
import { referenceSearch } from './reference-search';

const summary = (r: SearchResults) => {
  const ids = (hits: SearchResults['messages']) => hits.map((h) => [h.record.id, h.tier, Number(h.score.toFixed(6))]);
  return {
    query: r.query,
    boroughs: r.boroughs,
    best: r.best?.record.id ?? null,
    messages: ids(r.messages),
    services: ids(r.services),
    others: ids(r.others),
    allWords: r.allWords,
    typos: r.typos,
  };
};

function expectSameResults(content: ContentBundle, queries: readonly string[], optionSets: SearchOptions[]) {
  const index = buildIndex(content);
  for (const options of optionSets) {
    for (const q of queries) {
      expect(summary(runSearch(index, q, options)), `"${q}" with ${JSON.stringify(options)}`).toEqual(
        summary(referenceSearch(content, q, options)),
      );
    }
  }
}

const QUERIES = RANKING_CASES.map((c) => c.query);
/** Typed letter by letter: a third of the set, across every kind of query (the set is grouped by kind). */
const TYPED = keystrokes(QUERIES.filter((_, i) => i % 3 === 0));
const EXTRA = [
  '',
  'the',
  'help with the rent',
  'xylophone',
  'hackney',
  'croydon housing',
  'stopsmoking',
  'NHS 111: mental health option',
  'samaritan',
  'wandsworth stop smokeing',
  // Partial matches, the long text and the honest empty state.
  'neighbours shout through the wall',
  'samaritans number',
  'housing advice brent',
  'worried about the stairs at night',
  'lost my wallet on the bus',
  'mot for my van',
  'cooking on a budget for the family',
  // Words meaning the same (content/equivalents.json), alone, with others and as a word start.
  'blood in wee',
  'tummy ache',
  'nan keeps falling',
  'wees',
  'knackered all the time',
];

describe('fast search gives the same results as the slow, obvious search', () => {
  it('on the real content, every keystroke, all of London', () => {
    expectSameResults(bundledContent(), [...TYPED, ...QUERIES, ...EXTRA], [{ borough: null }]);
  }, 120_000);

  it('on the real content, whole queries, with a borough, a topic and small limits', () => {
    const options: SearchOptions[] = [
      { borough: 'camden' },
      { borough: 'islington', topic: 'smoking' },
      { borough: null, limit: 1 },
      { borough: 'hackney', limit: 3 },
    ];
    expectSameResults(bundledContent(), [...QUERIES, ...EXTRA], options);
  }, 120_000);

  it('on a stress corpus, every keystroke', () => {
    expectSameResults(stressCorpus({ records: 200 }), TYPED, [{ borough: null }]);
  }, 120_000);
});
