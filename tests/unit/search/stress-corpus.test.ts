/** The bench's 20,000-record corpus must look like real content and never change between runs. */
import { describe, expect, it } from 'vitest';
import { STRESS_RECORDS, stressCorpus } from '../../../scripts/bench/stress-corpus';
import { validateContent } from '../../../utils/content/validate-content';

describe('stress corpus', () => {
  const corpus = stressCorpus();

  it('has the promised number of records, mostly borough services as in the real feed', () => {
    expect(corpus.messages.length + corpus.services.length).toBe(STRESS_RECORDS);
    expect(corpus.services.length).toBeGreaterThan(corpus.messages.length);
    expect(corpus.services.filter((s) => Array.isArray(s.area)).length).toBeGreaterThan(corpus.services.length / 2);
    expect(corpus.synonyms.length).toBeGreaterThan(100);
  });

  it('is valid content, by the same rules as content/', () => {
    expect(validateContent([{ path: 'stress', data: corpus }], '2026-06-01').problems).toEqual([]);
  }, 30_000);

  it('is the same on every run', () => {
    expect(JSON.stringify(stressCorpus())).toBe(JSON.stringify(corpus));
    expect(JSON.stringify(stressCorpus({ records: 500, seed: 2 }))).not.toBe(JSON.stringify(stressCorpus({ records: 500, seed: 3 })));
  }, 30_000);
});
