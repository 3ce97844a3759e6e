import { describe, expect, it } from 'vitest';
import type { WeekRow } from '../../../utils/evaluation/aggregate';
import { weeklyChartLayout } from '../../../utils/evaluation/weekly-chart-layout';

/** A week's row from topic counts; contacts default to the largest count plus those with no topic. */
function week(weekStart: string, byTopic: Record<string, number> = {}, noTopic = 0, contacts?: number): WeekRow {
  const counts = Object.values(byTopic);
  return {
    weekStart,
    contacts: contacts ?? Math.max(0, ...counts) + noTopic,
    signposted: 0,
    byTopic: new Map(Object.entries(byTopic)),
    noTopic,
  };
}
const iso = (d: string) => `[${d}]`;
const TOPICS = new Map([
  ['smoking', 'Smoking and vaping'],
  ['alcohol', 'Alcohol'],
  ['falls', 'Falls'],
]);

describe('weekly chart layout: series', () => {
  it('gives the biggest topics their own colour (content order on ties), then no topic, with totals', () => {
    const rows = [week('2026-11-02', { alcohol: 1, smoking: 1 }, 2), week('2026-11-09', { alcohol: 2, falls: 1 })];
    const { series } = weeklyChartLayout(rows, TOPICS, iso);
    expect(series).toEqual([
      { key: 'alcohol', label: 'Alcohol', className: 'series-0', total: 3 },
      { key: 'smoking', label: 'Smoking and vaping', className: 'series-1', total: 1 },
      { key: 'falls', label: 'Falls', className: 'series-2', total: 1 },
      { key: 'none', label: 'No topic recorded', className: 'series-none', total: 2 },
    ]);
  });

  it('groups topics past the seventh colour as "Other topics", and names a topic the content dropped', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'retired'];
    const topics = new Map(ids.slice(0, 8).map((id) => [id, id.toUpperCase()]));
    const byTopic = Object.fromEntries(ids.map((id, i) => [id, 20 - i]));
    const { series } = weeklyChartLayout([week('2026-11-02', byTopic)], topics, iso);
    expect(series.map((s) => s.key)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'other']);
    expect(series.at(-1)).toEqual({ key: 'other', label: 'Other topics (3)', className: 'series-other', total: 14 + 13 + 12 });
    const seven = weeklyChartLayout([week('2026-11-02', Object.fromEntries(ids.slice(0, 7).map((id) => [id, 1])))], topics, iso);
    expect(seven.series.map((s) => s.key)).toEqual(ids.slice(0, 7));
    const dropped = weeklyChartLayout([week('2026-11-02', { retired: 1 })], TOPICS, iso);
    expect(dropped.series[0]!.label).toBe('retired (no longer listed)');
  });

  it('has no series at all when nothing was logged', () => {
    expect(weeklyChartLayout([week('2026-11-02'), week('2026-11-09')], TOPICS, iso).series).toEqual([]);
  });
});

