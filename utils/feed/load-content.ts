/**
 * The content the sidebar shows: the stored signed feed (re-verified on every load,
 * so tampering with the database is caught) with any overlays merged over it, or the
 * built-in content before the first good update. Never "no content": a feed that no
 * longer verifies falls back to the built-in content and says why. Time alone never
 * causes that fall-back (verify-stored-feed.ts): it only flags the feed.
 */
import type { ContentBundle } from '../content/content-schema';
import { DatabaseTooNewError } from '../db/open-db';
import { getFeedStatus, getStoredFeed } from '../db/feed-store';
import type { FeedSettings } from '../settings/feed-settings';
import { feedErrorMessage } from './feed-error';
import { mainSource, overlaySources } from './feed-sources';
import { mergeOverlays, type OverlayInput } from './merge-overlay';
import type { StoredFeedFlags, StoredFeedVerdict, verifyStoredFeed } from './verify-stored-feed';

export interface LoadedFeedInfo extends StoredFeedFlags {
  source: string;
  version: number;
  issued: string;
  expires: string;
  /** An overlay past expiry plus grace: listed (so the sidebar can say so) but not merged. */
  dropped?: boolean;
}

export interface ContentState {
  content: ContentBundle;
  origin: 'built-in' | 'feed';
  main: LoadedFeedInfo | null;
  overlays: LoadedFeedInfo[];
  /**
   * Why an update or a stored feed was refused, newest first, one line each. The message
   * is always a fixed sentence (feed-error.ts), never text from the download (review M4).
   */
  problems: Array<{ source: string; message: string; at: string }>;
}

/** Crisis lines, seasonal advice and amounts: hidden once a feed is past expiry plus grace (review M5). */
function withoutTimeSensitive(content: ContentBundle): ContentBundle {
  const services = content.services.filter((s) => !s.timeSensitive);
  const serviceIds = new Set(services.map((s) => s.id));
  const messages = content.messages
    .filter((m) => !m.timeSensitive)
    .map((m) => (m.services.every((id) => serviceIds.has(id)) ? m : { ...m, services: m.services.filter((id) => serviceIds.has(id)) }));
  return { ...content, messages, services };
}

/**
 * The built-in content, or how to read it (utils/feed/built-in-content.ts): read only when no
 * verified feed replaces it.
 */
export type BuiltIn = ContentBundle | (() => Promise<ContentBundle>);
const readBuiltIn = (builtIn: BuiltIn) => (typeof builtIn === 'function' ? builtIn() : builtIn);

/**
 * The verifier (and zod, which checks the payload) is loaded only when there is a stored feed
 * to check: with none, nothing of it is parsed before the page's first frame.
 */
async function verifyStored(...args: Parameters<typeof verifyStoredFeed>): Promise<StoredFeedVerdict> {
  const verifier = await import('./verify-stored-feed');
  return verifier.verifyStoredFeed(...args);
}

async function lastError(source: string) {
  const status = await getFeedStatus(source);
  if (!status.lastError) return null;
  // From the code, not the stored text: an old record (or an edited one) cannot speak.
  return { source, message: feedErrorMessage(status.lastError.code), at: status.lastError.at };
}

const refusedStored = (source: string, code: string, now: Date) => ({
  source,
  message: `stored content refused: ${feedErrorMessage(code)}`,
  at: now.toISOString(),
});

export async function loadContent(settings: FeedSettings, builtIn: BuiltIn, now = new Date()): Promise<ContentState> {
  try {
    return await loadStoredContent(settings, builtIn, now);
  } catch (error) {
    // A database from a newer build (IT pinned an older version): say so, show the built-in content.
    if (!(error instanceof DatabaseTooNewError)) throw error;
    return {
      content: await readBuiltIn(builtIn),
      origin: 'built-in',
      main: null,
      overlays: [],
      problems: [{ source: 'database', message: error.message, at: now.toISOString() }],
    };
  }
}

async function loadStoredContent(settings: FeedSettings, builtIn: BuiltIn, now: Date): Promise<ContentState> {
  const problems: ContentState['problems'] = [];
  let content: ContentBundle | undefined;
  /** What overlays are checked against: the main content as signed, before any hiding. */
  let overlayBase: ContentBundle | undefined;
  let main: LoadedFeedInfo | null = null;

  const mainFeed = mainSource(settings);
  if (mainFeed) {
    const stored = await getStoredFeed('main');
    if (stored && stored.url === mainFeed.url) {
      const result = await verifyStored(stored, mainFeed, now);
      if (result.ok) {
        const { feed, flags } = result;
        overlayBase = feed.content;
        content = flags.pastGrace ? withoutTimeSensitive(feed.content) : feed.content;
        main = { source: 'main', version: feed.version, issued: feed.issued, expires: feed.expires, ...flags };
      } else {
        problems.push(refusedStored('main', result.error.code, now));
      }
    }
    const error = await lastError('main');
    if (error) problems.push(error);
  }

  if (!content || !overlayBase) content = overlayBase = await readBuiltIn(builtIn);

  const overlays: LoadedFeedInfo[] = [];
  const inputs: OverlayInput[] = [];
  for (const source of overlaySources(settings)) {
    const stored = await getStoredFeed(source.source);
    if (stored && stored.url === source.url) {
      const result = await verifyStored(stored, source, now, overlayBase);
      if (result.ok) {
        const { feed, flags } = result;
        // An overlay past expiry plus grace is dropped whole (review L2): the main content stays.
        if (!flags.pastGrace) inputs.push({ content: feed.content, hide: feed.hide, name: feed.feed });
        overlays.push({
          source: source.source,
          version: feed.version,
          issued: feed.issued,
          expires: feed.expires,
          ...flags,
          dropped: flags.pastGrace,
        });
      } else {
        problems.push(refusedStored(source.source, result.error.code, now));
      }
    }
    const error = await lastError(source.source);
    if (error) problems.push(error);
  }

  problems.sort((a, b) => b.at.localeCompare(a.at));
  return {
    content: inputs.length > 0 ? mergeOverlays(content, inputs) : content,
    origin: main ? 'feed' : 'built-in',
    main,
    overlays,
    problems,
  };
}
