/**
 * The long text, the last and lowest-weight field (long-text-index.ts, ranking-rules.ts
 * longTextMatch): whole words and other forms only, looked up in a word index built once;
 * read only when nothing matches every word; it adds to a record's own match, never finds
 * a record alone.
 */
import { describe, expect, it } from 'vitest';
import type { ContentBundle, Message } from '../../../utils/content/content-schema';
import { mergeContentFiles } from '../../../utils/content/merge-content-files';
import { buildIndex } from '../../../utils/search/build-index';
import { buildLongTextIndex, forEachWord, longTextHolders, matchLongText } from '../../../utils/search/long-text-index';
import { normaliseQuery } from '../../../utils/search/normalise-query';
import { LONG_TEXT_COST, STEM_COST, TIER_SOME_WORDS } from '../../../utils/search/ranking-rules';
import { resultsOnScreen } from '../../../utils/search/results-on-screen';
import { runSearch } from '../../../utils/search/run-search';
import { fixtureFiles } from '../../fixtures/content-fixture';

describe('the long-text word index', () => {
  const index = buildLongTextIndex(['Coughing in the morning, coughing at night.', '', 'A cough that lasts.', 'Stopping smoking']);

  it('finds a word whole, or another form of it, once per record', () => {
    const m = matchLongText(index, 'coughing', 4);
    expect(m.records).toEqual([0, 2]);
    expect(m.cost[0]).toBe(LONG_TEXT_COST);
    expect(m.cost[2]).toBe(LONG_TEXT_COST + STEM_COST);
    expect(m.cost[1]).toBe(Infinity);
  });

  it('never matches the start of a word or a typo', () => {
    expect(matchLongText(index, 'cou', 4).records).toEqual([]);
    expect(matchLongText(index, 'coughin', 4).records).toEqual([]);
    expect(matchLongText(index, 'smo', 4).records).toEqual([]);
  });

  it('counts the records holding each form of a word, without reading them', () => {
    expect(longTextHolders(index, 'cough')).toBe(2);
    expect(longTextHolders(index, 'wheezing')).toBe(0);
  });
});

describe('forEachWord', () => {
  const words = (raw: string) => {
    const out: string[] = [];
    forEachWord(raw, (w) => out.push(w));
    return out;
  };
  const normalised = (raw: string) => normaliseQuery(raw).split(' ').filter(Boolean);

  it('gives exactly the words normaliseQuery gives', () => {
    const texts = [
      "Can't pay the rent?? Call 0808 800 5000.",
      "  'Quoted' words, it's  the person's own   ",
      'Café’s naïve résumé: accents and curly quotes',
      "x ' y",
      "end'",
      '',
      '---',
      'NHS 111 (option 2)',
    ];
    for (const text of texts) expect(words(text), text).toEqual(normalised(text));
  });

  it('agrees with normaliseQuery on any mix of letters, digits, apostrophes and punctuation', () => {
    const alphabet = "aZ9 '’-.,é\t\n";
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: next() % 30 }, () => alphabet[next() % alphabet.length]).join('');
      expect(words(text), JSON.stringify(text)).toEqual(normalised(text));
    }
  });
});

describe('the long text in search', () => {
  const message = (id: string, title: string, say: string): Message => ({
    ...mergeContentFiles(fixtureFiles().map((f) => f.data)).messages[0]!,
    id,
    title,
    say,
    ask: 'Do you smoke?',
    assist: 'Talk about support.',
    act: 'Point to the quit line.',
    facts: [],
    keywords: ['cigarettes'],
  });
  const base = mergeContentFiles(fixtureFiles().map((f) => f.data));
  const content: ContentBundle = {
    ...base,
    // Publisher's order: "Quitting" first, so only the long text can put "Cutting down" above it.
    messages: [
      message('quitting', 'Quitting', 'Quitting is the best thing for your health.'),
      message('cutting-down', 'Cutting down', 'Coughing in the morning is common.'),
    ],
  };
  const index = buildIndex(content);
  const shown = (q: string) => resultsOnScreen(runSearch(index, q, { borough: null })).map((h) => h.record.id);

  it('lifts the record whose long text holds the other words, within the partial tier', () => {
    for (const q of ['cigarettes coughing', 'cigarettes cough']) {
      const r = runSearch(index, q, { borough: null });
      expect(r.messages[0]?.record.id, q).toBe('cutting-down');
      expect(r.messages[0]!.tier).toBe(TIER_SOME_WORDS);
      // The other matches "cigarettes" only: behind it, shown or folded under "Other results".
      expect([...r.messages, ...r.others].map((h) => h.record.id)).toEqual(['cutting-down', 'quitting']);
    }
  });

  it('keeps the results while the last word may still be the start of one the content holds', () => {
    // "wheezing" is nowhere in this content: it may be the need, and "cigarettes" names no topic.
    expect(shown('cigarettes wheezing')).toEqual([]);
    // "cou" may become "council" (the quit clinic's organisation): still being typed.
    expect(shown('cigarettes cou')).not.toEqual([]);
  });

  it('counts only whole words and other forms, never a word started', () => {
    // "cou" starts "coughing", in the long text only: the two stay in the publisher's order.
    expect(shown('cigarettes cou')).toEqual(['quitting', 'cutting-down']);
  });

  it('is not read when something matches every word', () => {
    expect(shown('cigarettes').slice(0, 2)).toEqual(['quitting', 'cutting-down']);
  });

  it('never finds a record alone: a word only the long text holds shows the honest empty state', () => {
    const r = runSearch(index, 'coughing', { borough: null });
    expect(resultsOnScreen(r)).toEqual([]);
    expect(r.suggestions).not.toBeNull();
  });
});
