/**
 * The summaries of docs/evaluation.md ("Summaries by period, topic, level and outcome" and
 * "Publishable summary"), counted in SQL over the stored records, for London, a borough or
 * an organisation. They follow the extension's counting rules exactly (utils/evaluation/summary.ts):
 * a contact about two topics counts once under each, one with no topic under "(none)", a missing
 * level or outcome under "not-recorded", one "(all)" row per period counting every contact once,
 * and periods without contacts as "(all)" rows of 0 up to today. The order is the extension's
 * too (topics in the content's order, then retired ones by code point), so the same records give
 * the same CSV, byte for byte (tests/integration/receiver/summaries.test.ts).
 */
import { LEVELS, OUTCOMES } from '../utils/contacts/contact-record';
import { csvCell, NO_ORGANISATION, organisationColumns, type ExportOrganisation } from '../utils/evaluation/export-csv';
import { exportFileName } from '../utils/evaluation/export-files';
import { periodOf, periodsBetween, type PeriodKind } from '../utils/evaluation/period';
import { zeroFillSpan } from '../utils/contacts/plausible-date';
import { publishableCount } from '../utils/evaluation/summary';
import { SUMMARY_BY_PERIOD_COLUMNS } from '../utils/evaluation/summary-csv';
import type { Queryable } from './database';
import { scopeCondition, scopeSlug, type Scope } from './scope';

const NOT_RECORDED = 'not-recorded';
/** date_trunc's field for each period: NHS financial-year quarters start in April, so they are calendar quarters. */
export const TRUNC: Record<PeriodKind, string> = { quarter: 'quarter', month: 'month', week: 'week' };

export interface SummaryCount {
  start: string;
  topic: string;
  level: string;
  outcome: string;
  contacts: number;
}

/** Counts per period × topic × level × outcome, in the extension's row order, and the (all) rows. */
export async function summaryCounts(db: Queryable, scope: Scope, kind: PeriodKind, topicIds: readonly string[]): Promise<SummaryCount[]> {
  const where = scopeCondition(scope, 5);
  return db.query<SummaryCount>(
    `WITH scoped AS (
       SELECT to_char(date_trunc('${TRUNC[kind]}', date), 'YYYY-MM-DD') AS start, topics,
              coalesce(level, '${NOT_RECORDED}') AS level, coalesce(outcome, '${NOT_RECORDED}') AS outcome
       FROM records WHERE ${where.sql}
     ), cells AS (
       SELECT start, '(all)' AS topic, '(all)' AS level, '(all)' AS outcome, count(*)::int AS contacts, 0 AS is_detail
       FROM scoped GROUP BY start
       UNION ALL
       SELECT start, t.topic, level, outcome, count(*)::int, 1
       FROM scoped CROSS JOIN LATERAL (
         SELECT DISTINCT unnest(CASE WHEN cardinality(topics) = 0 THEN ARRAY['(none)'] ELSE topics END) AS topic
       ) AS t
       GROUP BY start, t.topic, level, outcome
     )
     SELECT start, topic, level, outcome, contacts FROM cells
     ORDER BY start, is_detail,
       CASE WHEN topic = '(none)' THEN 2147483647 ELSE coalesce(array_position($1::text[], topic) - 1, cardinality($1::text[])) END,
       topic COLLATE "C",
       coalesce(array_position($2::text[], level), $3), coalesce(array_position($4::text[], outcome), $3)`,
    [topicIds, [...LEVELS, NOT_RECORDED], LEVELS.length + OUTCOMES.length + 2, [...OUTCOMES, NOT_RECORDED], ...where.params],
  );
}

export interface SummaryCsvRequest {
  scope: Scope;
  kind: PeriodKind;
  today: string;
  topicIds: readonly string[];
  publishable: boolean;
  /** The organisation columns, for an organisation's file (as the extension adds them from policy). */
  organisation?: ExportOrganisation;
}

/** The summary CSV text (no byte-order mark), identical to the extension's summaryCsv for the same records. */
export async function summaryCsvFromDb(db: Queryable, request: SummaryCsvRequest): Promise<string> {
  const counts = await summaryCounts(db, request.scope, request.kind, request.topicIds);
  const org = organisationColumns(request.organisation ?? NO_ORGANISATION);
  const count = request.publishable ? publishableCount : (n: number) => n;
  const lines = [[...SUMMARY_BY_PERIOD_COLUMNS, ...org.header].join(',')];
  if (counts.length > 0) {
    const byStart = new Map<string, SummaryCount[]>();
    for (const c of counts) byStart.set(c.start, [...(byStart.get(c.start) ?? []), c]);
    const [range] = await db.query<{ first: string; last: string }>(
      `SELECT to_char(min(date), 'YYYY-MM-DD') AS first, to_char(max(date), 'YYYY-MM-DD') AS last FROM records WHERE ${scopeCondition(request.scope, 1).sql}`,
      scopeCondition(request.scope, 1).params,
    );
    // Periods with no contacts, as the extension zero-fills them (2020 to tomorrow at most).
    const span = zeroFillSpan(range!.first, range!.last, request.today);
    const periods = span ? periodsBetween(span.from, span.to, request.kind) : [];
    // A period with contacts outside that span still gets its rows, in order.
    for (const start of byStart.keys()) if (!periods.some((p) => p.start === start)) periods.push(periodOf(start, request.kind));
    periods.sort((a, b) => (a.start < b.start ? -1 : 1));
    for (const period of periods) {
      const rows = byStart.get(period.start) ?? [{ start: period.start, topic: '(all)', level: '(all)', outcome: '(all)', contacts: 0 }];
      for (const row of rows) {
        lines.push(
          [period.label, period.start, period.end, row.topic, row.level, row.outcome, count(row.contacts)]
            .map(csvCell)
            .concat(org.cells)
            .join(','),
        );
      }
    }
  }
  return lines.join('\r\n') + '\r\n';
}

/** The download's name: the extension's, with the scope before the date ("…-publishable-london-2026-12-07.csv"). */
export function summaryFileName(request: Pick<SummaryCsvRequest, 'scope' | 'kind' | 'publishable' | 'today'>): string {
  return exportFileName(
    `summary-by-${request.kind}${request.publishable ? '-publishable' : ''}-${scopeSlug(request.scope)}`,
    request.today,
  );
}

/** For the dashboard: a period's label from its start. */
export const periodLabel = (start: string, kind: PeriodKind) => periodOf(start, kind).label;
