import type { ComponentChildren } from 'preact';
import type { Area, Service } from '../utils/content/content-schema';
import type { LocalRoutes } from '../utils/content/local-coverage';
import { ServiceCard } from './ServiceCard';
import { noLocalServiceText } from './local-wording';

export interface LocalServicesProps {
  topicTitle: string;
  /** The chosen borough; null when none is chosen (then there is nothing local to say). */
  borough: Area | null;
  routes: LocalRoutes;
  areas: Area[];
  /** Services already shown above (the message's own list): not repeated here. */
  alreadyShown?: ReadonlySet<string>;
  headingLevel?: 3 | 4;
  onCopy: (service: Service, kind: 'link' | 'details') => void;
  /** Extra handover buttons for each card (QR code, text message, slip). */
  serviceActions?: (service: Service) => ComponentChildren;
}

/**
 * The borough's own services for a topic — or, where none is listed yet, a plain
 * statement saying so and the national route instead. Never an empty list: a
 * receptionist must not read "nothing here" as "no help exists".
 */
export function LocalServices({
  topicTitle,
  borough,
  routes,
  areas,
  alreadyShown,
  headingLevel = 3,
  onCopy,
  serviceActions,
}: LocalServicesProps) {
  if (!borough) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const unseen = (s: Service) => !alreadyShown?.has(s.id);
  const local = routes.local.filter(unseen);
  const fallback = routes.fallback.filter(unseen);

  if (routes.local.length > 0) {
    if (local.length === 0) return null;
    return (
      <section class="local-services" aria-labelledby={`local-${borough.id}`}>
        <Heading id={`local-${borough.id}`}>In {borough.name}</Heading>
        <div class="results">
          {local.map((s) => (
            <ServiceCard key={s.id} service={s} areas={areas} headingLevel={4} onCopy={onCopy} actions={serviceActions?.(s)} />
          ))}
        </div>
      </section>
    );
  }
  return (
    <section class="local-services" aria-labelledby={`local-${borough.id}`}>
      <Heading id={`local-${borough.id}`}>In {borough.name}</Heading>
      <p class="inset-text" data-testid="no-local-service">
        {noLocalServiceText(topicTitle, borough, routes.fallback.length > 0)}
      </p>
      {fallback.length > 0 && (
        <div class="results">
          {fallback.map((s) => (
            <ServiceCard key={s.id} service={s} areas={areas} headingLevel={4} onCopy={onCopy} actions={serviceActions?.(s)} />
          ))}
        </div>
      )}
    </section>
  );
}
