import type { ContactRecord } from '../../utils/contacts/contact-record';
import type { ExportOrganisation } from '../../utils/evaluation/export-csv';
import { contactsExportFile, dataDictionaryFile, summaryExportFile, weeklySummaryExportFile } from '../../utils/evaluation/export-files';
import type { PeriodKind } from '../../utils/evaluation/period';
import type { Download } from './use-evaluation-state';

export interface DownloadsProps {
  /** The combined records (this browser's and any imported). */
  records: readonly ContactRecord[];
  /** Imported records' own organisation and team (T3-IMPORT-ORG). */
  origins: ReadonlyMap<string, ExportOrganisation>;
  /** This browser's organisation (policy), and every one in the combined records. */
  organisation: ExportOrganisation;
  shownOrganisation: ExportOrganisation;
  topicIds: readonly string[];
  today: string;
  summaryKind: PeriodKind;
  onSummaryKind: (kind: PeriodKind) => void;
  download: Download;
}

const PERIOD_NAMES: Record<PeriodKind, string> = { quarter: 'quarter', month: 'month', week: 'week' };

/** The CSV downloads: every contact, weekly by topic, summaries by period (exact and publishable), the data dictionary. */
export function Downloads(props: DownloadsProps) {
  const { records, origins, organisation, shownOrganisation, today, summaryKind, download } = props;
  const topicIds = [...props.topicIds];
  const summary = (publishable: boolean) => () =>
    summaryExportFile(records, { kind: summaryKind, today, topicIds, organisation: shownOrganisation, publishable });
  return (
    <section aria-labelledby="download-heading">
      <h2 id="download-heading">Download the data</h2>
      <p>CSV files for a spreadsheet or your evaluation lead: every contact as a row, or one row per week with a column per topic.</p>
      <div class="evaluation__actions">
        <button
          type="button"
          class="button"
          onClick={download(() => contactsExportFile(records, organisation, today, origins), 'contacts CSV')}
        >
          Download contacts (CSV)
        </button>
        <button
          type="button"
          class="button"
          onClick={download(() => weeklySummaryExportFile(records, topicIds, shownOrganisation, today), 'weekly summary CSV')}
        >
          Download weekly summary (CSV)
        </button>
      </div>
      <h3 id="summary-heading">Summaries by period, topic, level and outcome</h3>
      <p>
        One row per period, topic, level and outcome, with an "(all)" row per period counting each contact once. Quarters are NHS
        financial-year quarters (Q1 is April to June). The publishable file shows counts of 1 to 7 as <code>*</code> and rounds every other
        count to the nearest 5 (NHS Digital's rule), so it can be shared outside your organisation.
      </p>
      <div class="evaluation__field">
        <label for="summary-period">Period</label>
        <select
          id="summary-period"
          value={summaryKind}
          onChange={(e) => props.onSummaryKind((e.target as HTMLSelectElement).value as PeriodKind)}
        >
          <option value="quarter">Quarter</option>
          <option value="month">Month</option>
          <option value="week">Week</option>
        </select>
      </div>
      <div class="evaluation__actions">
        <button type="button" class="button" onClick={download(summary(false), `${PERIOD_NAMES[summaryKind]}ly summary CSV`)}>
          Download summary by {PERIOD_NAMES[summaryKind]} (CSV)
        </button>
        <button type="button" class="button" onClick={download(summary(true), 'publishable summary CSV')}>
          Download publishable summary by {PERIOD_NAMES[summaryKind]} (CSV)
        </button>
        <button type="button" class="button button--secondary" onClick={download(dataDictionaryFile, 'data dictionary CSV')}>
          Download the data dictionary (CSV)
        </button>
      </div>
      <p class="hint">
        The extension supplies numerators only (conversations, advice, signposting, referral offers). Indicators such as CQUIN's and NICE's
        are percentages of everyone eligible: that denominator comes from your clinical system, not from this log.
      </p>
    </section>
  );
}
