import type { WeekRow } from '../../utils/evaluation/aggregate';
import { NO_TOPIC, type WeeklyChartLayout } from '../../utils/evaluation/weekly-chart-layout';
import { formatDate } from '../format-date';

export interface WeeklyChartTableProps {
  /** Oldest week first, zero-filled: the chart's own rows. */
  rows: readonly WeekRow[];
  /** The chart's layout, for the caption and the topic columns it shows. */
  chart: WeeklyChartLayout;
}

/** The chart's figures as a real table, behind a disclosure (WCAG 1.1.1: the chart's text alternative with the numbers). */
export function WeeklyChartTable({ rows, chart }: WeeklyChartTableProps) {
  return (
    <details class="chart-data">
      <summary>Show the data as a table</summary>
      <div class="table-scroll" role="region" aria-labelledby="weekly-table-caption" tabIndex={0}>
        <table class="data-table">
          <caption id="weekly-table-caption">{chart.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Week beginning</th>
              <th scope="col">Contacts</th>
              <th scope="col">Signposted</th>
              {chart.tableTopics.map((t) => (
                <th key={t.id} scope="col">
                  {t.title}
                </th>
              ))}
              {chart.noTopicColumn && <th scope="col">{NO_TOPIC}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.weekStart} data-week={row.weekStart}>
                <th scope="row">{formatDate(row.weekStart)}</th>
                <td>{row.contacts.toLocaleString('en-GB')}</td>
                <td>{row.signposted.toLocaleString('en-GB')}</td>
                {chart.tableTopics.map((t) => (
                  <td key={t.id}>{(row.byTopic.get(t.id) ?? 0).toLocaleString('en-GB')}</td>
                ))}
                {chart.noTopicColumn && <td>{row.noTopic.toLocaleString('en-GB')}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
