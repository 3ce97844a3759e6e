/** What a slip shows, looked up from the content in use: only public, signed-feed facts. */
import type { ContentBundle, Service } from '../content/content-schema';
import type { LoadedFeedInfo } from '../feed/load-content';
import type { SlipRequest } from './slip-link';

export interface SlipContent {
  services: Service[];
  say?: { title: string; text: string };
  /** Topics for the contact log: the message's, or each service's first. */
  topics: string[];
  /** Why something asked for is not on the slip (withdrawn since it was chosen, or hidden). */
  problem?: string;
}

export function slipContent(content: Pick<ContentBundle, 'services' | 'messages'>, request: SlipRequest): SlipContent {
  const services = request.services.flatMap((id) => content.services.filter((s) => s.id === id));
  const message = request.message ? content.messages.find((m) => m.id === request.message) : undefined;
  const missing = request.services.length - services.length + (request.message && !message ? 1 : 0);
  const topics = message ? [message.topic] : [...new Set(services.flatMap((s) => s.topics.slice(0, 1)))];
  return {
    services,
    ...(message ? { say: { title: message.title, text: message.say } } : {}),
    topics,
    ...(missing > 0
      ? {
          problem: `${missing} of the items chosen ${missing === 1 ? 'is' : 'are'} no longer in the content, so ${missing === 1 ? 'it is' : 'they are'} left off.`,
        }
      : {}),
  };
}

/** "Content version 12" from the signed feed, else the built-in content of this extension version. */
export function slipContentVersion(main: Pick<LoadedFeedInfo, 'version'> | null, extensionVersion: string): string {
  return main ? `Content version ${main.version}` : `Built-in content, extension ${extensionVersion}`;
}
