/**
 * The vocabulary matcher must return exactly what a plain Fuse instance returns: the
 * same items with bit-identical scores. Checked against Fuse itself on the real
 * content, part of the stress corpus and random typos, so a Fuse upgrade that
 * changes its scoring fails here rather than silently reordering results.
 */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import {
  RECORD_FUSE_OPTIONS,
  TOPIC_FUSE_OPTIONS,
  toSearchRecords,
  toTopicTerms,
} from '../../../utils/search/build-index';
import { createVocabularyMatcher, type MatcherOptions, type VocabularyMatcher } from '../../../utils/search/vocabulary-matcher';
import { stressCorpus } from '../../../scripts/bench/stress-corpus';
import { BENCH_QUERIES, keystrokes } from '../../../scripts/bench/query-set';
import { seededRandom } from '../../../scripts/bench/seeded-random';

/** Patterns people type, plus random typos of words from the items (some over 32 characters). */
function patterns(words: string[], seed: number): string[] {
  const random = seededRandom(seed);
  const typo = (w: string) => {
    const chars = [...w];
    for (let e = random.int(0, 3); e > 0 && chars.length > 1; e--) {
      const at = random.int(0, chars.length - 1);
      const roll = random.next();
      if (roll < 0.33) chars.splice(at, 1);
      else if (roll < 0.66) chars.splice(at, 0, random.pick([...'aeiou st']));
      else chars[at] = random.pick([...'abcdefghijklmnopqrstuvwxyz']);
    }
    return chars.join('');
  };
  const typed = keystrokes(BENCH_QUERIES).map((k) => k.toLowerCase()).filter((k) => k.trim().length >= 2);
  const random60 = Array.from({ length: 150 }, () => {
    const w = random.pick(words);
    const start = random.int(0, Math.max(0, w.length - 3));
    return typo(w.slice(start, start + random.int(2, 40)));
  });
  const long = ['stop smoking services for people on a low income in camden', 'talking therapies and counselling for anxiety'];
  return [...new Set([...typed, ...random60, ...long])].filter((p) => p.trim().length > 0);
}

function expectSameAsFuse<T>(items: T[], options: MatcherOptions<T>, pats: string[]) {
  const fuse = new Fuse(items, { ...options, includeScore: true } as never);
  const matcher: VocabularyMatcher<T> = createVocabularyMatcher(items, options);
  for (const p of pats) {
    // Blank: Fuse lists everything unscored; the matcher, by design, nothing.
    if (!p.trim()) {
      expect(matcher.search(p).size).toBe(0);
      continue;
    }
    const expected = new Map(fuse.search(p).map((h) => [h.item, h.score]));
    const actual = matcher.search(p);
    expect(actual.size, `how many match "${p}"`).toBe(expected.size);
    for (const [item, score] of expected) expect(actual.get(item), `score for "${p}"`).toBe(score);

    const scan = matcher.scan(p);
    const possible = new Set(scan.possible);
    items.forEach((item, i) => {
      const score = expected.get(item);
      if (score === undefined) return;
      expect(possible.has(i) && scan.mayMatch(i), `"${p}" may match item ${i}`).toBe(true);
      expect(scan.lowerBound(i), `bound for "${p}" on item ${i}`).toBeLessThanOrEqual(score);
    });
  }
}

const wordsOf = (texts: string[]) => texts.flatMap((t) => [t, ...t.split(' ')]).filter((w) => w.length > 1);

describe('vocabulary matcher', () => {
  it('matches and scores exactly as Fuse does on the real content', () => {
    const content = bundledContent();
    const records = toSearchRecords(content);
    expectSameAsFuse(records, RECORD_FUSE_OPTIONS, patterns(wordsOf(records.flatMap((r) => [r.title, ...r.keywords])), 1));
    const terms = toTopicTerms(content);
    expectSameAsFuse(terms, TOPIC_FUSE_OPTIONS, patterns(wordsOf(terms.map((t) => t.term)), 2));
  });

  it('matches and scores exactly as Fuse does on stress-corpus records', () => {
    const records = toSearchRecords(stressCorpus({ records: 400 }));
    expectSameAsFuse(records, RECORD_FUSE_OPTIONS, patterns(wordsOf(records.flatMap((r) => [r.title, r.organisation, ...r.keywords])), 3));
  }, 60_000);

  it('indexes each distinct value once, however many records share it', () => {
    const items = [{ k: ['Booze', 'pints'] }, { k: ['booze'] }, { k: ['BOOZE', 'wine'] }];
    expect(createVocabularyMatcher(items, { keys: ['k'], threshold: 0.3 }).termCount).toBe(3);
  });

  it('matches nothing for a blank pattern', () => {
    const matcher = createVocabularyMatcher([{ k: 'booze' }], { keys: ['k'] });
    expect(matcher.search('').size).toBe(0);
    expect(matcher.search('   ').size).toBe(0);
  });

  it('types on correctly from a blank pattern, a space and a long pattern (no stale reuse)', () => {
    const items = ['a b', 'ab', 'b a', 'xyz'].map((k) => ({ k }));
    const typed = [' ', ' a', ' ab', 'a', 'a ', 'a b', 'x'.repeat(33), `${'x'.repeat(33)}y`];
    expectSameAsFuse(items, { keys: ['k'], threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 }, typed);
  });

  it('returns the same scan for a repeated pattern (typing on after a word reuses it)', () => {
    const matcher = createVocabularyMatcher([{ k: 'morning after pill' }], { keys: ['k'] });
    expect(matcher.scan('morning')).toBe(matcher.scan('morning'));
  });
});
