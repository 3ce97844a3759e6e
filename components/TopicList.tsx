import type { Topic } from '../utils/content/content-schema';

export interface TopicListProps {
  topics: Topic[];
  counts: Record<string, number>;
  onOpen: (topic: Topic) => void;
}

/** Browse by topic when nothing is typed yet. */
export function TopicList({ topics, counts, onOpen }: TopicListProps) {
  return (
    <nav aria-labelledby="topics-heading">
      <h2 id="topics-heading" class="group-heading">
        Browse by topic
      </h2>
      <ul class="topics">
        {topics.map((t) => (
          <li key={t.id}>
            <button type="button" class="topic" data-nav data-topic={t.id} onClick={() => onOpen(t)}>
              <span class="topic__title">{t.title}</span>
              <span class="topic__count">
                {counts[t.id] ?? 0}
                <span class="visually-hidden"> messages</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
