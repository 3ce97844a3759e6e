/**
 * The blind ranking set (tests/search-ranking/blind-set.json): queries written by someone
 * who had not seen the content, the synonyms or the first set, hashed before anyone
 * labelled them (blind-queries.json and its .sha256), then labelled with what staff mean.
 * It measures how search holds up on wording nobody tuned for: top-1 and top-3, the
 * urgent card first for every safety-critical query and for almost nothing else, and the
 * honest empty state where the content has no good answer.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { buildIndex } from '../../../utils/search/build-index';
import blindSet from '../../search-ranking/blind-set.json';
import { BLIND_CASES, describeMisses, evaluateRanking, ourSearch, summarise, unknownIds } from '../../search-ranking/evaluate-ranking';

const queriesFile = 'tests/search-ranking/blind-queries.json';
const raw = readFileSync(queriesFile);
const queries = (JSON.parse(raw.toString('utf8')) as { queries: Array<{ query: string }> }).queries;
const content = bundledContent();
const report = evaluateRanking(content, ourSearch(buildIndex(content)), BLIND_CASES);
console.log(`blind ranking set: ${summarise(report)}`);

describe('the blind ranking set', () => {
  it('reports top-1 and top-3 (targets: 85 %, 95 %; not met yet: 76.9 %, 85.8 %, see docs/search.md)', () => {
    expect(report.counted).toBeGreaterThanOrEqual(200);
    expect(report.honestEmpty.counted).toBeGreaterThanOrEqual(15);
    console.log(`blind set, honest empty shown a card:\n${report.honestEmpty.shown.join('\n')}`);
    expect(describeMisses(report, 'top3').length).toBe(report.counted - report.top3);
  });

  it('shows the honest empty state for at least 80 % of the queries with no good answer', () => {
    expect(report.honestEmpty.rate, report.honestEmpty.shown.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it('is the file that was hashed before labelling, unchanged', () => {
    const recorded = readFileSync('tests/search-ranking/blind-queries.sha256', 'utf8').split(/\s+/)[0];
    const actual = createHash('sha256').update(raw).digest('hex');
    expect(actual).toBe(recorded);
    expect(blindSet.queriesSha256).toBe(recorded);
  });

  it('labels every blind query, byte for byte and in order, once each', () => {
    expect(BLIND_CASES.map((c) => c.query)).toEqual(queries.map((q) => q.query));
    for (const c of BLIND_CASES) {
      const expectations = Number(Boolean(c.top1)) + Number(Boolean(c.top3?.length)) + Number(Boolean(c.honestEmpty));
      expect(expectations, c.query).toBe(1);
    }
  });

  it('names only ids the content holds', () => {
    expect(unknownIds(content, BLIND_CASES)).toEqual([]);
  });

  it('puts the urgent card first for every safety-critical query', () => {
    expect(report.urgent.counted).toBeGreaterThanOrEqual(30);
    expect(report.urgent.missed).toEqual([]);
  });

  it('raises the urgent card for at most 1% of the other queries', () => {
    expect(report.falseAlarms.rate, report.falseAlarms.queries.join('\n')).toBeLessThanOrEqual(0.01);
  });
});
