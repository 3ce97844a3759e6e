/**
 * The printable slip is its own extension page (slip.html), opened in a tab with the
 * chosen service ids in its address. Only public content ids travel: nothing about
 * the person, and nothing typed.
 */

const SLIP_PAGE = 'slip.html';
/** What fits legibly on two A5 slips (one A4 sheet): three services a slip. */
export const SLIP_MAX_SERVICES = 6;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface SlipRequest {
  services: string[];
  /** Whose "what to say" to print, when the worker chose to include it. */
  message?: string;
}

export type SlipQuery = { ok: true; request: SlipRequest } | { ok: false; reason: string };

/** A relative link, so it works from any extension page and in tests. */
export function slipHref(request: SlipRequest): string {
  const params = new URLSearchParams({ services: request.services.join(',') });
  if (request.message) params.set('message', request.message);
  return `${SLIP_PAGE}?${params.toString()}`;
}

export function readSlipQuery(search: string): SlipQuery {
  const params = new URLSearchParams(search);
  const services = [...new Set((params.get('services') ?? '').split(',').filter(Boolean))];
  const message = params.get('message') ?? undefined;
  if (services.length === 0) return { ok: false, reason: 'No services were chosen for this slip. Choose them in the sidebar, then print.' };
  if (services.length > SLIP_MAX_SERVICES) {
    return { ok: false, reason: `A slip holds up to ${SLIP_MAX_SERVICES} services; ${services.length} were chosen.` };
  }
  const bad = [...services, ...(message ? [message] : [])].find((id) => !ID.test(id));
  if (bad !== undefined) return { ok: false, reason: `“${bad.slice(0, 40)}” is not a service or message id.` };
  return { ok: true, request: message ? { services, message } : { services } };
}
