/** Small statistics for timings. Nearest-rank percentiles: every figure is a real sample. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Milliseconds to two decimals: finer than that is noise on a shared machine. */
export const roundMs = (ms: number) => Math.round(ms * 100) / 100;

/** Times `run` `times` times (after `warmUp` untimed runs) and returns each duration in ms. */
export async function timeRuns(times: number, warmUp: number, run: () => unknown): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}
