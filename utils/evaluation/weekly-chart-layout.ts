/**
 * Where everything in the weekly contacts chart goes, worked out from the weekly rows: the
 * series (one colour per topic, the rest grouped), the y scale and its gridlines, each week's
 * stacked bar and its day and month labels, the text alternative and the table's columns.
 * components/evaluation/WeeklyChart.tsx only draws what this returns.
 */
import type { WeekRow } from './aggregate';
import { topicIdsIn, topicTotals } from './aggregate';
import { topicTitle } from './topic-title';

const CHART_WIDTH = 640;
const CHART_HEIGHT = 300;
const PAD = { top: 16, right: 8, bottom: 58, left: 44 };
/** Bars no wider than this, however few the weeks. */
const MAX_BAR_WIDTH = 48;

/**
 * Seven colours from Okabe and Ito's palette, told apart with any common colour-vision
 * deficiency (https://jfly.uni-koeln.de/color/). More topics than that would need
 * colours nobody can tell apart, so the rest share "Other topics"; the table beside
 * the chart has every topic.
 */
const COLOURS = 7;
export const NO_TOPIC = 'No topic recorded';

// Fixed three-letter months: ICU's en-GB "Sept" makes neighbouring labels collide.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const day = (iso: string) => String(Number(iso.slice(8, 10)));
const month = (iso: string) => MONTHS[Number(iso.slice(5, 7)) - 1] ?? '';
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

interface ChartSeries {
  key: string;
  label: string;
  /** CSS class giving the fill (colours are variables, so dark mode can adjust them). */
  className: string;
  total: number;
}

/** One topic's part of one week's bar. */
interface BarSegment {
  key: string;
  label: string;
  className: string;
  value: number;
  y: number;
  height: number;
}

interface ChartBar {
  weekStart: string;
  x: number;
  width: number;
  /** Bottom to top; series with nothing that week are left out. */
  segments: BarSegment[];
  /** The day of the month, under every bar. */
  dayLabel: string;
  /** The month, under the first bar and wherever it changes. */
  monthLabel: string | null;
}

interface ChartTick {
  value: number;
  y: number;
}

export interface WeeklyChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; bottom: number };
  /** Where the day labels, the month labels and the axis title sit. */
  labelY: { day: number; month: number; axisTitle: number };
  series: ChartSeries[];
  ticks: ChartTick[];
  bars: ChartBar[];
  /** The chart's text alternative (its aria-label). */
  summary: string;
  /** The table's caption. */
  caption: string;
  /** The table's topic columns, in the content's order (then "No topic recorded" if any). */
  tableTopics: Array<{ id: string; title: string }>;
  noTopicColumn: boolean;
}

