/**
 * Partial matches (tier 4, ranking-rules.ts partialMatch): whole words only, weighed by the
 * content, and none at all on common words alone, so that wording the content has no answer
 * for shows the honest empty state rather than a lone unrelated card.
 */
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { buildIndex } from '../../../utils/search/build-index';
import { needWeights, partialMatch, TIER_SOME_WORDS, wordWeight } from '../../../utils/search/ranking-rules';
import { resultsOnScreen } from '../../../utils/search/results-on-screen';
import { runSearch } from '../../../utils/search/run-search';

const index = buildIndex(bundledContent());
const shown = (q: string) => resultsOnScreen(runSearch(index, q, { borough: null })).map((h) => h.record.id);

describe('partial matches', () => {
  it('count only whole words: "wifi" is not "wife", "code" is not "codeine"', () => {
    expect(shown('guest wifi code')).toEqual([]);
  });

  it('show the honest empty state, with routes suggested, when only filler or nothing matches', () => {
    const r = runSearch(index, 'printer jammed again', { borough: null });
    expect(resultsOnScreen(r)).toEqual([]);
    expect(r.suggestions).not.toBeNull();
  });

  it('still find the need when its word is there, whole ("flu shot")', () => {
    expect(shown('flu shot')[0]).toBe('vaccinations-flu');
  });

  it('weigh rare words above common ones, and refuse a match on common words alone', () => {
    expect(wordWeight(1, 200)).toBeGreaterThan(wordWeight(50, 200));
    expect(partialMatch([0, Infinity], [1, 1], [true, false])).toBeNull();
    const m = partialMatch([0, Infinity], [3, 1], [false, false]);
    expect(m?.tier).toBe(TIER_SOME_WORDS);
    // Matching the rarer word fits better than matching the commoner one.
    expect(m!.score).toBeLessThan(partialMatch([Infinity, 0], [3, 1], [false, false])!.score);
  });

  it('lighten the side words when a word names a need, so a topic with many services is not outweighed by a rare side word', () => {
    // "dad" is rare (weight 3), "smokes" names a need but many records hold it (weight 1).
    expect(needWeights([3, 1], [false, true])).toEqual([1.5, 1]);
    // No word names a need: the counted weights stand.
    expect(needWeights([3, 1], [false, false])).toEqual([3, 1]);
    // A need word that weighs nothing (common) makes no side words.
    expect(needWeights([3, 0], [false, true])).toEqual([3, 0]);
    // A side word a little rarer than the need word no longer outweighs it: the record with the need word fits better.
    const counted = [1.5, 1];
    const needWord = (w: number[]) => partialMatch([Infinity, 0], w, [false, false])!.score;
    const sideWord = (w: number[]) => partialMatch([0, Infinity], w, [false, false])!.score;
    expect(needWord(counted)).toBeGreaterThan(sideWord(counted));
    const lightened = needWeights(counted, [false, true]);
    expect(needWord(lightened)).toBeLessThan(sideWord(lightened));
  });

  it("are never the best match, unless the query holds the service's own name", () => {
    // "shout" is one word of the query and the start of "Shout 85258": a partial match, not its name.
    const noisy = runSearch(index, 'kids shout at bedtime', { borough: null });
    expect(noisy.allWords).toBe(false);
    // It is the best-fitting service, yet it is shown among the services, not as the best match.
    expect(noisy.services[0]?.record.id).toBe('shout');
    expect(noisy.services[0]!.tier).toBe(TIER_SOME_WORDS);
    expect(noisy.best).toBeNull();
    // "samaritans" is the service's whole name: the person asked for it.
    const named = runSearch(index, 'samaritans number', { borough: null });
    expect(named.best?.record.id).toBe('samaritans');
    expect(named.best?.tier).toBe(TIER_SOME_WORDS);
  });

  it("leave a borough's own service the best match when it misses only common words", () => {
    // Brent's homelessness service does not say "advice"; a common word, it carries no meaning.
    expect(runSearch(index, 'housing advice brent', { borough: null }).best?.record.id).toBe('brent-homelessness-advice');
  });

  it('show the honest empty state when a word the content holds nowhere may be the need, and only a side word matches', () => {
    // "van" is nowhere in the content, long text included; "mot" is one keyword of the NHS Health Check.
    const r = runSearch(index, 'mot for my van', { borough: null });
    expect(resultsOnScreen(r)).toEqual([]);
    expect(r.suggestions).not.toBeNull();
  });

  it("still show the need beside such a word when a topic's own word matches", () => {
    // "exams" is nowhere in the content; "stressed" is one of the mental wellbeing topic's words.
    const first = resultsOnScreen(runSearch(index, 'stressed about exams', { borough: null }))[0];
    expect(first?.record.topics[0]).toBe('mental-wellbeing');
  });

  it('leave a typo match the best match only for one word, a misspelt name', () => {
    expect(runSearch(index, 'samaratins', { borough: null }).best?.record.id).toBe('samaritans');
    // "damage" is two letters from "Dagenham": a typo match of a service's name, but the query describes a need.
    const r = runSearch(index, 'liver damage', { borough: null });
    expect(r.typos).toBe(true);
    expect(r.best).toBeNull();
  });
});
