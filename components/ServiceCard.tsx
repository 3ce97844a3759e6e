import type { ComponentChildren } from 'preact';
import type { Area, Service } from '../utils/content/content-schema';
import { languageName } from '../utils/content/language-names';
import { parsePhone } from '../utils/content/phone-number';
import type { LocalVersionMark } from '../utils/feed/merge-overlay';
import { ErrorBoundary } from './ErrorBoundary';

export interface ServiceCardProps {
  /** `localVersionFrom` is set when a local overlay replaced the pan-London version. */
  service: Service & LocalVersionMark;
  areas: Area[];
  /** Heading level inside its list: results use h3, a message view's list uses h4. */
  headingLevel?: 3 | 4;
  onCopy: (service: Service, kind: 'link' | 'details') => void;
  /** More ways to hand the service over (QR code, text message, slip), after the copy buttons. */
  actions?: ComponentChildren;
}

/**
 * Digits and a leading + only, as RFC 3966 `tel:` links expect: from the same normalised
 * value the card shows (phone-number.ts), so what is read out is what is dialled.
 */
export function telHref(phone: string): string {
  return parsePhone(phone)?.tel ?? `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The address as the browser will open it: host and path from the parsed URL, never the raw text. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname}`.replace(/\/$/, '');
  } catch {
    return url;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Dec 2026" from the day the details were last compared with their source (`checked`, YYYY-MM-DD). */
export function confirmedLabel(checked: string): string {
  const [year, month] = checked.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${year}`.trim();
}

export function areaLabel(service: Service, areas: Area[]): string {
  if (service.area === 'national') return 'National';
  if (service.area === 'london') return 'All of London';
  const names = service.area.map((id) => areas.find((a) => a.id === id)?.name ?? id);
  return names.length > 3 ? `${names.length} London boroughs` : names.join(', ');
}

/** Languages with their own names, for the "More" part of the card. */
function Languages({ codes }: { codes: string[] }) {
  return (
    <>
      {codes.map(languageName).map((l, i) => (
        <span key={l.code}>
          {i > 0 && ', '}
          {l.english}
          {l.native !== l.english && (
            <>
              {' '}
              (<span lang={l.code}>{l.native}</span>)
            </>
          )}
        </span>
      ))}
    </>
  );
}

/** One card per record, each in its own error boundary: one bad record never blanks a page (T3-QR-LONG). */
export function ServiceCard(props: ServiceCardProps) {
  return (
    <ErrorBoundary what={`the service "${props.service.name}"`}>
      <ServiceCardBody {...props} />
    </ErrorBoundary>
  );
}

/**
 * A service to signpost, compact enough that three fit on a 900 px panel, so results can be compared without scrolling:
 * phone and website in view, hours and the rest under "More"; one primary action (Copy
 * details) and one row of secondary ones. Focusable as a whole so keyboard users move
 * between results with the arrow keys and copy with one key; the buttons serve the mouse.
 */
function ServiceCardBody({ service, areas, headingLevel = 3, onCopy, actions }: ServiceCardProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const headingId = `service-${service.id}-${headingLevel}`;
  const more = service.hours || service.email || service.eligibility || (service.languages && service.languages.length > 0);
  return (
    <article class="card card--service" tabIndex={0} data-nav data-result="service" data-id={service.id} aria-labelledby={headingId}>
      <Heading id={headingId} class="card__title">
        {service.name}
      </Heading>
      {service.localVersionFrom && <p class="card__local">Local version from {service.localVersionFrom}</p>}
      <p class="card__meta">
        {service.organisation} · {areaLabel(service, areas)}
        {service.selfReferral ? ' · Self-referral' : ''} · <span class="card__confirmed">Confirmed {confirmedLabel(service.checked)}</span>
      </p>
      <p class="card__body card__body--clamp">{service.description}</p>
      <dl class="card__contacts">
        {service.phone && (
          <div>
            <dt>Phone</dt>
            <dd>
              <a class="card__phone" href={telHref(service.phone)}>
                {parsePhone(service.phone)?.display ?? service.phone}
              </a>
            </dd>
          </div>
        )}
        {service.text && (
          <div>
            <dt>Text</dt>
            <dd>{service.text}</dd>
          </div>
        )}
        {service.url && (
          <div class="card__website">
            <dt>Website</dt>
            <dd>
              <a href={service.url} target="_blank" rel="noopener noreferrer">
                {displayUrl(service.url)}
                <span class="visually-hidden"> (opens in a new tab)</span>
              </a>
            </dd>
          </div>
        )}
        {!service.url && service.email && <EmailRow email={service.email} />}
      </dl>
      {!service.url && <p class="card__no-link">No public web page: give the person the phone number or email above.</p>}
      {more && (
        <details class="card__more">
          <summary>
            {service.hours ? 'Opening hours and more' : 'More'}
            <span class="visually-hidden"> about {service.name}</span>
          </summary>
          <dl class="card__contacts">
            {service.hours && (
              <div>
                <dt>Hours</dt>
                <dd>{service.hours}</dd>
              </div>
            )}
            {service.eligibility && (
              <div>
                <dt>Who for</dt>
                <dd>{service.eligibility}</dd>
              </div>
            )}
            {service.languages && service.languages.length > 0 && (
              <div>
                <dt>Languages</dt>
                <dd class="card__languages">
                  <Languages codes={service.languages} />
                </dd>
              </div>
            )}
            {service.email && service.url && <EmailRow email={service.email} />}
          </dl>
        </details>
      )}
      <div class="card__actions">
        <button type="button" class="button card__copy" onClick={() => onCopy(service, 'details')}>
          Copy details<span class="visually-hidden"> for {service.name}</span>
        </button>
        <div class="card__secondary">
          {service.url && (
            <button type="button" class="card__action" onClick={() => onCopy(service, 'link')}>
              Copy link<span class="visually-hidden"> to {service.name}</span>
            </button>
          )}
          {actions}
        </div>
      </div>
    </article>
  );
}

/** The email row: under the phone when there is no web page, else under "More". */
function EmailRow({ email }: { email: string }) {
  return (
    <div>
      <dt>Email</dt>
      <dd>
        <a href={`mailto:${email}`}>{email}</a>
      </dd>
    </div>
  );
}
