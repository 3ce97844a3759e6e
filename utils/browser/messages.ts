/**
 * Typed messages between the sidebar and the background, handled by a map of small
 * functions. A listener answers by returning a promise: Firefox and Chrome/Edge 148+ honour
 * that natively, and on Chrome/Edge 137–147 (which ignore a returned promise) `browser` is
 * webextension-polyfill, added by WXT's module in wxt.config.ts, which turns the promise into
 * sendResponse (docs/architecture.md, "The browser API layer and webextension-polyfill").
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

export async function sendMessage<K extends MessageType>(type: K, payload?: MessageMap[K]['request']): Promise<MessageMap[K]['response']> {
  return browser.runtime.sendMessage({ type, payload } satisfies Envelope<K>);
}

/** Tell any open sidebar; nobody listening is normal, not an error. */
export function broadcast<K extends MessageType>(type: K): void {
  browser.runtime.sendMessage({ type, payload: undefined }).catch(() => {});
}

export type MessageHandlers = {
  [K in MessageType]?: (payload: MessageMap[K]['request']) => Promise<MessageMap[K]['response']> | MessageMap[K]['response'];
};

/**
 * Answers the messages `handlers` names with the handler's result. Any other message gets no
 * answer from here (undefined, not a promise), so another page's listener may answer it.
 * A failing handler is logged and answers undefined, as if nothing had been returned.
 */
export function handleMessages(handlers: MessageHandlers): void {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the returned promise is the answer (Firefox, and Chrome < 148 through the polyfill); it never rejects
  browser.runtime.onMessage.addListener((message: unknown) => {
    const { type, payload } = (message ?? {}) as Envelope<MessageType>;
    const handler = Object.hasOwn(handlers, type) ? (handlers[type] as (p: unknown) => unknown) : undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(payload))
      .catch((error: unknown) => {
        console.error(`Message ${type} failed`, error);
        return undefined;
      });
  });
}
