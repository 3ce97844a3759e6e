import type { ComponentChildren } from 'preact';
import type { Area, Service } from '../utils/content/content-schema';
import type { LocalRoutes } from '../utils/content/local-coverage';
import { parsePhone } from '../utils/content/phone-number';
import { telHref } from './ServiceCard';
import { noLocalServiceText } from './local-wording';

export interface LocalStripProps {
  /** The need the search is about (its topic title). */
  topicTitle: string;
  borough: Area;
  routes: LocalRoutes;
  /** Copies the service's details, confirmed and offered for logging at `strip:<id>`. */
  onCopy: (service: Service) => void;
  /** The confirmation and log bar for a copy made here. */
  logSlot: (place: string) => ComponentChildren;
}

/**
 * The borough's own services for the need, right under the search box: a receptionist's
 * usual answer, in the first screen rather than after the messages, where it was missed. Name,
 * phone and one Copy each; the full card, with QR, text and slip, is in the results below.
 * Where the borough has none, it says so and gives the national route (as the topic view does).
 */
export function LocalStrip({ topicTitle, borough, routes, onCopy, logSlot }: LocalStripProps) {
  const listed = routes.local.length > 0 ? routes.local : routes.fallback;
  return (
    <section class="local-strip" aria-labelledby="local-strip-heading" data-testid="local-strip">
      <h2 id="local-strip-heading" class="local-strip__heading">
        In {borough.name} <span class="group-count">· {topicTitle}</span>
      </h2>
      {routes.local.length === 0 && (
        <p class="local-strip__none" data-testid="no-local-service">
          {noLocalServiceText(topicTitle, borough, routes.fallback.length > 0)}
        </p>
      )}
      {listed.length > 0 && (
        <ul class="local-strip__list">
          {listed.map((s) => (
            <li key={s.id} class="local-strip__item" data-local={routes.local.length > 0 ? 'local' : 'fallback'} data-id={s.id}>
              <span class="local-strip__name">{s.name}</span>
              {s.phone && (
                <a class="local-strip__phone" href={telHref(s.phone)}>
                  {parsePhone(s.phone)?.display ?? s.phone}
                </a>
              )}
              <button type="button" class="button local-strip__copy" onClick={() => onCopy(s)}>
                Copy details<span class="visually-hidden"> for {s.name}</span>
              </button>
              {logSlot(`strip:${s.id}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
