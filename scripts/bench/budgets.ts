/**
 * The limits each figure is judged against. "budget": a number docs/architecture.md ("Budgets")
 * states. "target": our reading of a budget docs/architecture.md states in words ("small",
 * "a few milliseconds", "fast"), so that it can be checked at all; change it here if
 * the team reads it differently.
 */
import type { Figure } from './bench-section';

export interface Limit {
  key: string;
  /** The figure must be at most this (times, sizes)... */
  max?: number;
  /** ...or at least this (shares of the ranking set answered right). */
  min?: number;
  kind: 'budget' | 'target';
  /** Where the limit comes from, in the words of docs/architecture.md. */
  why: string;
}

export const LIMITS: Limit[] = [
  { key: 'search.stress.p95_ms', max: 16, kind: 'budget', why: 'p95 per keystroke ≤ 16 ms on a 20,000-record stress corpus' },
  { key: 'search.real.p95_ms', max: 2, kind: 'budget', why: '≤ 2 ms on the real content' },
  { key: 'search.build_5k_ms', max: 100, kind: 'budget', why: 'index build ≤ 100 ms at 5,000 records' },
  { key: 'search.ranking.top1_pct', min: 85, kind: 'budget', why: 'the public ranking set: expected result first for ≥ 85% (issue 10)' },
  {
    key: 'search.ranking.top3_pct',
    min: 97,
    kind: 'budget',
    why: 'the public ranking set: an acceptable result in the top 3 for ≥ 97% (issue 10)',
  },
  { key: 'bundle.injected_bytes', max: 0, kind: 'budget', why: 'nothing injected into host pages unless the user asks' },
  {
    key: 'bundle.sidepanel_code_gzip_bytes',
    max: 60_000,
    kind: 'target',
    why: 'side panel code small, apart from the bundled content: ≤ 60 KB gzip (issue 18)',
  },
  { key: 'sidebar.topic_list_ms', max: 150, kind: 'budget', why: 'something to use ≤ 150 ms after the panel opens' },
  { key: 'popup.interactive_ms', max: 100, kind: 'budget', why: 'popup interactive ≤ 100 ms' },
  ...['popup', 'topic_list', 'first_results', 'worker_start'].map((page): Limit => ({
    key: `floor.${page}_ratio`,
    max: 1.5,
    kind: 'target',
    why: 'each page ≤ 1.5× the empty-extension floor (issue 18)',
  })),
  { key: 'contacts.log_ms', max: 10, kind: 'budget', why: 'logging a contact: click to stored ≤ 10 ms' },
  { key: 'contacts.export_100k_ms', max: 1000, kind: 'budget', why: 'export of 100,000 records ≤ 1 s' },
];

export type Verdict = 'met' | 'NOT MET' | 'not measured' | '';

export function verdict(limit: Limit | undefined, value: Figure | undefined): Verdict {
  if (!limit) return '';
  if (value === null || value === undefined) return 'not measured';
  const fits = (limit.max === undefined || value <= limit.max) && (limit.min === undefined || value >= limit.min);
  return fits ? 'met' : 'NOT MET';
}

export const limitFor = (key: string) => LIMITS.find((l) => l.key === key);
