import { useMemo, useRef, useState } from 'preact/hooks';
import type { ContactRecord } from '../utils/contacts/contact-record';
import type { DamagedRecord } from '../utils/contacts/record-check';
import type { ExportOrganisation } from '../utils/evaluation/export-csv';
import { contactsPerWeek, periodTotals, topServices, type PeriodTotal } from '../utils/evaluation/aggregate';
import { boardFigures } from '../utils/evaluation/board-report';
import {
  contactsExportFile,
  dataDictionaryFile,
  damagedRecordsExportFile,
  summaryExportFile,
  weeklySummaryExportFile,
  type ExportFile,
} from '../utils/evaluation/export-files';
import { combinedOrganisation, combineRecords, MAX_IMPORT_BYTES, parseContactsExport } from '../utils/evaluation/import-csv';
import { periodOf, periodsBetween, type PeriodKind } from '../utils/evaluation/period';
import { EARLIEST_CONTACT_DATE } from '../utils/contacts/plausible-date';
import { BoardReport } from './BoardReport';
import { ClearAllContacts } from './ClearAllContacts';
import { TopServices } from './TopServices';
import { WeeklyChart } from './WeeklyChart';
import { formatDate } from './format-date';
import { SiteHeader } from './SiteHeader';

export interface EvaluationViewProps {
  /** This browser's log. */
  records: readonly ContactRecord[];
  /** Topic id → title, in the content's order. */
  topics: ReadonlyMap<string, string>;
  /** Service id → name. */
  services: ReadonlyMap<string, string>;
  /** Today's local date, YYYY-MM-DD. */
  today: string;
  /** From policy; shown, and added to the downloads. */
  organisation: ExportOrganisation;
  /** The content in use now: "built-in" or "feed:<n>" (shown on the board report). */
  contentVersion?: string;
  /** The `modelledImpact` setting: the board report's model section, and whether policy locked it. */
  modelledImpact?: { on: boolean; locked: boolean };
  /** Damaged records in the log (T3-POISON): left out of the figures, counted and offered as a download here. */
  damaged?: readonly DamagedRecord[];
  /** What each contact keeps, following the policy in force (keptFieldsSentence). */
  keptFields: string;
  /** Weeks in the chart (default 12). */
  weeks?: number;
  /** Saves a file the view made (a download). */
  onDownload: (file: ExportFile) => void;
  /** Opens the browser's print dialog (the board report has its own print styles). */
  onPrint?: () => void;
  /** Deletes every record; rejects if that failed. The caller re-renders with the new records. */
  onClearAll: () => Promise<void>;
}

interface ImportedFile {
  name: string;
  records: ContactRecord[];
  /** Record id → the organisation and team its row names (T3-IMPORT-ORG). */
  origins: ReadonlyMap<string, ExportOrganisation>;
}

const n = (value: number) => value.toLocaleString('en-GB');
const monthName = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekday = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
/** Rows left out of one file that are listed one by one; the rest are counted. */
const MAX_SKIPPED_SHOWN = 5;
const PERIOD_NAMES: Record<PeriodKind, string> = { quarter: 'quarter', month: 'month', week: 'week' };

function Total({ id, label, total, detail }: { id: string; label: string; total: PeriodTotal; detail: string }) {
  return (
    <div class="totals__item" data-total={id}>
      <dt class="totals__label">{label}</dt>
      <dd class="totals__number">{n(total.contacts)}</dd>
      <dd class="totals__detail">
        {detail} · {n(total.signposted)} signposted
      </dd>
    </div>
  );
}

function OrganisationLine({ organisation }: { organisation: ExportOrganisation }) {
  const { code, name, team } = organisation;
  if (!code && !name && !team) {
    return (
      <p class="organisation">
        No organisation or team is set, so the downloads have no organisation columns. Your IT team can set them by policy.
      </p>
    );
  }
  const org = [name, code && `(${code})`].filter(Boolean).join(' ');
  return (
    <p class="organisation">
      {org && (
        <>
          Organisation: <strong>{org}</strong>.{' '}
        </>
      )}
      {team && (
        <>
          Team: <strong>{team}</strong>.{' '}
        </>
      )}
      These are added to every row of the downloads, not stored with each contact.
    </p>
  );
}

