/** Figures as people read them: units from the key's suffix. */
import type { Figure } from './bench-section';
import type { Limit } from './budgets';

const withUnit = (key: string, n: number): string => {
  if (key.endsWith('_ms')) return `${n.toLocaleString('en-GB', { maximumFractionDigits: 2 })} ms`;
  if (key.endsWith('_bytes')) return n === 0 ? '0 B' : `${n.toLocaleString('en-GB')} B (${(n / 1024).toFixed(1)} KiB)`;
  if (key.startsWith('search.speedup') || key.endsWith('_ratio')) return `${n}×`;
  if (key.endsWith('_pct')) return `${n.toLocaleString('en-GB')}%`;
  return n.toLocaleString('en-GB');
};

export function formatFigure(key: string, value: Figure | undefined): string {
  return value === null || value === undefined ? '—' : withUnit(key, value);
}

export function formatLimit(limit: Limit | undefined): string {
  if (!limit) return '';
  const value = (n: number) => (limit.key.endsWith('_bytes') ? `${n.toLocaleString('en-GB')} B` : withUnit(limit.key, n));
  if (limit.min !== undefined) return `${limit.kind} ≥ ${value(limit.min)}`;
  return `${limit.kind} ≤ ${value(limit.max ?? 0)}`;
}
