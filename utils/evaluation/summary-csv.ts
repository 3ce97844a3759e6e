/**
 * The summary CSVs (docs/evaluation.md, "Summaries"): by quarter, month or week ×
 * topic × level × outcome, and the publishable variant (small counts suppressed,
 * others rounded to 5). Same CSV rules as export-csv.ts.
 */
import type { ContactRecord } from '../contacts/contact-record';
import { csvCell, NO_ORGANISATION, organisationColumns, type ExportOrganisation } from './export-csv';
import { publishableCount, summaryRows, type SummaryOptions } from './summary';

export const SUMMARY_BY_PERIOD_COLUMNS = ['period', 'period_start', 'period_end', 'topic', 'level', 'outcome', 'contacts'] as const;

export interface SummaryCsvOptions extends SummaryOptions {
  publishable?: boolean;
  organisation?: ExportOrganisation;
}

export function summaryCsv(records: readonly ContactRecord[], options: SummaryCsvOptions): string {
  const org = organisationColumns(options.organisation ?? NO_ORGANISATION);
  const count = options.publishable ? publishableCount : (n: number) => n;
  const lines = [[...SUMMARY_BY_PERIOD_COLUMNS, ...org.header].join(',')];
  for (const row of summaryRows(records, options)) {
    lines.push(
      [row.period.label, row.period.start, row.period.end, row.topic, row.level, row.outcome, count(row.contacts)]
        .map(csvCell)
        .concat(org.cells)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
