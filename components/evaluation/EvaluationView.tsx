import type { ContactRecord } from '../../utils/contacts/contact-record';
import type { DamagedRecord } from '../../utils/contacts/record-check';
import type { ExportOrganisation } from '../../utils/evaluation/export-csv';
import { damagedRecordsExportFile, type ExportFile } from '../../utils/evaluation/export-files';
import { SiteHeader } from '../SiteHeader';
import { BoardReportSection } from './BoardReportSection';
import { ClearAllContacts } from './ClearAllContacts';
import { CombineExports } from './CombineExports';
import { DamagedRecords } from './DamagedRecords';
import { EmptyLog } from './EmptyLog';
import { Downloads } from './Downloads';
import { OrganisationLine } from './OrganisationLine';
import { TopServices } from './TopServices';
import { Totals } from './Totals';
import { useEvaluationState } from './use-evaluation-state';
import { WeeklyChart } from './WeeklyChart';

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

/**
 * The service lead's view of the contact log: totals, a chart of the last weeks by
 * topic (with its table), the most signposted services, the downloads (raw, weekly,
 * by quarter/month/week, publishable, data dictionary), the printable board report,
 * combining exports from other browsers (read here, never stored) and "clear all".
 * Data comes in as props; nothing here touches storage. State lives in useEvaluationState.
 */
export function EvaluationView(props: EvaluationViewProps) {
  const { topics, services, today, organisation, contentVersion = 'built-in', damaged = [], keptFields } = props;
  const s = useEvaluationState(props);
  const { imports, records, totals } = s;
  const own = props.records.length;
  // Below the downloads, not above the totals: the figures come first, and a lead combining a
  // team's files scrolls to it once. With nothing logged here it follows the empty-log note.
  const combine = (
    <CombineExports
      imported={imports.imported}
      message={imports.message}
      own={own}
      combined={records.length}
      duplicates={imports.combined.duplicates}
      fileRef={imports.fileRef}
      onFiles={(files) => void imports.importFiles(files)}
      onRemove={imports.removeImported}
    />
  );
  return (
    <div class="app evaluation">
      <SiteHeader />
      <main class="main evaluation__main">
        <h1 class="evaluation__title" tabIndex={-1} ref={s.headingRef}>
          Contacts logged in this browser
        </h1>
        <p class="lede">Counts of MECC conversations and signposting, for evaluating your programme. {keptFields}</p>
        <OrganisationLine organisation={organisation} />
        <div class="evaluation__status" role="status">
          {s.status && <p>{s.status}</p>}
        </div>
        {damaged.length > 0 && (
          <DamagedRecords damaged={damaged} onDownload={s.download(() => damagedRecordsExportFile(damaged, today), 'damaged records')} />
        )}
        {records.length === 0 ? (
          <>
            <EmptyLog />
            {combine}
          </>
        ) : (
          <>
            <Totals totals={totals} firstDate={s.firstDate} combined={imports.imported.length > 0} />
            <section aria-labelledby="chart-heading">
              <h2 id="chart-heading">Contacts per week by topic</h2>
              <WeeklyChart rows={s.rows} topics={topics} />
            </section>
            <section aria-labelledby="services-heading">
              <h2 id="services-heading">Most signposted services</h2>
              <TopServices items={s.top} services={services} contacts={totals.all.contacts} signposted={totals.all.signposted} />
            </section>
            <Downloads
              records={records}
              origins={imports.combined.origins}
              organisation={organisation}
              shownOrganisation={imports.shownOrganisation}
              topicIds={[...topics.keys()]}
              today={today}
              summaryKind={s.summaryKind}
              onSummaryKind={s.setSummaryKind}
              download={s.download}
            />
            {combine}
            <BoardReportSection
              figures={s.figures}
              organisation={imports.shownOrganisation}
              topics={topics}
              services={services}
              contentVersion={contentVersion}
              today={today}
              importedFiles={imports.imported.length}
              periods={s.reportPeriods}
              period={s.reportPeriod}
              onPeriod={s.setReportPeriod}
              impactOn={s.impactOn}
              impactLocked={props.modelledImpact?.locked ?? false}
              onImpact={s.setImpactOn}
              onPrint={props.onPrint}
            />
            <section aria-labelledby="clear-heading">
              <h2 id="clear-heading">Clear all contacts</h2>
              <ClearAllContacts count={own} onClearAll={s.clearAll} />
            </section>
          </>
        )}
      </main>
    </div>
  );
}
