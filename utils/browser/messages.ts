/**
 * Typed messages between the sidebar and the background, handled by a map of small
 * functions. Uses sendResponse + `return true` rather than returning a promise from
 * the listener, which not every browser honours (Chrome before 148 ignores a returned promise).
 */
import { browser } from 'wxt/browser';
import type { UpdateSummary } from '../feed/update-summary';


export interface MessageMap {
  /** Sidebar → background: check every feed now ("Check for updates"). */
  'feed:check-now': { request: undefined; response: UpdateSummary };
  /** Background → sidebars: a check finished (new content, or a new failure reason); reload. */
  'feed:changed': { request: undefined; response: void };
  /** Any page → background: a contact was logged or undone (badge, upload). */
  'contacts:changed': { request: undefined; response: void };
}
export type MessageType = keyof MessageMap;

interface Envelope<K extends MessageType> {
  type: K;
  payload: MessageMap[K]['request'];
}

export async function sendMessage<K extends MessageType>(
  type: K,
  payload?: MessageMap[K]['request'],
): Promise<MessageMap[K]['response']> {
  return browser.runtime.sendMessage({ type, payload } satisfies Envelope<K>);
}

/** Tell any open sidebar; nobody listening is normal, not an error. */
export function broadcast<K extends MessageType>(type: K): void {
  browser.runtime.sendMessage({ type, payload: undefined }).catch(() => {});
}

export type MessageHandlers = {
  [K in MessageType]?: (payload: MessageMap[K]['request']) => Promise<MessageMap[K]['response']> | MessageMap[K]['response'];
};

export function handleMessages(handlers: MessageHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const { type, payload } = (message ?? {}) as Envelope<MessageType>;
    const handler = handlers[type] as ((p: unknown) => unknown) | undefined;
    if (!handler) return false;
    Promise.resolve(handler(payload)).then(sendResponse, (error: unknown) => {
      console.error(`Message ${type} failed`, error);
      sendResponse(undefined);
    });
    return true;
  });
}
