/**
 * The message seam: a listener answers by returning the handler's promise, and leaves other
 * messages unanswered. Checked twice: against WXT's fake browser (which, like Firefox and
 * Chrome/Edge 148+, honours a returned promise), and through webextension-polyfill over a
 * callback-only `chrome`, as on Chrome/Edge 137–147, where only sendResponse reaches the sender.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, sendMessage, type MessageHandlers } from '../../../utils/browser/messages';

const SUMMARY = { lines: ['main: already up to date'], ok: true };

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => unknown;

/** handleMessages' own listener, as it registered it with the browser. */
function listenerFor(handlers: MessageHandlers): Listener {
  const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  handleMessages(handlers);
  const listener = add.mock.calls.at(-1)![0] as Listener;
  add.mockRestore();
  return listener;
}

/**
 * webextension-polyfill as the build ships it, loaded where `chrome` is callback-only and
 * there is no `browser` (Chrome/Edge before 148). Chrome keeps a message's channel open only
 * if a listener returns `true`, and answers only through sendResponse.
 */
function chrome137() {
  const listeners: Listener[] = [];
  const chrome = {
    runtime: {
      id: 'mecc-test',
      lastError: undefined,
      onMessage: {
        addListener: (l: Listener) => void listeners.push(l),
        removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
        hasListener: (l: Listener) => listeners.includes(l),
      },
    },
  };
  const source = readFileSync(createRequire(import.meta.url).resolve('webextension-polyfill'), 'utf8');
  const sandbox = { chrome, module: { exports: {} as unknown }, exports: {}, console };
  runInNewContext(source, sandbox);
  const browser = sandbox.module.exports as { runtime: { onMessage: { addListener(l: Listener): void } } };
  /** Delivers a message as Chrome does: every listener, and the answer if one kept the channel. */
  async function deliver(message: unknown): Promise<{ kept: boolean; response: unknown }> {
    let respond!: (response: unknown) => void;
    const answered = new Promise((resolve) => (respond = resolve));
    const kept = listeners.map((l) => l(message, {}, respond)).some((r) => r === true);
    return { kept, response: kept ? await answered : undefined };
  }
  return { browser, deliver, native: chrome };
}

afterEach(() => vi.restoreAllMocks());

describe('messages where a returned promise is the answer (Firefox, Chrome/Edge 148+)', () => {
  it('answers a message with what its handler resolves to', async () => {
    handleMessages({ 'feed:check-now': async () => SUMMARY });
    await expect(sendMessage('feed:check-now')).resolves.toEqual(SUMMARY);
  });

  it('passes the payload and answers a handler that returns a plain value', async () => {
    const handler = vi.fn(() => undefined);
    handleMessages({ 'contacts:changed': handler });
    await expect(sendMessage('contacts:changed')).resolves.toBeUndefined();
    expect(handler).toHaveBeenCalledWith(undefined);
  });

  it('leaves a message it has no handler for unanswered (undefined, not a promise), for another page to answer', () => {
    const listener = listenerFor({ 'feed:check-now': async () => SUMMARY });
    for (const message of [{ type: 'feed:changed' }, { type: 'constructor' }, { type: 'toString' }, {}, null, 'feed:check-now', 42]) {
      expect(
        listener(message, {}, () => {}),
        JSON.stringify(message),
      ).toBeUndefined();
    }
  });

  it('logs a failing handler and answers undefined, never an unhandled rejection', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    handleMessages({
      'feed:check-now': async () => {
        throw new Error('offline');
      },
      'contacts:changed': () => {
        throw new Error('thrown before any promise');
      },
    });
    await expect(sendMessage('feed:check-now')).resolves.toBeUndefined();
    await expect(sendMessage('contacts:changed')).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith('Message feed:check-now failed', expect.objectContaining({ message: 'offline' }));
    expect(error).toHaveBeenCalledWith(
      'Message contacts:changed failed',
      expect.objectContaining({ message: 'thrown before any promise' }),
    );
  });
});

describe('messages through webextension-polyfill on Chrome/Edge 137–147 (a returned promise is ignored)', () => {
  it('the polyfill turns the returned promise into sendResponse: the sender gets the answer', async () => {
    const chrome = chrome137();
    chrome.browser.runtime.onMessage.addListener(listenerFor({ 'feed:check-now': async () => SUMMARY }));
    await expect(chrome.deliver({ type: 'feed:check-now', payload: undefined })).resolves.toEqual({ kept: true, response: SUMMARY });
  });

  it('without the polyfill the same listener would answer nothing there (why the polyfill is in the build)', () => {
    const chrome = chrome137();
    chrome.native.runtime.onMessage.addListener(listenerFor({ 'feed:check-now': async () => SUMMARY }));
    return expect(chrome.deliver({ type: 'feed:check-now', payload: undefined })).resolves.toEqual({ kept: false, response: undefined });
  });

  it('an unknown message keeps no channel open, so another page can answer it', async () => {
    const chrome = chrome137();
    chrome.browser.runtime.onMessage.addListener(listenerFor({ 'feed:check-now': async () => SUMMARY }));
    await expect(chrome.deliver({ type: 'feed:changed', payload: undefined })).resolves.toEqual({ kept: false, response: undefined });
  });
});
