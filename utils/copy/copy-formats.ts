/**
 * What the copy actions put on the clipboard. Plain text only: it is pasted into
 * emails, case notes and text messages, where rich text would arrive garbled.
 */
import type { Message, Service, UrgentRoute, UrgentStep } from '../content/content-schema';
import { parsePhone } from '../content/phone-number';
import { stripInvisible } from '../content/plain-text';
import { urgentSteps } from '../urgent/urgent-local-steps';

export interface CopyRequest {
  text: string;
  /** Spoken and shown after copying, e.g. "Link to Samaritans copied". */
  confirmation: string;
}

/**
 * "Name — phone — link", skipping what the service does not publish; a service with no public
 * web page gives its email in the link's place, so the person still has a way in.
 */
export function serviceDetailsText(service: Service): string {
  const phone = service.phone ? (parsePhone(service.phone)?.display ?? service.phone) : undefined;
  // Invisible bidi / zero-width characters never reach a patient's text or email (review L9).
  return stripInvisible([service.name, phone, service.text, service.url ?? service.email].filter(Boolean).join(' — '));
}

/** A service without a public web page has no link to copy: its details are copied instead. */
export function copyService(service: Service, kind: 'link' | 'details'): CopyRequest {
  return kind === 'link' && service.url
    ? { text: stripInvisible(service.url), confirmation: `Link to ${service.name} copied` }
    : { text: serviceDetailsText(service), confirmation: `${service.name} details copied` };
}

export function copyMessage(message: Message): CopyRequest {
  return { text: stripInvisible(message.say), confirmation: `Message "${message.title}" copied` };
}

/** An urgent route's steps (the borough's own among them), one a line, each with its number as shown: for a note or a colleague's chat. */
export function copyUrgentRoute(route: UrgentRoute, local: readonly UrgentStep[] = []): CopyRequest {
  const lines = urgentSteps(route, local).map((step) => {
    const phone = step.phone ? (parsePhone(step.phone)?.display ?? step.phone) : undefined;
    return phone ? `${step.text} ${phone}` : step.text;
  });
  return { text: stripInvisible([route.title, ...lines].join('\n')), confirmation: `Urgent steps copied: ${route.title}` };
}
