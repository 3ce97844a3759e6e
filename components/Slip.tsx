import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageLogResult } from '../utils/contacts/page-actions';
import type { Service } from '../utils/content/content-schema';
import { HANDOVER_LABELS } from '../utils/copy/handover';
import { ErrorBoundary } from './ErrorBoundary';
import { LogBar, type LogRequest } from './LogBar';
import { QrCode } from './QrCode';

export interface SlipProps {
  services: Service[];
  /** The open message's "what to say", when the worker chose to include it. */
  say?: { title: string; text: string };
  /** Today, in words: "22 November 2026". */
  printedOn: string;
  /** Which content this came from, e.g. "Content version 12" or "Built-in content (extension 0.1.0)". */
  contentVersion: string;
  /** Why some or all of the slip could not be made; shown on screen, never printed. */
  problem?: string;
  /** Opens the browser's print dialog (window.print); returns when it closes. */
  onPrint: () => void;
  /** Absent when contact logging is off: otherwise printing is offered as a one-click log. */
  log?: {
    topics: string[];
    onLog: (request: LogRequest) => Promise<PageLogResult>;
    onUndo: (id: string) => Promise<unknown>;
  };
}

/**
 * Services per A5 half: three fit legibly, beside "what to say" too (slip.css makes that half
 * denser). Each half carries "what to say", so a half handed on its own is still complete.
 */
const PER_SLIP = 3;

/**
 * Up to three services a half, so a person handed one slip has them all: splitting three
 * over two halves left the message on one and a lone service on the other.
 */
export function slipPages(services: Service[], perSlip = PER_SLIP): Service[][] {
  const pages: Service[][] = [];
  for (let i = 0; i < services.length; i += perSlip) pages.push(services.slice(i, i + perSlip));
  return pages;
}

/**
 * Three a half unless that overflows: the preview is the printed size (slip.css), so a half
 * whose content is taller than it would be cut off on paper. Then fewer a half, until all fit.
 */
function usePerSlip() {
  const [perSlip, setPerSlip] = useState(PER_SLIP);
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const halves = [...(root.current?.querySelectorAll<HTMLElement>('.slip') ?? [])];
    if (perSlip > 1 && halves.some((h) => h.scrollHeight > h.clientHeight)) setPerSlip(perSlip - 1);
  });
  return { perSlip, root };
}

/** The organisation, when the service's name does not already say it ("Emergency Support Scheme" → "Lambeth Council"). */
export function slipOrganisation(service: Pick<Service, 'name' | 'organisation'>): string | undefined {
  const org = service.organisation.trim();
  return org && !service.name.toLowerCase().includes(org.toLowerCase()) ? org : undefined;
}

const bareUrl = (url: string) => url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');

function SlipService({ service }: { service: Service }) {
  const organisation = slipOrganisation(service);
  return (
    <li class="slip__service">
      <div class="slip__details">
        <h2 class="slip__name">{service.name}</h2>
        {organisation && <p class="slip__org">{organisation}</p>}
        <dl class="slip__contacts">
          {service.phone && (
            <>
              <dt>Phone</dt>
              <dd class="slip__phone">{service.phone}</dd>
            </>
          )}
          {service.text && (
            <>
              <dt>Text</dt>
              <dd>{service.text}</dd>
            </>
          )}
          {service.hours && (
            <>
              <dt>Open</dt>
              <dd>{service.hours}</dd>
            </>
          )}
          {service.url ? (
            <>
              <dt>Web</dt>
              <dd class="slip__url">{bareUrl(service.url)}</dd>
            </>
          ) : (
            service.email && (
              <>
                <dt>Email</dt>
                <dd class="slip__url">{service.email}</dd>
              </>
            )
          )}
        </dl>
      </div>
      {service.url && <QrCode value={service.url} label={`QR code for ${service.name}`} class="slip__qr" />}
    </li>
  );
}

/**
 * A printable slip for the person to take away: public service details only, with no
 * field for anything about them. A5 halves of an A4 sheet, black on white (slip.css).
 */
export function Slip({ services, say, printedOn, contentVersion, problem, onPrint, log }: SlipProps) {
  const { perSlip, root } = usePerSlip();
  const pages = slipPages(services, perSlip);
  const [offer, setOffer] = useState<LogRequest | null>(null);
  // Done starts the bar afresh (a new key): its undo and refinements go with it.
  const [bar, setBar] = useState(0);
  const print = () => {
    onPrint();
    const names = services.length === 1 ? services[0]!.name : `${services.length} services`;
    setOffer({
      topics: log?.topics ?? [],
      services: services.map((s) => s.id),
      outcome: 'signposted',
      handover: 'card-printed',
      label: `signposting to ${names} (${HANDOVER_LABELS['card-printed']})`,
    });
  };
  return (
    <div class="slip-page" ref={root}>
      <div class="slip-toolbar">
        <h1 class="slip-toolbar__title">Slip to print</h1>
        {problem && (
          <p class="slip-toolbar__problem" role="alert">
            {problem}
          </p>
        )}
        {pages.length > 0 && (
          <>
            <p>
              Prints on A4; cut along the dashed line for an A5 slip. It shows public service details only: write nothing about the person
              on it.
            </p>
            <button type="button" class="button" onClick={print}>
              Print slip
            </button>
          </>
        )}
        {log && (
          <LogBar
            key={bar}
            offer={offer}
            request={null}
            onLog={log.onLog}
            onUndo={log.onUndo}
            onLogged={() => setOffer(null)}
            onDismiss={() => {
              setOffer(null);
              setBar(bar + 1);
            }}
          />
        )}
      </div>
      {pages.map((page, i) => (
        <section
          class={say && page.length === PER_SLIP ? 'slip slip--dense' : 'slip'}
          key={i}
          aria-label={`Slip ${i + 1} of ${pages.length}`}
        >
          <p class="slip__heading">Support you can contact</p>
          {say && (
            <p class="slip__say">
              <strong>{say.title}.</strong> {say.text}
            </p>
          )}
          <ul class="slip__services">
            {page.map((s) => (
              <ErrorBoundary key={s.id} what={`the details of ${s.name}`}>
                <SlipService service={s} />
              </ErrorBoundary>
            ))}
          </ul>
          <p class="slip__footer">
            Printed {printedOn} · {contentVersion} · Scan a code with your phone camera to open the service’s website.
          </p>
        </section>
      ))}
    </div>
  );
}
