/**
 * The typo matcher must score exactly as Fuse.js does: the same texts matched, the same
 * score for each, for every pattern of four letters or more (the only ones matched with
 * typos). Checked against Fuse.match itself on the real content's values, part of the
 * stress corpus and random typos, so an upgrade of fuse.js that changes its arithmetic
 * fails here rather than silently reordering results.
 */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { buildIndex, TYPO_THRESHOLD } from '../../../utils/search/build-index';
import { createTypoMatcher } from '../../../utils/search/typo-matcher';
import { MIN_TYPO_LENGTH } from '../../../utils/search/ranking-rules';
import { stressCorpus } from '../../../scripts/bench/stress-corpus';
import { keystrokes } from '../../../scripts/bench/keystrokes';
import { seededRandom } from '../../../scripts/bench/seeded-random';
import { RANKING_CASES } from '../../search-ranking/evaluate-ranking';

/** Words people type and random typos of the texts' words. */
function patterns(texts: readonly string[], seed: number): string[] {
  const random = seededRandom(seed);
  const words = [...new Set(texts.flatMap((t) => t.split(' ')))].filter((w) => w.length >= 3);
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
  const typed = [...new Set(keystrokes(RANKING_CASES.map((c) => c.query)).flatMap((k) => k.split(' ')))];
  const sample = random.sample(typed, 120);
  const randomTypos = Array.from({ length: 120 }, () => typo(random.pick(words)));
  return [...new Set([...sample, ...randomTypos])].filter((p) => p.length >= MIN_TYPO_LENGTH && p.length <= 32);
}

function expectSameAsFuse(texts: readonly string[], pats: readonly string[], threshold: number) {
  const matcher = createTypoMatcher(texts, threshold);
  for (const p of pats) {
    const scan = matcher.scan(p);
    const ours = new Map([...scan.matched].map((t) => [t, scan.score(t)]));
    texts.forEach((text, t) => {
      const fuse = Fuse.match(p, text, { threshold, ignoreLocation: true, minMatchCharLength: 2 });
      expect(ours.has(t), `"${p}" matches "${text}"`).toBe(fuse.isMatch);
      if (fuse.isMatch) expect(ours.get(t), `score of "${p}" in "${text}"`).toBe(fuse.score);
    });
  }
}

describe('typo matcher', () => {
  it('matches and scores exactly as Fuse does, on the real content', () => {
    const index = buildIndex(bundledContent());
    expectSameAsFuse(index.terms.texts, patterns(index.terms.texts, 1), TYPO_THRESHOLD);
  }, 60_000);

  it('matches and scores exactly as Fuse does, on stress-corpus values', () => {
    const index = buildIndex(stressCorpus({ records: 300 }));
    expectSameAsFuse(index.terms.texts, patterns(index.terms.texts, 3), TYPO_THRESHOLD);
  }, 60_000);

  it('types on correctly: a longer pattern re-tests only what the shorter matched, and misses nothing', () => {
    const texts = ['stop smoking', 'smokefree homes', 'smear test', 'alcohol', 'alcoholic', 'carers allowance', 'rent arrears'];
    const typed = ['smok', 'smoke', 'smokei', 'smokein', 'smokeing', 'alch', 'alcho', 'alchoh', 'alchohol', 'arre', 'arrea', 'arears'];
    expectSameAsFuse(texts, typed, TYPO_THRESHOLD);
  });

  it('knows whether the typo fits at the start of a word', () => {
    const matcher = createTypoMatcher(['carers allowance', 'rent arrears'], TYPO_THRESHOLD);
    const scan = matcher.scan('arears');
    expect([...scan.matched]).toEqual([0, 1]);
    expect(scan.atWordStart(0)).toBe(false);
    expect(scan.atWordStart(1)).toBe(true);
  });

  it('matches nothing for a blank pattern or one too long for a machine word', () => {
    const matcher = createTypoMatcher(['booze'], TYPO_THRESHOLD);
    expect(matcher.scan('    ').matched.length).toBe(0);
    expect(matcher.scan('x'.repeat(33)).matched.length).toBe(0);
  });

  it('returns the same scan for a repeated pattern (typing on after a word reuses it)', () => {
    const matcher = createTypoMatcher(['morning after pill'], TYPO_THRESHOLD);
    expect(matcher.scan('mornin')).toBe(matcher.scan('mornin'));
  });
});
