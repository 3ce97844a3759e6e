import type { ComponentChildren } from 'preact';
import type { Area, Service, Topic } from '../utils/content/content-schema';
import { TopicList } from './TopicList';

export interface NoResultsProps {
  /** The query as searched (normalised). */
  query: string;
  /** The topic being browsed, if any: the search looked only inside it. */
  topic?: Topic;
  /** The borough chosen in the picker, if any. */
  borough: Area | null;
  /** Boroughs named in the query (their names). */
  namedBoroughs: string[];
  /** Topics the words point at, through the everyday words for topics. */
  suggestedTopics: Topic[];
  /** National and pan-London services for those topics. */
  routes: Service[];
  topics: Topic[];
  topicCounts: Record<string, number>;
  onOpenTopic: (topic: Topic) => void;
  renderService: (service: Service) => ComponentChildren;
}

/**
 * Nothing found, said plainly: what was searched and where, what the words may point
 * at, the national routes that fit, and every topic to browse. Never an empty area.
 */
export function NoResults(props: NoResultsProps) {
  const { query, topic, borough, namedBoroughs, suggestedTopics, routes } = props;
  const where = [
    topic ? `in ${topic.title}` : '',
    namedBoroughs.length > 0 ? `for ${namedBoroughs.join(' and ')}` : borough ? `for ${borough.name}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div class="no-results">
      <p class="empty">
        Nothing found for “{query}”{where ? ` ${where}` : ''}. The search looks at message titles and keywords, service names and
        organisations, and everyday words for each topic.
      </p>
      {suggestedTopics.length > 0 && (
        <p class="no-results__topics">
          “{query}” may be about:{' '}
          {suggestedTopics.map((t, i) => (
            <span key={t.id}>
              {i > 0 && ', '}
              <button type="button" class="link-button" data-nav onClick={() => props.onOpenTopic(t)}>
                {t.title}
              </button>
            </span>
          ))}
        </p>
      )}
      {routes.length > 0 && (
        <section aria-labelledby="routes-heading">
          <h2 id="routes-heading" class="group-heading">
            National routes that may fit
          </h2>
          {routes.map(props.renderService)}
        </section>
      )}
      <TopicList topics={props.topics} counts={props.topicCounts} onOpen={props.onOpenTopic} />
    </div>
  );
}
