/**
 * The public ranking set (tests/search-ranking/ranking-set.json): what staff type, and
 * what must come first on screen, against the live bundled content. A content or ranking
 * change that makes search worse fails here, and the failure lists what moved.
 * `npm run bench` reports the same figures beside the speed figures.
 */
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { buildIndex } from '../../../utils/search/build-index';
import { describeMisses, evaluateRanking, ourSearch, RANKING_CASES, summarise, unknownIds } from '../../search-ranking/evaluate-ranking';

const content = bundledContent();
const index = buildIndex(content);
const report = evaluateRanking(content, ourSearch(index));
console.log(`first ranking set: ${summarise(report)}`);

describe('the public ranking set', () => {
  it('has at least 150 queries that the content can answer, of every kind', () => {
    expect(report.counted).toBeGreaterThanOrEqual(150);
    const kinds = new Set(RANKING_CASES.map((c) => c.kind));
    for (const kind of ['staff wording', 'slang', 'typo', 'service name', 'new topic', 'borough', 'letters']) expect(kinds).toContain(kind);
  });

  it('names only ids the content holds (expectations about content still to come are pending instead)', () => {
    expect(unknownIds(content)).toEqual([]);
  });

  it('each query says what it expects, once', () => {
    for (const c of RANKING_CASES) expect(Boolean(c.top1) !== Boolean(c.top3?.length), c.query).toBe(true);
    const keys = RANKING_CASES.map((c) => `${c.query}|${c.borough ?? ''}|${c.list ?? ''}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('puts an acceptable result in the top 3 for at least 97% of queries', () => {
    expect(report.top3Rate, describeMisses(report, 'top3').join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('puts the expected result first for at least 85% of queries', () => {
    expect(report.top1Rate, describeMisses(report, 'top1').join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('puts the urgent card first for every safety-critical query', () => {
    expect(report.urgent.counted).toBeGreaterThanOrEqual(5);
    expect(report.urgent.missed).toEqual([]);
  });

  it('raises the urgent card for at most 1% of the other queries', () => {
    expect(report.falseAlarms.rate, report.falseAlarms.queries.join('\n')).toBeLessThanOrEqual(0.01);
  });
});
