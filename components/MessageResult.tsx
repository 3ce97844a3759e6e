import type { ComponentChildren } from 'preact';
import type { Message, Topic } from '../utils/content/content-schema';

export interface MessageResultProps {
  message: Message;
  topic: Topic | undefined;
  onOpen: (message: Message) => void;
  /** What happened to this result just now (copied, log offer). */
  children?: ComponentChildren;
}

/** A message in a result list: its title opens the full message view. */
export function MessageResult({ message, topic, onOpen, children }: MessageResultProps) {
  const headingId = `message-${message.id}`;
  return (
    <article class="card card--message" tabIndex={0} data-nav data-result="message" data-id={message.id} aria-labelledby={headingId}>
      <h3 id={headingId} class="card__title">
        <button type="button" class="link-button" tabIndex={-1} onClick={() => onOpen(message)}>
          {message.title}
        </button>
      </h3>
      {topic && <p class="card__meta">{topic.title}</p>}
      <p class="card__body card__body--clamp">{message.say}</p>
      {children}
    </article>
  );
}
