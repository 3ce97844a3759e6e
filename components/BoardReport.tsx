import type { ExportOrganisation } from '../utils/evaluation/export-csv';
import { LEVEL_COLUMNS, type BoardFigures } from '../utils/evaluation/board-report';
import { formatRange, modelledImpact } from '../utils/evaluation/modelled-impact';
import { NUMERATORS_ONLY } from '../utils/evaluation/data-dictionary';
import { LEVEL_LABELS } from '../utils/contacts/refinement-options';
import { topicTitle } from '../utils/evaluation/topic-title';
import { publishableCount } from '../utils/evaluation/summary';
import { TopServices } from './TopServices';
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

// Every count on the report follows the publishable rule (T3-BOARD-SMALL): it goes to boards
// and commissioners beside the organisation's and team's names, where a 1 can point to a person.
const n = (v: number) => {
  const shown = publishableCount(v);
  return shown === '*' ? shown : Number(shown).toLocaleString('en-GB');
};
/** A rate from the published figures only, so it never gives back a suppressed count. */
const pct = (part: number, whole: number) => {
  const [p, w] = [publishableCount(part), publishableCount(whole)];
  return p === '*' || w === '*' || w === '0' ? '–' : `${Math.round((Number(p) / Number(w)) * 100)}%`;
};
/** Topic → published count, leaving out topics with 1 to 7 (too few to model without giving the count away). */
const publishableTopics = (byTopic: ReadonlyMap<string, number>) =>
  new Map([...byTopic].filter(([, c]) => c > 7).map(([t, c]) => [t, Number(publishableCount(c))]));
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
  const impact = showModelledImpact ? modelledImpact(publishableTopics(f.byTopic)) : [];
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
          Rates are shares of the conversations logged, not of everyone seen. {NUMERATORS_ONLY.split('. ')[0]}. So that this report can be
          shared outside the organisation, counts of 1 to 7 are shown as * and every other count is rounded to the nearest 5 (NHS Digital's
          rule, as in the publishable summary); rates are worked out from those figures.
        </p>
      </section>

      <section aria-labelledby="board-weeks" class="board-report__weeks">
        <h3 id="board-weeks">Conversations per week</h3>
        <table class="data-table board-report__table">
          <caption class="visually-hidden">Conversations per week, {f.period.label}</caption>
          <thead>
            <tr>
              <th scope="col">Week starting</th>
              <th scope="col">Conversations</th>
            </tr>
          </thead>
          <tbody>
            {f.weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{formatDate(w.weekStart)}</th>
                <td data-week-count>{n(w.contacts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
        <TopServices items={f.topServices} services={services} contacts={f.contacts} signposted={f.signposted} publishable />
      </section>

      {showModelledImpact && (
        <section aria-labelledby="board-impact" class="board-report__impact">
          <h3 id="board-impact">Modelled impact: a model, not a measurement</h3>
          <p>
            What published rates would suggest these conversations might lead to. Nothing here was measured: each line is a range resting on
            the assumption stated, and the real effect may lie outside it.
          </p>
          {impact.length === 0 ? (
            <p>
              Too few smoking, alcohol or physical activity conversations in this period (a topic needs 8 or more), so nothing is modelled.
            </p>
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
