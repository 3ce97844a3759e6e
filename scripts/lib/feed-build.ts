/**
 * Content directory → feed payload, validated by the same validateFeedContent the
 * extension runs on arrival (which is `npm run content:check`'s validateContent, plus
 * the main content as context for an overlay).
 */
import type { ContentBundle } from '../../utils/content/content-schema';
import { todayIso } from '../../utils/content/today';
import { formatProblem, validateContent } from '../../utils/content/validate-content';
import { validateFeedContent } from '../../utils/feed/validate-feed-content';
import { readContentDir } from './read-content-dir';
import type { FeedPayload } from '../../utils/feed/feed-payload';

export interface BuildInput {
  contentDir: string;
  feed: string;
  version: number;
  expiresDays: number;
  now: Date;
  /** For a local overlay: the main content it is merged over, and the main ids it hides. */
  overlayOf?: ContentBundle;
  hide?: string[];
}

/** What `build` writes: exactly the payload the extension accepts. */
export type BuiltPayload = FeedPayload;

export type BuildResult = { ok: true; payload: BuiltPayload; warnings: string[] } | { ok: false; problems: string[] };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Reads and validates a whole content directory (e.g. the main content an overlay builds on). */
export function loadContentDir(dir: string, now: Date): { ok: true; bundle: ContentBundle } | { ok: false; problems: string[] } {
  const files = readContentDir(dir);
  if (files.length === 0) return { ok: false, problems: [`${dir}: no .json content files found`] };
  const { bundle, problems } = validateContent(files, todayIso(now));
  return problems.length ? { ok: false, problems: problems.map(formatProblem) } : { ok: true, bundle };
}

export function buildFeedPayload(input: BuildInput): BuildResult {
  const files = readContentDir(input.contentDir);
  if (files.length === 0) return { ok: false, problems: [`${input.contentDir}: no .json content files found`] };
  if (input.hide?.length && !input.overlayOf) return { ok: false, problems: ['hide is only for overlay feeds (--overlay-of)'] };
  const checked = validateFeedContent(files, todayIso(input.now), input.overlayOf);
  if (!checked.ok) return { ok: false, problems: checked.problems.map(formatProblem) };
  const bundle = checked.bundle;

  // Whole seconds: easier to read, and nothing depends on milliseconds.
  const issued = new Date(Math.floor(input.now.getTime() / 1000) * 1000);
  const expires = new Date(issued.getTime() + input.expiresDays * DAY_MS);
  bundle.topics.sort((a, b) => a.order - b.order);

  // A reviewBy date is a promise to review the item before it passes; a feed that outlives
  // it would show unreviewed facts (browsers flag them, review L4). So it is refused here.
  const expiresDay = todayIso(expires);
  const overdue = [
    ...bundle.messages.map((m) => ['message', m] as const),
    ...bundle.services.map((s) => ['service', s] as const),
    ...bundle.resources.map((r) => ['resource', r] as const),
  ]
    .filter(([, item]) => item.reviewBy < expiresDay)
    .map(
      ([kind, item]) =>
        `${kind} "${item.id}": reviewBy ${item.reviewBy} is before the feed expires (${expiresDay}); ` +
        `review it first, or build with a shorter --expires-days`,
    );
  if (overdue.length) return { ok: false, problems: overdue };
  const warnings: string[] = [];

  const payload: BuiltPayload = {
    feed: input.feed,
    version: input.version,
    issued: issued.toISOString(),
    expires: expires.toISOString(),
    content: bundle,
  };
  if (input.hide?.length) payload.hide = input.hide;
  return { ok: true, payload, warnings };
}
