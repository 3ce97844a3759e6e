/**
 * Search speed per keystroke: every query of the ranking test typed letter by letter,
 * each keystroke's searchIndex call timed on its own with performance.now().
 *
 * Each measured pass starts from a freshly built index, so nothing cached from the
 * warm-up flatters the figures; within a pass the index lives on, as it does in the
 * sidebar while someone types query after query. The warm-up lets V8 compile the hot
 * code first, as it will have after the first few keystrokes of a shift.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ContentBundle } from '../../utils/content/content-schema';
import { buildIndex } from '../../utils/search/build-index';
import { searchIndex } from '../../utils/search/query-index';
import type { BenchSection } from './bench-section';
import { naiveSearch } from './naive-baseline';
import { BENCH_QUERIES, keystrokes } from './query-set';
import { median, percentile, roundMs } from './stats';
import { STRESS_RECORDS, stressCorpus } from './stress-corpus';

const REAL_PASSES = 5;
const STRESS_PASSES = 3;
/** The baseline is ~100 ms a keystroke: one pass is already ~40 s. */
const BASELINE_PASSES = 1;
const BASELINE_WARM_UP_KEYSTROKES = 20;

/**
 * A full garbage collection between passes (never during one), so one pass does not
 * pay for the previous pass's garbage. Node only offers gc() behind a flag.
 */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

function timeKeystrokes(search: (query: string) => unknown, typed: readonly string[]): number[] {
  return typed.map((query) => {
    const start = performance.now();
    search(query);
    return performance.now() - start;
  });
}

/** Our search: warm up on one index, then measure `passes` passes, each on a new index. */
function measureOurs(content: ContentBundle, typed: readonly string[], passes: number) {
  const warm = buildIndex(content);
  timeKeystrokes((q) => searchIndex(warm, q, { borough: null }), typed);
  const samples: number[] = [];
  const builds: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    collectGarbage();
    const start = performance.now();
    const index = buildIndex(content);
    builds.push(performance.now() - start);
    samples.push(...timeKeystrokes((q) => searchIndex(index, q, { borough: null }), typed));
  }
  return { samples, buildMs: median(builds) };
}

export async function measureSearch(realContent: ContentBundle): Promise<BenchSection> {
  const typed = keystrokes(BENCH_QUERIES);
  const real = measureOurs(realContent, typed, REAL_PASSES);
  const corpus = stressCorpus({ records: STRESS_RECORDS });
  const stress = measureOurs(corpus, typed, STRESS_PASSES);

  const naive = naiveSearch(corpus);
  timeKeystrokes(naive, typed.filter((q) => q.length >= 2).slice(0, BASELINE_WARM_UP_KEYSTROKES));
  const baseline: number[] = [];
  for (let pass = 0; pass < BASELINE_PASSES; pass++) {
    collectGarbage();
    baseline.push(...timeKeystrokes(naive, typed));
  }

  const records = corpus.messages.length + corpus.services.length;
  const oursP95 = percentile(stress.samples, 95);
  const baselineP95 = percentile(baseline, 95);
  return {
    figures: {
      'search.real.p50_ms': roundMs(percentile(real.samples, 50)),
      'search.real.p95_ms': roundMs(percentile(real.samples, 95)),
      'search.real.build_ms': roundMs(real.buildMs),
      'search.stress.p50_ms': roundMs(percentile(stress.samples, 50)),
      'search.stress.p95_ms': roundMs(oursP95),
      'search.stress.build_ms': roundMs(stress.buildMs),
      'search.stress.records': records,
      'search.baseline_stress.p50_ms': roundMs(percentile(baseline, 50)),
      'search.baseline_stress.p95_ms': roundMs(baselineP95),
      'search.speedup_p95': Math.round((baselineP95 / oursP95) * 10) / 10,
    },
    notes: [
      `search: ${BENCH_QUERIES.length} queries of tests/unit/search/ranking.test.ts typed letter by letter = ${typed.length} keystrokes per pass, ` +
        `all of London (no borough filter: the most results); real content ${REAL_PASSES} passes, ` +
        `stress corpus (${records.toLocaleString('en-GB')} generated records) ${STRESS_PASSES} passes, naive baseline ${BASELINE_PASSES} pass.`,
      `search: build_ms is building the index once, when the sidebar opens.`,
    ],
  };
}
