/** The table `npm run bench` prints: every figure, its limit, and whether it was met. */
import type { Figure } from './bench-section';
import { limitFor, verdict } from './budgets';
import { formatFigure, formatLimit } from './format-figure';

export function reportTable(figures: Record<string, Figure>): string {
  const rows = Object.entries(figures).map(([key, value]) => {
    const limit = limitFor(key);
    return [key, formatFigure(key, value), formatLimit(limit), verdict(limit, value)];
  });
  const header = ['figure', 'value', 'limit', 'status'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