/**
 * The service lead's view of the contact log: totals, a chart of the last weeks by
 * topic (with its table), the most signposted services, the downloads (raw, weekly,
 * by quarter/month/week, publishable, data dictionary), the printable board report,
 * combining exports from other browsers (read here, never stored) and "clear all".
 * Data comes in as props; nothing here touches storage.
 */
/** "mecc-contacts-2026-12-07.csv" → "mecc-contacts-combined-2026-12-07.csv"; a name without a date stays. */
export const combinedFileName = (name: string) => name.replace(/-(\d{4}-\d{2}-\d{2})\.csv$/, '-combined-$1.csv');

export function EvaluationView(props: EvaluationViewProps) {
  const { topics, services, today, organisation, weeks = 12, contentVersion = 'built-in', onDownload, damaged = [], keptFields } = props;
  const [status, setStatus] = useState('');
  const [imported, setImported] = useState<ImportedFile[]>([]);
  const [importMessage, setImportMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [summaryKind, setSummaryKind] = useState<PeriodKind>('quarter');
  const [reportPeriod, setReportPeriod] = useState<string>(() => `quarter:${periodOf(today, 'quarter').start}`);
  const [impactOn, setImpactOn] = useState(props.modelledImpact?.on ?? false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const combined = useMemo(
    () =>
      combineRecords(
        props.records,
        imported.map((f) => f.records),
        imported.map((f) => f.origins),
      ),
    [props.records, imported],
  );
  // Summaries and the board report name every organisation and team in the combined records (T3-IMPORT-ORG).
  const shownOrganisation = useMemo(() => combinedOrganisation(organisation, combined.origins), [organisation, combined.origins]);
  const records = combined.records;
  const totals = useMemo(() => periodTotals(records, today), [records, today]);
  const rows = useMemo(() => contactsPerWeek(records, today, weeks), [records, today, weeks]);
  const top = useMemo(() => topServices(records, 10), [records]);
  const firstDate = useMemo(() => records.reduce((min, r) => (r.date < min ? r.date : min), today), [records, today]);
  // Not before 2020, whatever a wrong clock wrote (T3-IMPORT-DATES): at most a few dozen options.
  const reportFrom = firstDate > EARLIEST_CONTACT_DATE ? firstDate : EARLIEST_CONTACT_DATE;
  const reportPeriods = useMemo(
    () => ({
      quarter: periodsBetween(reportFrom, today, 'quarter').reverse(),
      month: periodsBetween(reportFrom, today, 'month').reverse(),
    }),
    [reportFrom, today],
  );
  const [reportKind, reportStart] = reportPeriod.split(':') as [PeriodKind, string];
  const figures = useMemo(() => boardFigures(records, periodOf(reportStart, reportKind)), [records, reportKind, reportStart]);
  const topicIds = [...topics.keys()];

  const clearAll = async () => {
    const count = props.records.length;
    try {
      await props.onClearAll();
    } catch (error) {
      setStatus('');
      throw error;
    }
    setStatus(`All ${n(count)} ${count === 1 ? 'contact was' : 'contacts were'} deleted from this browser.`);
    // The confirmation has gone with the records: put focus somewhere sensible.
    headingRef.current?.focus();
  };
  const download = (make: () => ExportFile, what: string) => () => {
    try {
      const file = make();
      // Files that include other browsers' exports say so in their name (walkthrough C7).
      onDownload(imported.length ? { ...file, filename: combinedFileName(file.filename) } : file);
      setStatus(`Downloading ${what}. Check your browser's downloads.`);
    } catch {
      setStatus(`Could not create the ${what} file. Try again.`);
    }
  };
  const importFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const added: ImportedFile[] = [];
    const problems: string[] = [];
    for (const file of [...files]) {
      if (file.size > MAX_IMPORT_BYTES) {
        problems.push(`${file.name} is larger than 50 MB, so it is not one of our exports. Nothing was imported from it.`);
        continue;
      }
      const result = parseContactsExport(file.name, await file.text(), { today });
      if (result.ok) {
        added.push({ name: file.name, records: result.records, origins: result.origins });
        problems.push(...result.skipped.slice(0, MAX_SKIPPED_SHOWN));
        if (result.skipped.length > MAX_SKIPPED_SHOWN)
          problems.push(`${file.name}: ${n(result.skipped.length - MAX_SKIPPED_SHOWN)} more rows were left out for the same reason.`);
      } else problems.push(result.reason);
    }
    const next = [...imported, ...added];
    setImported(next);
    const after = combineRecords(
      props.records,
      next.map((f) => f.records),
    );
    const read = added.length
      ? `Imported ${added.length} ${added.length === 1 ? 'file' : 'files'}: now ${n(after.records.length)} contacts, each counted once (${n(after.duplicates)} duplicates skipped).`
      : '';
    setImportMessage({ error: problems.length > 0, text: [read, ...problems].filter(Boolean).join(' ') });
    if (fileRef.current) fileRef.current.value = '';
  };

  const own = props.records.length;
  return (
    <div class="app evaluation">
      <SiteHeader />
      <main class="main evaluation__main">
        <h1 class="evaluation__title" tabIndex={-1} ref={headingRef}>
          Contacts logged in this browser
        </h1>
        <p class="lede">Counts of MECC conversations and signposting, for evaluating your programme. {keptFields}</p>
        <OrganisationLine organisation={organisation} />
        <div class="evaluation__status" role="status">
          {status && <p>{status}</p>}
        </div>

        {damaged.length > 0 && (
          <section aria-labelledby="damaged-heading" class="evaluation__damaged" data-testid="damaged-records">
            <h2 id="damaged-heading">Damaged records set aside</h2>
            <p>
              {n(damaged.length)} {damaged.length === 1 ? 'contact record is' : 'contact records are'} damaged in this browser's storage (
              {[...new Set(damaged.map((r) => r.reason))].slice(0, 3).join('; ')}). {damaged.length === 1 ? 'It is' : 'They are'} left out
              of the figures below and never uploaded; every other record is uploaded as usual. Nothing is deleted: download them for your
              IT team, or delete them with "Clear all contacts".
            </p>
            <button
              type="button"
              class="button button--secondary"
              onClick={download(() => damagedRecordsExportFile(damaged, today), 'damaged records')}
            >
              Download the damaged records (JSON)
            </button>
          </section>
        )}

        <section aria-labelledby="import-heading" class="evaluation__import">
          <h2 id="import-heading">Combine exports from other browsers</h2>
          <p>
            Add contacts CSV files downloaded on other computers (each browser's "Download contacts (CSV)") to see your team's combined
            figures and board report. The files are read on this page only: they are not stored, and they are gone when you close or reload
            it. Each contact counts once, by its record id.
          </p>
          <label class="evaluation__file-label" for="import-files">
            Choose contacts CSV files
          </label>
          <input
            id="import-files"
            ref={fileRef}
            class="evaluation__file"
            type="file"
            accept=".csv,text/csv"
            multiple
            onChange={(e) => void importFiles((e.target as HTMLInputElement).files)}
          />
          <div role="status" class="evaluation__import-status">
            {importMessage && <p class={importMessage.error ? 'evaluation__error' : ''}>{importMessage.text}</p>}
          </div>
          {imported.length > 0 && (
            <>
              <p data-testid="combined-summary">
                Showing {n(records.length)} contacts: {n(own)} from this browser and {n(records.length - own)} more from{' '}
                {imported.map((f) => f.name).join(', ')} ({n(combined.duplicates)} duplicates counted once).
              </p>
              <button type="button" class="button button--secondary" onClick={() => (setImported([]), setImportMessage(null))}>
                Remove the imported files
              </button>
            </>
          )}
        </section>

        {records.length === 0 ? (
          <section class="empty" aria-labelledby="empty-heading">
            <h2 id="empty-heading">No contacts logged yet</h2>
            <p>Contacts you log with the toolbar button, the keyboard shortcut or from the sidebar will be counted here.</p>
          </section>
        ) : (
          <>
            <section aria-labelledby="totals-heading">
              <h2 id="totals-heading">Totals</h2>
              <dl class="totals">
                <Total id="week" label="This week" total={totals.thisWeek} detail={`since ${weekday(totals.weekStart)}`} />
                <Total id="month" label="This month" total={totals.thisMonth} detail={monthName(totals.monthStart)} />
                <Total
                  id="all"
                  label={imported.length ? 'All combined' : 'All kept'}
                  total={totals.all}
                  detail={`since ${formatDate(firstDate)}`}
                />
              </dl>
            </section>

            <section aria-labelledby="chart-heading">
              <h2 id="chart-heading">Contacts per week by topic</h2>
              <WeeklyChart rows={rows} topics={topics} />
            </section>

            <section aria-labelledby="services-heading">
              <h2 id="services-heading">Most signposted services</h2>
              <TopServices items={top} services={services} contacts={totals.all.contacts} signposted={totals.all.signposted} />
            </section>

            <section aria-labelledby="download-heading">
              <h2 id="download-heading">Download the data</h2>
              <p>
                CSV files for a spreadsheet or your evaluation lead: every contact as a row, or one row per week with a column per topic.
              </p>
              <div class="evaluation__actions">
                <button
                  type="button"
                  class="button"
                  onClick={download(() => contactsExportFile(records, organisation, today, combined.origins), 'contacts CSV')}
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
                financial-year quarters (Q1 is April to June). The publishable file shows counts of 1 to 7 as <code>*</code> and rounds
                every other count to the nearest 5 (NHS Digital's rule), so it can be shared outside your organisation.
              </p>
              <div class="evaluation__field">
                <label for="summary-period">Period</label>
                <select
                  id="summary-period"
                  value={summaryKind}
                  onChange={(e) => setSummaryKind((e.target as HTMLSelectElement).value as PeriodKind)}
                >
                  <option value="quarter">Quarter</option>
                  <option value="month">Month</option>
                  <option value="week">Week</option>
                </select>
              </div>
              <div class="evaluation__actions">
                <button
                  type="button"
                  class="button"
                  onClick={download(
                    () => summaryExportFile(records, { kind: summaryKind, today, topicIds, organisation: shownOrganisation }),
                    `${PERIOD_NAMES[summaryKind]}ly summary CSV`,
                  )}
                >
                  Download summary by {PERIOD_NAMES[summaryKind]} (CSV)
                </button>
                <button
                  type="button"
                  class="button"
                  onClick={download(
                    () =>
                      summaryExportFile(records, {
                        kind: summaryKind,
                        today,
                        topicIds,
                        organisation: shownOrganisation,
                        publishable: true,
                      }),
                    'publishable summary CSV',
                  )}
                >
                  Download publishable summary by {PERIOD_NAMES[summaryKind]} (CSV)
                </button>
                <button type="button" class="button button--secondary" onClick={download(dataDictionaryFile, 'data dictionary CSV')}>
                  Download the data dictionary (CSV)
                </button>
              </div>
              <p class="hint">
                The extension supplies numerators only (conversations, advice, signposting, referral offers). Indicators such as CQUIN's and
                NICE's are percentages of everyone eligible: that denominator comes from your clinical system, not from this log.
              </p>
            </section>

            <section aria-labelledby="report-heading" class="evaluation__report">
              <h2 id="report-heading">Board report</h2>
              <p>A one-page report for a board or commissioner. Print it, or choose "Save as PDF" in the print dialog.</p>
              <div class="evaluation__field">
                <label for="report-period">Period</label>
                <select id="report-period" value={reportPeriod} onChange={(e) => setReportPeriod((e.target as HTMLSelectElement).value)}>
                  <optgroup label="Quarters">
                    {reportPeriods.quarter.map((p) => (
                      <option key={p.start} value={`quarter:${p.start}`}>
                        {p.label}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label="Months">
                    {reportPeriods.month.map((p) => (
                      <option key={p.start} value={`month:${p.start}`}>
                        {monthName(p.start)}
                      </option>
                    ))}
                  </optgroup>
                </select>
              </div>
              <div class="evaluation__field evaluation__checkbox">
                <input
                  id="modelled-impact"
                  type="checkbox"
                  checked={impactOn}
                  disabled={props.modelledImpact?.locked ?? false}
                  onChange={(e) => setImpactOn((e.target as HTMLInputElement).checked)}
                />
                <label for="modelled-impact">
                  Include "modelled impact" (smoking, alcohol, physical activity: ranges from published rates, not measurements)
                  {props.modelledImpact?.locked ? ' (set by your organisation)' : ''}
                </label>
              </div>
              <div class="evaluation__actions">
                <button type="button" class="button" onClick={() => props.onPrint?.()}>
                  Print the board report
                </button>
              </div>
              <BoardReport
                figures={figures}
                organisation={shownOrganisation}
                topics={topics}
                services={services}
                contentVersion={contentVersion}
                today={today}
                importedFiles={imported.length}
                showModelledImpact={impactOn}
              />
            </section>

            <section aria-labelledby="clear-heading">
              <h2 id="clear-heading">Clear all contacts</h2>
              <ClearAllContacts count={own} onClearAll={clearAll} />
            </section>
          </>
        )}
      </main>
    </div>
  );
}
