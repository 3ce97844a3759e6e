import type { UrgentRoute, UrgentStep } from '../utils/content/content-schema';
import { parsePhone } from '../utils/content/phone-number';
import { urgentSteps } from '../utils/urgent/urgent-local-steps';
import { telHref } from './ServiceCard';

export interface UrgentCardProps {
  route: UrgentRoute;
  /** The borough's own steps (urgent-local-steps.ts), shown after the first. */
  local?: UrgentStep[];
  /** Copies the steps, the borough's own among them, as plain text (the sidebar's copy flow announces the result). */
  onCopy?: (route: UrgentRoute, local: UrgentStep[]) => void;
}

/**
 * What to do now, when a query says a life is at risk or someone is in danger: first on
 * the results page, in the NHS.UK emergency style (red heading, black body), each step
 * with its number large enough to read out and dial. It says what to do, never what the
 * software noticed; each step links to the official page it comes from.
 */
export function UrgentCard({ route, local = [], onCopy }: UrgentCardProps) {
  const headingId = `urgent-${route.id}`;
  return (
    <article class="urgent-card" tabIndex={0} data-nav data-result="urgent" data-id={route.id} aria-labelledby={headingId}>
      <h2 id={headingId} class="urgent-card__heading">
        <span class="urgent-card__label">Urgent: </span>
        {route.title}
      </h2>
      <ol class="urgent-card__steps">
        {urgentSteps(route, local).map((step, i) => {
          const phone = step.phone ? parsePhone(step.phone) : null;
          return (
            <li key={i} class="urgent-card__step">
              <p class="urgent-card__text">{step.text}</p>
              {step.phone && (
                <p class="urgent-card__phone">
                  <a href={telHref(step.phone)}>{phone?.display ?? step.phone}</a>
                </p>
              )}
              <p class="urgent-card__source">
                <a href={step.source.url} target="_blank" rel="noopener noreferrer">
                  Source: {step.source.title}
                  <span class="visually-hidden"> (opens in a new tab)</span>
                </a>
              </p>
            </li>
          );
        })}
      </ol>
      {onCopy && (
        <div class="urgent-card__actions">
          <button type="button" class="button button--reverse" onClick={() => onCopy(route, local)}>
            Copy these steps
          </button>
        </div>
      )}
    </article>
  );
}
