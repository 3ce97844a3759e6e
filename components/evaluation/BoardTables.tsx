import { LEVEL_LABELS } from '../../utils/contacts/refinement-options';
import { LEVEL_COLUMNS, type BoardFigures } from '../../utils/evaluation/board-report';
import { topicTitle } from '../../utils/evaluation/topic-title';
import { formatDate } from '../format-date';
import { boardCount as n } from './board-counts';

const levelName = (l: (typeof LEVEL_COLUMNS)[number]) => (l === 'not-recorded' ? 'Not recorded' : LEVEL_LABELS[l]);

/** Conversations per week in the report's period, as a table (it prints; a chart would not help a board more). */
export function BoardWeeks({ figures: f }: { figures: BoardFigures }) {
  return (
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
  );
}

/** Topics in the content's order (topics the content no longer lists after them, "no topic" last), by level. */
export function BoardLevels({ figures: f, topics }: { figures: BoardFigures; topics: ReadonlyMap<string, string> }) {
  const order = [...topics.keys()];
  const rank = (t: string) => (t === '' ? Number.MAX_SAFE_INTEGER : order.includes(t) ? order.indexOf(t) : order.length);
  const topicRows = [...f.topicsByLevel.entries()].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1));
  return (
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
  );
}
