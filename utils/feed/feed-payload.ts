/**
 * The signed payload inside a feed envelope (docs/architecture.md, "Signed feed"):
 * `{ feed, version, issued, expires, content, hide? }`.
 *
 * Only the frame is described here; `content` is checked item by item by the same
 * validateContent as `npm run content:check`, so a publisher sees the same problems
 * in both places. Strict: a misspelt field (`expire`) is an error, not silently ignored.
 */
import * as z from 'zod/mini';
import type { ContentBundle } from '../content/content-schema';
import { useEnglishMessages } from '../content/zod-english';

/** Built on first use, not at every worker start, with zod/mini (content-schema.ts says why). */
function buildFrameSchema() {
  useEnglishMessages();
  return z.strictObject({
    /** The feed's name; a feed signed for one name is never accepted for another (substitution). */
    feed: z.string().check(z.trim(), z.minLength(1)),
    /** Strictly increasing (TUF: never replace with a lower version). Safe integers only. */
    version: z.number().check(z.int(), z.gte(1), z.lte(Number.MAX_SAFE_INTEGER)),
    issued: z.iso.datetime({ offset: true }),
    /** After this the feed is refused (TUF "freeze attack"): publishers re-sign on a cadence. */
    expires: z.iso.datetime({ offset: true }),
    content: z.record(z.string(), z.unknown()),
    /** Overlay feeds only: ids of main-feed messages, services or topics to remove. */
    hide: z.optional(z.array(z.string())),
  });
}
let frameSchema: ReturnType<typeof buildFrameSchema> | undefined;

export function feedPayloadFrameSchema() {
  return (frameSchema ??= buildFrameSchema());
}

/** A payload that passed every check; `content` is the validated, parsed content. */
export interface FeedPayload {
  feed: string;
  version: number;
  issued: string;
  expires: string;
  content: ContentBundle;
  hide?: string[];
}
