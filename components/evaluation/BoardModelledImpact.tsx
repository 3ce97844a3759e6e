import { formatRange, modelledImpact } from '../../utils/evaluation/modelled-impact';
import { topicTitle } from '../../utils/evaluation/topic-title';
import { boardCount as n, publishableTopics } from './board-counts';

export interface BoardModelledImpactProps {
  /** Conversations per topic in the period (exact; only published figures are modelled). */
  byTopic: ReadonlyMap<string, number>;
  topics: ReadonlyMap<string, string>;
}

/** The optional model section: headed as a model, ranges with their assumption and source, never a measurement. */
export function BoardModelledImpact({ byTopic, topics }: BoardModelledImpactProps) {
  const impact = modelledImpact(publishableTopics(byTopic));
  return (
    <section aria-labelledby="board-impact" class="board-report__impact">
      <h3 id="board-impact">Modelled impact: a model, not a measurement</h3>
      <p>
        What published rates would suggest these conversations might lead to. Nothing here was measured: each line is a range resting on the
        assumption stated, and the real effect may lie outside it.
      </p>
      {impact.length === 0 ? (
        <p>Too few smoking, alcohol or physical activity conversations in this period (a topic needs 8 or more), so nothing is modelled.</p>
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
  );
}