/** A step of 1, 2 or 5 × 10ⁿ that gives at most five gridlines. */
function niceStep(max: number): number {
  if (max <= 5) return 1;
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

interface Series extends ChartSeries {
  value: (row: WeekRow) => number;
}

/** The largest topics in colour (content order on ties), the rest as "Other topics", no topic last. */
function chartSeries(rows: readonly WeekRow[], topics: ReadonlyMap<string, string>): Series[] {
  const totals = topicTotals(rows);
  const ids = topicIdsIn(rows, [...topics.keys()]).sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
  const own = ids.length <= COLOURS ? ids : ids.slice(0, COLOURS - 1);
  const rest = ids.slice(own.length);
  const series: Series[] = own.map((id, i) => ({
    key: id,
    label: topicTitle(topics, id),
    className: `series-${i}`,
    value: (row) => row.byTopic.get(id) ?? 0,
    total: totals.get(id) ?? 0,
  }));
  if (rest.length) {
    series.push({
      key: 'other',
      label: `Other topics (${rest.length})`,
      className: 'series-other',
      value: (row) => rest.reduce((sum, id) => sum + (row.byTopic.get(id) ?? 0), 0),
      total: rest.reduce((sum, id) => sum + (totals.get(id) ?? 0), 0),
    });
  }
  const noTopic = rows.reduce((sum, r) => sum + r.noTopic, 0);
  if (noTopic) {
    series.push({ key: 'none', label: NO_TOPIC, className: 'series-none', value: (row) => row.noTopic, total: noTopic });
  }
  return series;
}

function describeWeeks(rows: readonly WeekRow[], formatDate: (iso: string) => string): string | null {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return null;
  return `${rows.length} weeks from ${formatDate(first.weekStart)} to the week beginning ${formatDate(last.weekStart)}`;
}

function summary(rows: readonly WeekRow[], series: readonly ChartSeries[], formatDate: (iso: string) => string): string {
  const weeks = describeWeeks(rows, formatDate);
  if (!weeks) return 'Bar chart of contacts per week: no weeks to show.';
  const contacts = rows.reduce((sum, r) => sum + r.contacts, 0);
  const busiest = rows.reduce((best, r) => (r.contacts > best.contacts ? r : best), rows[0]!);
  const top = series.filter((s) => s.key !== 'none' && s.key !== 'other').sort((a, b) => b.total - a.total)[0];
  const parts = [`Stacked bar chart of contacts per week by topic, ${weeks}`, `${plural(contacts, 'contact')} in all`];
  if (contacts) parts.push(`busiest week beginning ${formatDate(busiest.weekStart)} with ${plural(busiest.contacts, 'contact')}`);
  if (top) parts.push(`most common topic ${top.label} (${top.total.toLocaleString('en-GB')})`);
  return `${parts.join('; ')}. The same figures are in the table below the chart.`;
}

/**
 * @param rows oldest week first, zero-filled
 * @param topics topic id → title, in the content's order
 * @param formatDate how the page writes a date (the text alternative and caption name weeks)
 */
export function weeklyChartLayout(
  rows: readonly WeekRow[],
  topics: ReadonlyMap<string, string>,
  formatDate: (iso: string) => string,
): WeeklyChartLayout {
  const series = chartSeries(rows, topics);
  const stacks = rows.map((row) => series.reduce((sum, s) => sum + s.value(row), 0));
  const highest = Math.max(1, ...stacks);
  const step = niceStep(highest);
  const yMax = Math.max(step, Math.ceil(highest / step) * step);
  const plotW = CHART_WIDTH - PAD.left - PAD.right;
  const plotH = CHART_HEIGHT - PAD.top - PAD.bottom;
  const band = plotW / Math.max(1, rows.length);
  const barW = Math.min(MAX_BAR_WIDTH, band * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / yMax) * plotH;

  const bars = rows.map((row, i): ChartBar => {
    let base = 0;
    const segments: BarSegment[] = [];
    for (const s of series) {
      const value = s.value(row);
      if (!value) continue;
      segments.push({ key: s.key, label: s.label, className: s.className, value, y: y(base + value), height: y(base) - y(base + value) });
      base += value;
    }
    const newMonth = i === 0 || month(row.weekStart) !== month(rows[i - 1]!.weekStart);
    return {
      weekStart: row.weekStart,
      x: PAD.left + band * i + (band - barW) / 2,
      width: barW,
      segments,
      dayLabel: day(row.weekStart),
      monthLabel: newMonth ? month(row.weekStart) : null,
    };
  });

  const weeks = describeWeeks(rows, formatDate);
  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    plot: { left: PAD.left, right: CHART_WIDTH - PAD.right, bottom: y(0) },
    labelY: { day: CHART_HEIGHT - PAD.bottom + 18, month: CHART_HEIGHT - PAD.bottom + 34, axisTitle: CHART_HEIGHT - 4 },
    series: series.map(({ key, label, className, total }) => ({ key, label, className, total })),
    ticks: Array.from({ length: yMax / step + 1 }, (_, i) => ({ value: i * step, y: y(i * step) })),
    bars,
    summary: summary(rows, series, formatDate),
    caption: weeks ? `Contacts per week by topic, ${weeks}` : 'Contacts per week by topic',
    tableTopics: topicIdsIn(rows, [...topics.keys()]).map((id) => ({ id, title: topicTitle(topics, id) })),
    noTopicColumn: rows.some((r) => r.noTopic > 0),
  };
}
