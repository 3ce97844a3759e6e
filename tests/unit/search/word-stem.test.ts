import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { buildIndex } from '../../../utils/search/build-index';
import { resultsOnScreen } from '../../../utils/search/results-on-screen';
import { runSearch } from '../../../utils/search/run-search';
import { stem } from '../../../utils/search/word-stem';

/** Forms that must come to one stem: a staff member's wording and the content's. */
const SAME: string[][] = [
  ['worried', 'worries', 'worry'],
  ['evicted', 'eviction'],
  ['smoking', 'smoker', 'smokers', 'smoke', 'smokes'],
  ['drinking', 'drinks', 'drink'],
  ['carers', 'carer', 'caring', 'care', 'cared'],
  ['stressed', 'stress'],
  ['quitting', 'quit', 'quits'],
  ['betting', 'bets', 'bet'],
  ['vaping', 'vape', 'vapes', 'vaped'],
  ['living', 'live', 'lives'],
  ['eating', 'eats', 'eat'],
  ['bleeding', 'bleed', 'bleeds'],
  ['gambling', 'gambler', 'gamble'],
  ['hoping', 'hope', 'hoped'],
];

/** Words that must stay apart: each pair means different things to the person asking. */
const APART: Array<[string, string]> = [
  ['car', 'carer'],
  ['car', 'caring'],
  ['car', 'care'],
  ['cars', 'carers'],
  ['better', 'betting'],
  ['hopping', 'hoping'],
  ['wifi', 'wife'],
  ['code', 'codeine'],
];

describe('stem', () => {
  it.each(SAME.map((forms) => [forms.join(', '), forms]))('brings %s to one stem', (_, forms) => {
    expect(new Set((forms as string[]).map(stem)).size).toBe(1);
  });

  it.each(APART)('keeps "%s" and "%s" apart', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('leaves short words, and words ending in -ss or -us, alone', () => {
    expect(['jab', 'sti', 'gp', 'car'].map(stem)).toEqual(['jab', 'sti', 'gp', 'car']);
    expect(stem('homeless')).toBe('homeless');
    expect(stem('bonus')).toBe('bonus');
  });
});

describe('stem in search', () => {
  it('has no stem shorter than three letters, so a short stem never stands for many words', () => {
    for (const word of ['using', 'used', 'uses', 'needed', 'ties', 'ears']) expect(stem(word).length, word).toBeGreaterThanOrEqual(3);
  });

  it('does not take "car" for "carer" on the real content ("car park" is no carers\' query)', () => {
    const index = buildIndex(bundledContent());
    const shown = resultsOnScreen(runSearch(index, 'car park', { borough: null })).map((h) => h.record.topics[0]);
    expect(shown).not.toContain('carers');
    const caring = resultsOnScreen(runSearch(index, 'caring for mum', { borough: null })).map((h) => h.record.topics[0]);
    expect(caring[0]).toBe('carers');
  });
});
