import type { WeekRow } from '../utils/contacts/aggregate';
import { topicIdsIn, topicTotals } from '../utils/contacts/aggregate';
import { formatDate } from './format-date';

export interface WeeklyChartProps {
  /** Oldest week first, zero-filled. */
  rows: readonly WeekRow[];
  /** Topic id → title, in the content's order. */
  topics: ReadonlyMap<string, string>;
}

interface Series {
  key: string;
  label: string;
  /** CSS class giving the fill (colours are variables, so dark mode can adjust them). */
  className: string;
  /** Count for one week. */
  value: (row: WeekRow) => number;
  total: number;
}

/**
 * Seven colours from Okabe and Ito's palette, told apart with any common colour-vision
 * deficiency (https://jfly.uni-koeln.de/color/). More topics than that would need
 * colours nobody can tell apart, so the rest share "Other topics"; the table beside
 * the chart has every topic.
 */
const COLOURS = 7;
const NO_TOPIC = 'No topic recorded';

const W = 640;
const H = 300;
const PAD = { top: 16, right: 8, bottom: 58, left: 44 };

// Fixed three-letter months: ICU's en-GB "Sept" makes neighbouring labels collide.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const day = (iso: string) => String(Number(iso.slice(8, 10)));
const month = (iso: string) => MONTHS[Number(iso.slice(5, 7)) - 1] ?? '';
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export const topicTitle = (topics: ReadonlyMap<string, string>, id: string) => topics.get(id) ?? `${id} (no longer listed)`;

/** A step of 1, 2 or 5 × 10ⁿ that gives at most five gridlines. */
function niceStep(max: number): number {
  if (max <= 5) return 1;
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

function buildSeries(rows: readonly WeekRow[], topics: ReadonlyMap<string, string>): Series[] {
  const totals = topicTotals(rows);
  const order = [...topics.keys()];
  const ids = topicIdsIn(rows, order).sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
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

function summary(rows: readonly WeekRow[], series: Series[]): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return 'Bar chart of contacts per week: no weeks to show.';
  const contacts = rows.reduce((sum, r) => sum + r.contacts, 0);
  const busiest = rows.reduce((best, r) => (r.contacts > best.contacts ? r : best), first);
  const top = [...series].filter((s) => s.key !== 'none' && s.key !== 'other').sort((a, b) => b.total - a.total)[0];
  const parts = [
    `Stacked bar chart of contacts per week by topic, ${rows.length} weeks from ${formatDate(first.weekStart)} to the week beginning ${formatDate(last.weekStart)}`,
    `${plural(contacts, 'contact')} in all`,
  ];
  if (contacts) parts.push(`busiest week beginning ${formatDate(busiest.weekStart)} with ${plural(busiest.contacts, 'contact')}`);
  if (top) parts.push(`most common topic ${top.label} (${top.total.toLocaleString('en-GB')})`);
  return `${parts.join('; ')}. The same figures are in the table below the chart.`;
}

/**
 * Contacts per week as stacked bars, one colour per topic, with a legend and the same
 * numbers as a real table (WCAG 1.1.1: the chart is an image with a text alternative;
 * the table serves screen-reader users who want the figures themselves).
 */
export function WeeklyChart({ rows, topics }: WeeklyChartProps) {
  const series = buildSeries(rows, topics);
  const stacks = rows.map((row) => series.reduce((sum, s) => sum + s.value(row), 0));
  const step = niceStep(Math.max(1, ...stacks));
  const yMax = Math.max(step, Math.ceil(Math.max(1, ...stacks) / step) * step);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const band = plotW / Math.max(1, rows.length);
  const barW = Math.min(48, band * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / yMax) * plotH;
  const ticks = Array.from({ length: yMax / step + 1 }, (_, i) => i * step);
  const tableTopics = topicIdsIn(rows, [...topics.keys()]);
  const anyNoTopic = rows.some((r) => r.noTopic > 0);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const caption =
    first && last
      ? `Contacts per week by topic, ${rows.length} weeks from ${formatDate(first.weekStart)} to the week beginning ${formatDate(last.weekStart)}`
      : 'Contacts per week by topic';

  return (
    <div class="weekly-chart">
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary(rows, series)}>
        <defs>
          <pattern id="no-topic-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect class="chart__stripe-bg" width="6" height="6" />
            <rect class="chart__stripe" width="2.5" height="6" />
          </pattern>
        </defs>
        {ticks.map((t) => (
          <g key={t}>
            <line class="chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text class="chart__tick" x={PAD.left - 6} y={y(t)} dy="0.32em" text-anchor="end">
              {t.toLocaleString('en-GB')}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const x = PAD.left + band * i + (band - barW) / 2;
          // The day under every bar; the month under the first bar and wherever it changes.
          const newMonth = i === 0 || month(row.weekStart) !== month(rows[i - 1]!.weekStart);
          let base = 0;
          return (
            <g key={row.weekStart}>
              {series.map((s) => {
                const v = s.value(row);
                if (!v) return null;
                const top = base + v;
                const rect = (
                  <rect key={s.key} class={`chart__bar ${s.className}`} x={x} width={barW} y={y(top)} height={y(base) - y(top)}>
                    <title>{`Week beginning ${formatDate(row.weekStart)}: ${s.label}, ${v}`}</title>
                  </rect>
                );
                base = top;
                return rect;
              })}
              <text class="chart__tick" x={x + barW / 2} y={H - PAD.bottom + 18} text-anchor="middle">
                {day(row.weekStart)}
              </text>
              {newMonth && (
                <text class="chart__tick" x={x + barW / 2} y={H - PAD.bottom + 34} text-anchor="middle">
                  {month(row.weekStart)}
                </text>
              )}
            </g>
          );
        })}
        <line class="chart__axis" x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} />
        <text class="chart__tick" x={PAD.left + plotW / 2} y={H - 4} text-anchor="middle">
          Week beginning (Monday)
        </text>
      </svg>

      {series.length > 0 && (
        <ul class="legend" aria-label="Key">
          {[...series].reverse().map((s) => (
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
        A contact about more than one topic counts once under each, so a bar can be taller than the number of contacts
        that week.
      </p>

      <details class="chart-data">
        <summary>Show the data as a table</summary>
        <div class="table-scroll" role="region" aria-labelledby="weekly-table-caption" tabIndex={0}>
          <table class="data-table">
            <caption id="weekly-table-caption">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Week beginning</th>
                <th scope="col">Contacts</th>
                <th scope="col">Signposted</th>
                {tableTopics.map((id) => (
                  <th key={id} scope="col">
                    {topicTitle(topics, id)}
                  </th>
                ))}
                {anyNoTopic && <th scope="col">{NO_TOPIC}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.weekStart} data-week={row.weekStart}>
                  <th scope="row">{formatDate(row.weekStart)}</th>
                  <td>{row.contacts.toLocaleString('en-GB')}</td>
                  <td>{row.signposted.toLocaleString('en-GB')}</td>
                  {tableTopics.map((id) => (
                    <td key={id}>{(row.byTopic.get(id) ?? 0).toLocaleString('en-GB')}</td>
                  ))}
                  {anyNoTopic && <td>{row.noTopic.toLocaleString('en-GB')}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
