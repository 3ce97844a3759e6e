import type { ExportOrganisation } from '../utils/contacts/export-csv';
import { LEVEL_COLUMNS, type BoardFigures } from '../utils/contacts/board-report';
import { formatRange, modelledImpact } from '../utils/contacts/modelled-impact';
import { NUMERATORS_ONLY } from '../utils/contacts/data-dictionary';
import { LEVEL_LABELS } from '../utils/contacts/refinement-options';
import { topicTitle } from '../utils/contacts/topic-title';
import { TopServices } from './TopServices';
import { WeeklyChart } from './WeeklyChart';
import { formatDate } from './format-date';

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

const n = (v: number) => v.toLocaleString('en-GB');
const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '–');
const levelName = (l: (typeof LEVEL_COLUMNS)[number]) => (l === 'not-recorded' ? 'Not recorded' : LEVEL_LABELS[l]);

/**
 * The one-page board report for a period, made to be printed or saved as a PDF (its
 * own print styles in evaluation.css). Numbers only, as in the evaluation page; the
 * modelled impact, when shown, is headed as a model and gives ranges with sources.
 */
export function BoardReport(props: BoardReportProps) {
  const { figures: f, organisation, topics, services, contentVersion, today, importedFiles, showModelledImpact } = props;
  const org = [organisation.name, organisation.code && `(${organisation.code})`].filter(Boolean).join(' ');
  const topicRows = [...f.topicsByLevel.entries()].sort(([a], [b]) => {
    const order = [...topics.keys()];
    const rank = (t: string) => (t === '' ? Number.MAX_SAFE_INTEGER : order.includes(t) ? order.indexOf(t) : order.length);
    return rank(a) - rank(b) || (a < b ? -1 : 1);
  });
  const impact = showModelledImpact ? modelledImpact(f.byTopic) : [];
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

      <section aria-labelledby="board-totals">
        <h3 id="board-totals">Key figures</h3>
        <dl class="board-report__totals">
          <div data-board="contacts">
            <dt>Conversations logged</dt>
            <dd>{n(f.contacts)}</dd>
          </div>
          <div data-board="signposted">
            <dt>Signposted</dt>
            <dd>
              {n(f.signposted)} <span class="board-report__rate">({pct(f.signposted, f.contacts)})</span>
            </dd>
          </div>
          <div data-board="referral-offered">
            <dt>Referral offered</dt>
            <dd>
              {n(f.referralOffered)} <span class="board-report__rate">({pct(f.referralOffered, f.contacts)})</span>
            </dd>
          </div>
          <div data-board="referral-accepted">
            <dt>Referral accepted</dt>
            <dd>
              {n(f.referralAccepted)} <span class="board-report__rate">({pct(f.referralAccepted, f.contacts)})</span>
            </dd>
          </div>
          <div data-board="said-will-contact">
            <dt>Said they would contact the service</dt>
            <dd>{n(f.saidWillContact)}</dd>
          </div>
        </dl>
        <p class="board-report__note">
          Rates are shares of the conversations logged, not of everyone seen. {NUMERATORS_ONLY.split('. ')[0]}.
        </p>
      </section>

      <section aria-labelledby="board-chart" class="board-report__chart">
        <h3 id="board-chart">Conversations per week by topic</h3>
        <WeeklyChart rows={f.weeks} topics={topics} />
      </section>

      <section aria-labelledby="board-levels">
        <h3 id="board-levels">Topics by level</h3>
        <table class="data-table board-report__table">
          <caption class="visually-hidden">Conversations by topic and level, {f.period.label}</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              {LEVEL_COLUMNS.map((l) => (
                <th key={l} scope="col">
                  {levelName(l)}
                </th>
              ))}
              <th scope="col">All</th>
            </tr>
          </thead>
          <tbody>
            {topicRows.map(([topic, levels]) => (
              <tr key={topic || 'none'} data-topic={topic || 'none'}>
                <th scope="row">{topic ? topicTitle(topics, topic) : 'No topic recorded'}</th>
                {LEVEL_COLUMNS.map((l) => (
                  <td key={l}>{n(levels.get(l) ?? 0)}</td>
                ))}
                <td>{n([...levels.values()].reduce((a, b) => a + b, 0))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="board-services">
        <h3 id="board-services">Most signposted services</h3>
        <TopServices items={f.topServices} services={services} contacts={f.contacts} signposted={f.signposted} />
      </section>

      {showModelledImpact && (
        <section aria-labelledby="board-impact" class="board-report__impact">
          <h3 id="board-impact">Modelled impact: a model, not a measurement</h3>
          <p>
            What published rates would suggest these conversations might lead to. Nothing here was measured: each line is a range resting on
            the assumption stated, and the real effect may lie outside it.
          </p>
          {impact.length === 0 ? (
            <p>No smoking, alcohol or physical activity conversations in this period, so nothing is modelled.</p>
          ) : (
            <ul>
              {impact.map((i) => (
                <li key={i.topic} data-impact={i.topic}>
                  <strong>
                    {topicTitle(topics, i.topic)} ({n(i.conversations)} conversations): {formatRange(i)}
                  </strong>{' '}
                  {i.outcome}. <em>Assumption:</em> {i.assumption}. <em>Source:</em> {i.source}.
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </article>
  );
}
