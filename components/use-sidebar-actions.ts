import { useState } from 'preact/hooks';
import type { ContentBundle, Message, Service, UrgentRoute, UrgentStep } from '../utils/content/content-schema';
import { copyMessage, copyService, copyUrgentRoute, type CopyRequest } from '../utils/copy/copy-formats';
import { HANDOVER_LABELS, type HandoverMethod } from '../utils/copy/handover';
import { translationsFor } from '../utils/content/translations';
import type { LogRequest } from './LogBar';

interface Deps {
  content: ContentBundle;
  borough: string | null;
  openMessage: Message | undefined;
  /** Puts text on the clipboard; rejects when the browser refuses. */
  copy: (text: string) => Promise<void>;
  announce: (text: string) => void;
}

/**
 * Where on the page an action happened, so its confirmation and log offer appear right
 * there: `card:<service id>`, `strip:<service id>` (the "In <borough>" strip),
 * `message` (the open message's buttons), `translations`, `result:<message id>`.
 */
export type ActionPlace = string;

/**
 * What staff do with what they find — copy a message, copy or hand over a service — and
 * the one-click log that follows each handover ("Log signposting to …"). Only the method
 * of a handover is ever offered to the log, never who received it.
 */
export function useSidebarActions({ content, borough, openMessage, copy, announce }: Deps) {
  const [logOffer, setLogOffer] = useState<LogRequest | null>(null);
  const [logRequest, setLogRequest] = useState<LogRequest | null>(null);
  const [place, setPlace] = useState<ActionPlace | null>(null);
  const [notice, setNotice] = useState<string | undefined>(undefined);

  const doCopy = (request: CopyRequest, at: ActionPlace) => {
    setPlace(at);
    setNotice(undefined);
    copy(request.text).then(
      () => {
        announce(request.confirmation);
        setNotice(request.confirmation);
      },
      () => {
        const failed = 'Could not copy. Select the text and press Ctrl+C instead.';
        announce(failed);
        setNotice(failed);
      },
    );
  };
  const offer = (service: Service, method: HandoverMethod, label: string) => {
    const topic = openMessage?.topic ?? service.topics[0];
    setLogOffer({ topics: topic ? [topic] : [], services: [service.id], outcome: 'signposted', handover: method, label });
  };
  const reset = () => {
    setLogOffer(null);
    setLogRequest(null);
    setPlace(null);
    setNotice(undefined);
  };

  return {
    logOffer,
    logRequest,
    /** Where the confirmation and log bar show; null when there is nothing to show. */
    place,
    notice,
    requestLog(request: LogRequest) {
      setPlace('message');
      setNotice(undefined);
      setLogOffer(null);
      setLogRequest(request);
    },
    /** The offer or request was used: keep the bar (undo, refinements), drop the offer. */
    logUsed() {
      setLogOffer(null);
      setLogRequest(null);
    },
    /** Done, Not now, or a new search: nothing stays on screen from before. */
    reset,
    onCopyMessage: (message: Message, at: ActionPlace = 'message') => {
      setLogOffer(null);
      doCopy(copyMessage(message), at);
    },
    onCopyUrgent: (route: UrgentRoute, local: UrgentStep[]) => doCopy(copyUrgentRoute(route, local), `urgent:${route.id}`),
    onCopyService(service: Service, kind: 'link' | 'details', at: ActionPlace = `card:${service.id}`) {
      doCopy(copyService(service, kind), at);
      // Signposting usually follows a copy: offer to log it in one click.
      offer(service, 'link-copied', `signposting to ${service.name}`);
    },
    // A QR code shown or a text message copied: the same one-click log, with how it was handed over.
    onHandover: (service: Service, method: HandoverMethod) => {
      setPlace(`card:${service.id}`);
      setNotice(undefined);
      offer(service, method, `signposting to ${service.name} (${HANDOVER_LABELS[method]})`);
    },
    onCopyTranslation: (message: Message) => (url: string, language: string) => {
      doCopy({ text: url, confirmation: `Link in ${language} copied` }, 'translations');
      const code = translationsFor(content, message, borough).find((g) => g.links.some((l) => l.url === url))?.code;
      setLogOffer({
        topics: [message.topic],
        services: [],
        handover: 'link-copied',
        handoverLanguage: code,
        label: `information in ${language} (link copied)`,
      });
    },
  };
}
