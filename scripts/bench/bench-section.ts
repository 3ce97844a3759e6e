/**
 * What each part of the bench returns. Figures are flat dotted keys (bench/results.json);
 * null means "not measured" and always comes with a note saying why.
 */
export type Figure = number | null;

export interface BenchSection {
  figures: Record<string, Figure>;
  /** Shown under the table and in docs/performance.md: what was measured, and how. */
  notes: string[];
}
