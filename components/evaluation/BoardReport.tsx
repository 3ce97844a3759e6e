import type { BoardFigures } from '../../utils/evaluation/board-report';
import type { ExportOrganisation } from '../../utils/evaluation/export-csv';
import { formatDate } from '../format-date';
import { BoardKeyFigures } from './BoardKeyFigures';
import { BoardModelledImpact } from './BoardModelledImpact';
import { BoardLevels, BoardWeeks } from './BoardTables';
import { TopServices } from './TopServices';

export interface BoardReportProps {
  figures: BoardFigures;
  organisation: ExportOrganisation;
  topics: ReadonlyMap<string, string>;
  services: ReadonlyMap<string, string>;
  /** The content in use now ("built-in" or "feed:<n>"). */
  contentVersion: string;
  /** YYYY-MM-DD the report was made. */
  today: string;
  /** How many exports from other browsers are combined in (0: this browser only). */
  importedFiles: number;
  showModelledImpact: boolean;
}

/**
 * The one-page board report for a period, made to be printed or saved as a PDF (its
 * own print styles in board-report.css). Numbers only, as in the evaluation page, and every
 * count published (board-counts.ts); the modelled impact, when shown, is headed as a model
 * and gives ranges with sources.
 */
export function BoardReport(props: BoardReportProps) {
  const { figures: f, organisation, topics, services, contentVersion, today, importedFiles, showModelledImpact } = props;
  const org = [organisation.name, organisation.code && `(${organisation.code})`].filter(Boolean).join(' ');
  return (
    <article class="board-report" aria-labelledby="board-title">
      <header class="board-report__header">
        <h2 id="board-title" class="board-report__title">
          Making Every Contact Count: board report
        </h2>
        <p class="board-report__period">
          {f.period.label}: {formatDate(f.period.start)} to {formatDate(f.period.end)}
        </p>
        <p class="board-report__org">
          {org ? <>Organisation: {org}. </> : <>Organisation: not set by policy. </>}
          {organisation.team && <>Team: {organisation.team}. </>}
          Report made {formatDate(today)}. Content version in use: {contentVersion}
          {f.contentVersions.length > 0 && <> (in the period: {f.contentVersions.join(', ')})</>}.
          {importedFiles > 0 && (
            <>
              {' '}
              Combines this browser's log with {importedFiles} imported {importedFiles === 1 ? 'export' : 'exports'}.
            </>
          )}
        </p>
      </header>
      <BoardKeyFigures figures={f} />
      <BoardWeeks figures={f} />
      <BoardLevels figures={f} topics={topics} />
      <section aria-labelledby="board-services">
        <h3 id="board-services">Most signposted services</h3>
        <TopServices items={f.topServices} services={services} contacts={f.contacts} signposted={f.signposted} publishable />
      </section>
      {showModelledImpact && <BoardModelledImpact byTopic={f.byTopic} topics={topics} />}
    </article>
  );
}
