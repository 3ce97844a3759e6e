import { Fragment, type ComponentChildren } from 'preact';
import type { Area, Message, Service } from '../utils/content/content-schema';
import type { SearchResults } from '../utils/search/query-index';
import { ServiceCard } from './ServiceCard';

export interface ResultListProps {
  results: SearchResults;
  messages: Map<string, Message>;
  services: Map<string, Service>;
  areas: Area[];
  renderMessage: (message: Message) => ComponentChildren;
  onCopyService: (service: Service, kind: 'link' | 'details') => void;
  /** Extra handover buttons for each service card (QR code, text message, slip). */
  serviceActions?: (service: Service) => ComponentChildren;
}

/** Messages first (what to say), then services (where to point them). */
export function ResultList({ results, messages, services, areas, renderMessage, onCopyService, serviceActions }: ResultListProps) {
  const msgs = results.messages.map((h) => messages.get(h.record.id)).filter((m): m is Message => !!m);
  const svcs = results.services.map((h) => services.get(h.record.id)).filter((s): s is Service => !!s);
  if (msgs.length === 0 && svcs.length === 0) {
    return (
      <p class="empty">
        Nothing found for “{results.query}”. Try another word, such as <em>smoking</em>, <em>money</em> or{' '}
        <em>lonely</em>, or press <kbd>Esc</kbd> to browse topics.
      </p>
    );
  }
  return (
    <div class="results">
      {msgs.length > 0 && (
        <section aria-labelledby="messages-heading">
          <h2 id="messages-heading" class="group-heading">
            Messages <span class="group-count">({msgs.length})</span>
          </h2>
          {msgs.map((m) => (
            <Fragment key={m.id}>{renderMessage(m)}</Fragment>
          ))}
        </section>
      )}
      {svcs.length > 0 && (
        <section aria-labelledby="services-heading">
          <h2 id="services-heading" class="group-heading">
            Services <span class="group-count">({svcs.length})</span>
          </h2>
          {svcs.map((s) => (
            <ServiceCard key={s.id} service={s} areas={areas} onCopy={onCopyService} actions={serviceActions?.(s)} />
          ))}
        </section>
      )}
    </div>
  );
}