describe('weekly chart layout: scale and bars', () => {
  const ticksFor = (highest: number) =>
    weeklyChartLayout([week('2026-11-02', { smoking: highest })], TOPICS, iso).ticks.map((t) => t.value);

  it('puts gridlines at steps of 1, 2 or 5 × 10ⁿ, at most six lines, above the tallest bar', () => {
    expect(ticksFor(0)).toEqual([0, 1]);
    expect(ticksFor(3)).toEqual([0, 1, 2, 3]);
    expect(ticksFor(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticksFor(6)).toEqual([0, 2, 4, 6]);
    expect(ticksFor(37)).toEqual([0, 10, 20, 30, 40]);
    expect(ticksFor(120)).toEqual([0, 50, 100, 150]);
    expect(ticksFor(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
    for (const n of [7, 11, 49, 99, 101, 999, 12_345]) {
      const ticks = ticksFor(n);
      expect(ticks.length, String(n)).toBeLessThanOrEqual(6);
      expect(ticks.at(-1)!, String(n)).toBeGreaterThanOrEqual(n);
    }
  });

  it('stacks each week bottom up, in series order, each part as tall as its count, nothing for a zero', () => {
    const rows = [week('2026-11-02', { alcohol: 2, smoking: 1 }, 1), week('2026-11-09'), week('2026-11-16', { alcohol: 4 })];
    const chart = weeklyChartLayout(rows, TOPICS, iso);
    const [first, empty, third] = chart.bars;
    expect(first!.segments.map((s) => [s.key, s.value])).toEqual([
      ['alcohol', 2],
      ['smoking', 1],
      ['none', 1],
    ]);
    expect(empty!.segments).toEqual([]);
    expect(third!.segments.map((s) => s.key)).toEqual(['alcohol']);
    // Contiguous from the axis up, and to scale: the y axis tops out at 4 here.
    const unit = (chart.plot.bottom - chart.ticks.at(-1)!.y) / 4;
    let base = chart.plot.bottom;
    for (const s of first!.segments) {
      expect(s.y + s.height).toBeCloseTo(base);
      expect(s.height).toBeCloseTo(unit * s.value);
      base = s.y;
    }
    expect(third!.segments[0]!.y).toBeCloseTo(chart.ticks.at(-1)!.y);
  });

  it('spaces the weeks evenly inside the plot, bars at most 48 wide', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => week(`2026-09-${String(7 + i).padStart(2, '0')}`));
    for (const rows of [twelve, twelve.slice(0, 1)]) {
      const { bars, plot } = weeklyChartLayout(rows, TOPICS, iso);
      const gaps = bars.slice(1).map((b, i) => b.x - bars[i]!.x);
      for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!);
      for (const b of bars) {
        expect(b.width).toBeLessThanOrEqual(48);
        expect(b.x).toBeGreaterThanOrEqual(plot.left);
        expect(b.x + b.width).toBeLessThanOrEqual(plot.right);
      }
    }
  });

  it('labels every bar with its day and the month under the first bar and wherever it changes', () => {
    const rows = ['2026-08-24', '2026-08-31', '2026-09-07', '2026-09-14', '2026-10-05'].map((d) => week(d));
    const { bars } = weeklyChartLayout(rows, TOPICS, iso);
    expect(bars.map((b) => [b.dayLabel, b.monthLabel])).toEqual([
      ['24', 'Aug'],
      ['31', null],
      ['7', 'Sep'], // never ICU's "Sept", which collides with its neighbours
      ['14', null],
      ['5', 'Oct'],
    ]);
  });
});

describe('weekly chart layout: words', () => {
  it('sums the chart up for screen readers: the weeks, the total, the busiest week and the most common topic', () => {
    const rows = [week('2026-11-02', { smoking: 1 }, 0, 1), week('2026-11-09', { alcohol: 4, smoking: 2 }, 1, 4)];
    const { summary, caption } = weeklyChartLayout(rows, TOPICS, iso);
    expect(summary).toBe(
      'Stacked bar chart of contacts per week by topic, 2 weeks from [2026-11-02] to the week beginning [2026-11-09]; ' +
        '5 contacts in all; busiest week beginning [2026-11-09] with 4 contacts; most common topic Alcohol (4). ' +
        'The same figures are in the table below the chart.',
    );
    expect(caption).toBe('Contacts per week by topic, 2 weeks from [2026-11-02] to the week beginning [2026-11-09]');
  });

  it('says "1 contact", leaves out what there is none of, and copes with no weeks', () => {
    const one = weeklyChartLayout([week('2026-11-02', {}, 1, 1)], TOPICS, iso).summary;
    expect(one).toContain('; 1 contact in all; busiest week beginning [2026-11-02] with 1 contact.');
    expect(one).not.toContain('most common topic');
    const none = weeklyChartLayout([week('2026-11-02')], TOPICS, iso).summary;
    expect(none).toContain('0 contacts in all.');
    expect(none).not.toContain('busiest');
    const empty = weeklyChartLayout([], TOPICS, iso);
    expect(empty.summary).toBe('Bar chart of contacts per week: no weeks to show.');
    expect(empty.caption).toBe('Contacts per week by topic');
    expect(empty.bars).toEqual([]);
  });

  it('gives the table a column per topic logged, in the content order, and one for no topic if any', () => {
    const rows = [week('2026-11-02', { falls: 5, retired: 1 }), week('2026-11-09', { smoking: 1 })];
    const chart = weeklyChartLayout(rows, TOPICS, iso);
    expect(chart.tableTopics).toEqual([
      { id: 'smoking', title: 'Smoking and vaping' },
      { id: 'falls', title: 'Falls' },
      { id: 'retired', title: 'retired (no longer listed)' },
    ]);
    expect(chart.noTopicColumn).toBe(false);
    expect(weeklyChartLayout([week('2026-11-02', {}, 2)], TOPICS, iso).noTopicColumn).toBe(true);
  });
});
