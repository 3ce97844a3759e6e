/**
 * The checks a set written blind must pass (blind-set.json, third-set.json): queries written
 * by someone who had not seen the content, hashed before anyone labelled them, then labelled
 * with what staff mean. Shared so that every such set is held to the same rules: the file
 * unchanged since it was hashed, every query labelled once, ids the content holds, the urgent
 * card first for every safety-critical query and for at most 1 % of the rest, and (for the
 * blind set, whose target it is) the honest empty state for at least 80 % of the queries with no
 * good answer. Top-1 and top-3 are
 * reported, not asserted (the targets are not met yet: docs/search.md).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { buildIndex } from '../../../utils/search/build-index';
import { describeMisses, evaluateRanking, ourSearch, summarise, unknownIds, type RankingCase } from '../../search-ranking/evaluate-ranking';

export interface HeldOutSet {
  name: string;
  /** The file hashed before labelling, and its recorded sha256. */
  queriesFile: string;
  shaFile: string;
  /** The hash the labelled file says it labelled. */
  labelledSha: string;
  cases: readonly RankingCase[];
  /** What the set must hold at least, so a truncated file cannot pass. */
  minimum: { queries: number; urgent: number; honestEmpty: number };
  /** Issue 17's honest-empty target (80 %) is for the blind set; another set may only report it. */
  honestEmptyAsserted: boolean;
}

export function describeHeldOutSet(set: HeldOutSet): void {
  const raw = readFileSync(set.queriesFile);
  const queries = (JSON.parse(raw.toString('utf8')) as { queries: Array<{ query: string }> }).queries;
  const content = bundledContent();
  const report = evaluateRanking(content, ourSearch(buildIndex(content)), set.cases);
  console.log(`${set.name}: ${summarise(report)}`);

  describe(set.name, () => {
    it('reports top-1 and top-3, and lists every miss', () => {
      expect(report.counted).toBeGreaterThanOrEqual(set.minimum.queries);
      expect(report.honestEmpty.counted).toBeGreaterThanOrEqual(set.minimum.honestEmpty);
      console.log(`${set.name}, honest empty shown a card:\n${report.honestEmpty.shown.join('\n')}`);
      expect(describeMisses(report, 'top3').length).toBe(report.counted - report.top3);
    });

    if (set.honestEmptyAsserted) {
      it('shows the honest empty state for at least 80 % of the queries with no good answer', () => {
        expect(report.honestEmpty.rate, report.honestEmpty.shown.join('\n')).toBeGreaterThanOrEqual(0.8);
      });
    }

    it('is the file that was hashed before labelling, unchanged', () => {
      const recorded = readFileSync(set.shaFile, 'utf8').split(/\s+/)[0];
      const actual = createHash('sha256').update(raw).digest('hex');
      expect(actual).toBe(recorded);
      expect(set.labelledSha).toBe(recorded);
    });

    it('labels every query, byte for byte and in order, once each', () => {
      expect(set.cases.map((c) => c.query)).toEqual(queries.map((q) => q.query));
      for (const c of set.cases) {
        const expectations = Number(Boolean(c.top1)) + Number(Boolean(c.top3?.length)) + Number(Boolean(c.honestEmpty));
        expect(expectations, c.query).toBe(1);
      }
    });

    it('names only ids the content holds', () => {
      expect(unknownIds(content, set.cases)).toEqual([]);
    });

    it('puts the urgent card first for every safety-critical query', () => {
      expect(report.urgent.counted).toBeGreaterThanOrEqual(set.minimum.urgent);
      expect(report.urgent.missed).toEqual([]);
    });

    it('raises the urgent card for at most 1% of the other queries', () => {
      expect(report.falseAlarms.rate, report.falseAlarms.queries.join('\n')).toBeLessThanOrEqual(0.01);
    });
  });
}
