/**
 * The bench types the ranking test's queries (scripts/bench/query-set.ts keeps a copy,
 * because importing a test file would run it). This keeps the copy complete.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BENCH_QUERIES, keystrokes } from '../../../scripts/bench/query-set';

describe('bench query set', () => {
  it('holds every query of tests/unit/search/ranking.test.ts', () => {
    const source = readFileSync('tests/unit/search/ranking.test.ts', 'utf8');
    const ranked = [...source.matchAll(/^\s*\['([^']+)', \{/gm)].map((m) => m[1]!);
    expect(ranked.length).toBeGreaterThanOrEqual(30);
    expect([...new Set(BENCH_QUERIES)].sort()).toEqual([...new Set(ranked)].sort());
  });

  it('types each query letter by letter', () => {
    expect(keystrokes(['fags', 'jab'])).toEqual(['f', 'fa', 'fag', 'fags', 'j', 'ja', 'jab']);
  });
});
