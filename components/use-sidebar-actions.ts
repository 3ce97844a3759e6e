import { useState } from 'preact/hooks';
import type { ContentBundle, Message, Service, UrgentRoute } from '../utils/content/content-schema';
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
 * What staff do with what they find — copy a message, copy or hand over a service — and
 * the one-click log that follows each handover ("Log signposting to …"). Only the method
 * of a handover is ever offered to the log, never who received it.
 */
export function useSidebarActions({ content, borough, openMessage, copy, announce }: Deps) {
  const [logOffer, setLogOffer] = useState<LogRequest | null>(null);
  const [logRequest, setLogRequest] = useState<LogRequest | null>(null);

  const doCopy = (request: CopyRequest) => {
    copy(request.text).then(
      () => announce(request.confirmation),
      () => announce('Could not copy. Select the text and press Ctrl+C instead.'),
    );
  };
  const offer = (service: Service, method: HandoverMethod, label: string) => {
    const topic = openMessage?.topic ?? service.topics[0];
    setLogOffer({ topics: topic ? [topic] : [], services: [service.id], outcome: 'signposted', handover: method, label });
  };

  return {
    logOffer,
    logRequest,
    requestLog: setLogRequest,
    clearLog() {
      setLogOffer(null);
      setLogRequest(null);
    },
    onCopyMessage: (message: Message) => doCopy(copyMessage(message)),
    onCopyUrgent: (route: UrgentRoute) => doCopy(copyUrgentRoute(route)),
    onCopyService(service: Service, kind: 'link' | 'details') {
      doCopy(copyService(service, kind));
      // Signposting usually follows a copy: offer to log it in one click.
      offer(service, 'link-copied', `signposting to ${service.name}`);
    },
    // A QR code shown or a text message copied: the same one-click log, with how it was handed over.
    onHandover: (service: Service, method: HandoverMethod) =>
      offer(service, method, `signposting to ${service.name} (${HANDOVER_LABELS[method]})`),
    onCopyTranslation: (message: Message) => (url: string, language: string) => {
      doCopy({ text: url, confirmation: `Link in ${language} copied` });
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
