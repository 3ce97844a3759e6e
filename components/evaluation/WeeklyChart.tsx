import type { WeekRow } from '../../utils/evaluation/aggregate';
import { weeklyChartLayout } from '../../utils/evaluation/weekly-chart-layout';
import { formatDate } from '../format-date';
import { WeeklyChartTable } from './WeeklyChartTable';

export interface WeeklyChartProps {
  /** Oldest week first, zero-filled. */
  rows: readonly WeekRow[];
  /** Topic id → title, in the content's order. */
  topics: ReadonlyMap<string, string>;
}

/**
 * Contacts per week as stacked bars, one colour per topic, with a legend and the same
 * numbers as a real table (WCAG 1.1.1: the chart is an image with a text alternative;
 * the table serves screen-reader users who want the figures themselves). Where each
 * part goes is worked out in utils/evaluation/weekly-chart-layout.ts; this only draws it.
 */
export function WeeklyChart({ rows, topics }: WeeklyChartProps) {
  const chart = weeklyChartLayout(rows, topics, formatDate);
  const { plot, labelY } = chart;

  return (
    <div class="weekly-chart">
      <svg class="chart" viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={chart.summary}>
        <defs>
          <pattern id="no-topic-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="chart__stripe-bg" width="6" height="6" />
            <rect class="chart__stripe" width="2.5" height="6" />
          </pattern>
        </defs>
        {chart.ticks.map((t) => (
          <g key={t.value}>
            <line class="chart__grid" x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />
            <text class="chart__tick" x={plot.left - 6} y={t.y} dy="0.32em" text-anchor="end">
              {t.value.toLocaleString('en-GB')}
            </text>
          </g>
        ))}
        {chart.bars.map((bar) => (
          <g key={bar.weekStart}>
            {bar.segments.map((s) => (
              <rect key={s.key} class={`chart__bar ${s.className}`} x={bar.x} width={bar.width} y={s.y} height={s.height}>
                <title>{`Week beginning ${formatDate(bar.weekStart)}: ${s.label}, ${s.value}`}</title>
              </rect>
            ))}
            <text class="chart__tick" x={bar.x + bar.width / 2} y={labelY.day} text-anchor="middle">
              {bar.dayLabel}
            </text>
            {bar.monthLabel && (
              <text class="chart__tick" x={bar.x + bar.width / 2} y={labelY.month} text-anchor="middle">
                {bar.monthLabel}
              </text>
            )}
          </g>
        ))}
        <line class="chart__axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        <text class="chart__tick" x={(plot.left + plot.right) / 2} y={labelY.axisTitle} text-anchor="middle">
          Week beginning (Monday)
        </text>
      </svg>

      {chart.series.length > 0 && (
        <ul class="legend" aria-label="Key">
          {[...chart.series].reverse().map((s) => (
            <li key={s.key} class="legend__item">
              <svg class="legend__swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <rect class={`chart__bar ${s.className}`} width="16" height="16" />
              </svg>
              {s.label}: {s.total.toLocaleString('en-GB')}
            </li>
          ))}
        </ul>
      )}
      <p class="hint">
        A contact about more than one topic counts once under each, so a bar can be taller than the number of contacts that week.
      </p>

      <WeeklyChartTable rows={rows} chart={chart} />
    </div>
  );
}
