import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Area, Message, Resource, Service, Topic } from '../utils/content/content-schema';
import type { LocalRoutes } from '../utils/content/local-coverage';
import { LocalServices } from './LocalServices';
import { ServiceCard } from './ServiceCard';
import { StaffResources } from './StaffResources';
import { TranslatedLinks } from './TranslatedLinks';
import type { LanguageGroup } from '../utils/content/translations';
import type { LocalVersionMark } from '../utils/feed/merge-overlay';
import { formatDate } from './format-date';

export interface MessageViewProps {
  /** `localVersionFrom` is set when a local overlay replaced the pan-London version. */
  message: Message & LocalVersionMark;
  topic: Topic | undefined;
  /** The linked services the user's borough can use, in the message's order. */
  services: Service[];
  areas: Area[];
  /** The chosen borough and its own services for this message's topic (or the route where it has none). */
  borough?: Area | null;
  localRoutes?: LocalRoutes;
  /** Training and guidance for the worker on this topic ("For staff"). */
  resources?: Resource[];
  onBack: () => void;
  onCopyMessage: (message: Message) => void;
  onCopyService: (service: Service, kind: 'link' | 'details') => void;
  /** Absent when contact logging is off. */
  onLogConversation?: (message: Message) => void;
  /** Extra handover buttons for each service card (QR code, text message, slip). */
  serviceActions?: (service: Service) => ComponentChildren;
  /** The confirmation and log bar for what was just done at a place in this view. */
  logSlot?: (place: 'message' | 'translations') => ComponentChildren;
  /** Translated material for this message and its topic, the borough's common languages first. */
  translations?: LanguageGroup[];
  /** Copying a translated link is a handover too. */
  onCopyTranslation?: (url: string, language: string) => void;
}

/** Everything a worker needs for one conversation, in the order they need it. */
export function MessageView({
  message,
  topic,
  services,
  areas,
  borough = null,
  localRoutes,
  resources = [],
  onBack,
  onCopyMessage,
  onCopyService,
  onLogConversation,
  serviceActions,
  logSlot,
  translations = [],
  onCopyTranslation,
}: MessageViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the new view so screen readers announce it and Tab starts here.
  useEffect(() => headingRef.current?.focus(), [message.id]);

  return (
    <section class="message-view" aria-labelledby="message-view-title">
      <button type="button" class="back-link" onClick={onBack}>
        Back to results
      </button>
      {topic && <p class="card__meta">{topic.title}</p>}
      <h2 id="message-view-title" ref={headingRef} tabIndex={-1}>
        {message.title}
      </h2>
      {message.localVersionFrom && <p class="card__local">Local version from {message.localVersionFrom}</p>}

      <div class="say">
        <h3>What to say</h3>
        <p>{message.say}</p>
        <div class="card__actions">
          <button type="button" class="button" onClick={() => onCopyMessage(message)}>
            Copy message
          </button>
          {onLogConversation && (
            <button type="button" class="button button--secondary" onClick={() => onLogConversation(message)}>
              Log this conversation
            </button>
          )}
          {logSlot?.('message')}
        </div>
      </div>

      <dl class="aaa">
        <dt>Ask</dt>
        <dd>{message.ask}</dd>
        <dt>Assist</dt>
        <dd>{message.assist}</dd>
        <dt>Act</dt>
        <dd>{message.act}</dd>
      </dl>

      {message.facts.length > 0 && (
        <>
          <h3>Key facts</h3>
          <ul class="facts">
            {message.facts.map((fact) => (
              <li key={fact.text}>
                {fact.text}{' '}
                <a class="source-link" href={fact.source.url} target="_blank" rel="noopener noreferrer">
                  Source: {fact.source.title}
                  <span class="visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      {services.length > 0 && (
        <>
          <h3>Where to point them</h3>
          <div class="results">
            {services.map((s) => (
              <ServiceCard key={s.id} service={s} areas={areas} headingLevel={4} onCopy={onCopyService} actions={serviceActions?.(s)} />
            ))}
          </div>
        </>
      )}

      {localRoutes && (
        <LocalServices
          topicTitle={topic?.title ?? message.topic}
          borough={borough}
          routes={localRoutes}
          areas={areas}
          alreadyShown={new Set(services.map((s) => s.id))}
          onCopy={onCopyService}
          serviceActions={serviceActions}
        />
      )}

      {translations.length > 0 && <TranslatedLinks groups={translations} borough={borough} onCopy={onCopyTranslation} />}
      {translations.length > 0 && logSlot?.('translations')}

      <h3>Sources</h3>
      <ul class="sources">
        {message.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
              <span class="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
      <p class="reviewed">
        Reviewed {formatDate(message.reviewed)} · next review by {formatDate(message.reviewBy)}
      </p>
      <StaffResources resources={resources} />
    </section>
  );
}
