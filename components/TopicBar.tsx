import type { Topic } from '../utils/content/content-schema';

export interface TopicBarProps {
  topic: Topic;
  onAllTopics: () => void;
}

/** The topic being browsed, with the way back to all topics. */
export function TopicBar({ topic, onAllTopics }: TopicBarProps) {
  return (
    <div class="topic-bar">
      <h2 class="group-heading">{topic.title}</h2>
      <button type="button" class="back-link" onClick={onAllTopics}>
        All topics
      </button>
    </div>
  );
}
