import { Fragment, type ComponentChildren } from 'preact';
import type { Area, Message, Service, Topic, UrgentRoute, UrgentStep } from '../utils/content/content-schema';
import type { SearchRecord } from '../utils/search/build-index';
import type { SearchHit, SearchResults } from '../utils/search/run-search';
import { othersFolded } from '../utils/search/results-on-screen';
import { NoResults } from './NoResults';
import { ServiceCard } from './ServiceCard';
import { UrgentCard } from './UrgentCard';
import { FIRST_SCREENFUL, useAllShown } from './use-first-screenful';

export interface ResultListProps {
  results: SearchResults;
  messages: Map<string, Message>;
  services: Map<string, Service>;
  areas: Area[];
  /** For saying what was searched when nothing is found, and offering the topics instead. */
  topics: Topic[];
  topicCounts: Record<string, number>;
  /** The topic being browsed, if any. */
  topic?: Topic;
  /** The borough chosen in the picker, if any. */
  borough: Area | null;
  onOpenTopic: (topic: Topic) => void;
  renderMessage: (message: Message) => ComponentChildren;
  onCopyService: (service: Service, kind: 'link' | 'details') => void;
  /** Extra handover buttons for each service card (QR code, text message, slip). */
  serviceActions?: (service: Service) => ComponentChildren;
  /** Copies an urgent route's steps, the borough's own among them. */
  onCopyUrgent?: (route: UrgentRoute, local: UrgentStep[]) => void;
  /** The borough's own steps for the urgent card (utils/urgent/urgent-local-steps.ts). */
  urgentLocal?: UrgentStep[];
  /**
   * The borough's own services for the need searched: never folded under "Other results"
   * (they are usually the answer a receptionist gives, and folded away they were missed), they
   * lead the Services list unless one is the best match already.
   */
  pinned?: Service[];
  /** The "In <borough>" strip: first on screen, after the urgent route when there is one (clinical safety first). */
  localStrip?: ComponentChildren;
}

/**
 * A service the query names first ("Best match"), then messages (what to say), then
 * services (where to point them); results far weaker than those folded under "Other
 * results", so the first screen holds what was meant. When only weak results exist they
 * are shown, saying so; when nothing is found, NoResults says what was searched.
 */
export function ResultList(props: ResultListProps) {
  const { results, messages, services, areas, renderMessage, onCopyService, serviceActions } = props;
  const messagesOf = (hits: SearchHit[]) => hits.map((h) => messages.get(h.record.id)).filter((m): m is Message => !!m);
  const servicesIn = (records: SearchRecord[]) => records.map((r) => services.get(r.id)).filter((s): s is Service => !!s);
  const servicesOf = (hits: SearchHit[]) => servicesIn(hits.map((h) => h.record));
  const best = results.best ? servicesOf([results.best]) : [];
  const folded = othersFolded(results);
  // The urgent floor: its card and crisis message come before everything, the message once.
  const crisis = results.urgent?.message ? messages.get(results.urgent.message.record.id) : undefined;
  const urgent = results.urgent && (
    <>
      <UrgentCard route={results.urgent.route} local={props.urgentLocal} onCopy={props.onCopyUrgent} />
      {crisis && renderMessage(crisis)}
    </>
  );
  const msgs = messagesOf(folded ? results.messages : results.others.filter((h) => h.record.kind === 'message')).filter(
    (m) => m.id !== results.urgent?.message?.record.id,
  );
  const bestId = best[0]?.id;
  const pinned = (props.pinned ?? []).filter((s) => s.id !== bestId);
  const isPinned = (id: string) => pinned.some((p) => p.id === id);
  const found = servicesOf(folded ? results.services : results.others.filter((h) => h.record.kind === 'service'));
  const svcs = [...pinned, ...found.filter((s) => !isPinned(s.id))];
  const others = folded ? results.others.filter((h) => !isPinned(h.record.id)) : [];
  const card = (s: Service) => <ServiceCard key={s.id} service={s} areas={areas} onCopy={onCopyService} actions={serviceActions?.(s)} />;
  // The first frame of new results draws a screenful; the rest follow after it (use-first-screenful.ts).
  const allShown = useAllShown(results);
  // One budget for both lists: the services come below the messages, so they fill only what the messages leave.
  const firstMsgs = allShown ? msgs : msgs.slice(0, FIRST_SCREENFUL);
  const firstSvcs = allShown ? svcs : svcs.slice(0, FIRST_SCREENFUL - firstMsgs.length);

  if (best.length + msgs.length + svcs.length === 0) {
    return (
      <>
        {urgent}
        <NoResults
          query={results.query}
          topic={props.topic}
          borough={props.borough}
          namedBoroughs={results.boroughs.map((id) => areas.find((a) => a.id === id)?.name ?? id)}
          suggestedTopics={(results.suggestions?.topics ?? [])
            .map((id) => props.topics.find((t) => t.id === id))
            .filter((t): t is Topic => !!t)}
          routes={servicesIn(results.suggestions?.routes ?? [])}
          topics={props.topics}
          topicCounts={props.topicCounts}
          onOpenTopic={props.onOpenTopic}
          renderService={card}
        />
      </>
    );
  }
  const named = results.boroughs.map((id) => areas.find((a) => a.id === id)?.name ?? id);
  return (
    <div class="results">
      {urgent}
      {props.localStrip}
      {named.length > 0 && (
        <p class="results__note">Services for {named.join(' and ')}, named in your search, and national and pan-London ones.</p>
      )}
      {!folded && <p class="results__note">Nothing matches all of “{results.query}” closely. These are the nearest results.</p>}
      {folded && results.typos && <p class="results__note">Nothing is spelt quite like “{results.query}”. These are close in spelling.</p>}
      {folded && !results.allWords && (
        <p class="results__note">Nothing matches every word of “{results.query}”. These match some of them.</p>
      )}
      {best.length > 0 && (
        <section aria-labelledby="best-heading">
          <h2 id="best-heading" class="group-heading">
            Best match
          </h2>
          {best.map(card)}
        </section>
      )}
      {msgs.length > 0 && (
        <section aria-labelledby="messages-heading">
          <h2 id="messages-heading" class="group-heading">
            Messages <span class="group-count">({msgs.length})</span>
          </h2>
          {firstMsgs.map((m) => (
            <Fragment key={m.id}>{renderMessage(m)}</Fragment>
          ))}
        </section>
      )}
      {svcs.length > 0 && (
        <section aria-labelledby="services-heading">
          <h2 id="services-heading" class="group-heading">
            Services <span class="group-count">({svcs.length})</span>
          </h2>
          {firstSvcs.map(card)}
        </section>
      )}
      {allShown && others.length > 0 && (
        // Keyed by the query: a new search starts folded again.
        <details key={results.query} class="other-results">
          <summary class="other-results__summary" data-nav>
            Other results <span class="group-count">({others.length})</span>
          </summary>
          {others.map((h) => {
            if (h.record.kind === 'service') return servicesOf([h]).map(card);
            return messagesOf([h]).map((m) => <Fragment key={m.id}>{renderMessage(m)}</Fragment>);
          })}
        </details>
      )}
    </div>
  );
}
