/**
 * Local overlay feeds (a borough's or a trust's own services and messages) merged
 * over the main pan-London content: docs/architecture.md, "Signed feed".
 *
 * - An overlay adds topics, messages, services and synonyms; an item whose id (a
 *   synonym's term) matches a main item replaces it, in the main item's place.
 * - `hide` removes messages, services and topics by id. Hiding a topic also removes
 *   its messages and drops it from services and synonyms (left with no topic, they go).
 * - Links from remaining messages to services that are no longer there are dropped,
 *   so the sidebar never offers a signpost to nothing.
 * Areas and ICBs always come from the main content (check-payload refuses overlays
 * that carry them). Pure: the inputs are not changed.
 *
 * Each overlay must have passed verifyEnvelope + checkFeedPayload (with `overlayBase`)
 * with its own keys first; this function trusts its inputs.
 */
import type { ContentBundle, Message, Service, Synonym, Topic } from '../content/content-schema';

export interface OverlayInput {
  content: Partial<Pick<ContentBundle, 'topics' | 'messages' | 'services' | 'synonyms'>>;
  hide?: readonly string[];
  /** The overlay's name: a main message or service it replaces is marked with it. */
  name?: string;
}

/**
 * Set on a main message or service that an overlay replaced, so the sidebar can say
 * "local version from camden" (review H1). Never read from content: the schema drops
 * unknown fields, so only this merge can set it.
 */
export interface LocalVersionMark {
  localVersionFrom?: string;
}

/** Main items in order (replaced in place), then the overlay's new items in their order. */
function upsert<T>(main: readonly T[], extra: readonly T[] | undefined, key: (t: T) => string, markAs?: string): T[] {
  if (!extra?.length) return [...main];
  const byKey = new Map(extra.map((t) => [key(t), t]));
  const merged = main.map((t) => {
    const replacement = byKey.get(key(t));
    if (!replacement) return t;
    return markAs ? { ...replacement, localVersionFrom: markAs } : replacement;
  });
  const mainKeys = new Set(main.map(key));
  return [...merged, ...extra.filter((t) => !mainKeys.has(key(t)))];
}

export function mergeOverlay(main: ContentBundle, overlay: OverlayInput): ContentBundle {
  const hidden = new Set(overlay.hide ?? []);
  const c = overlay.content;

  const topics: Topic[] = upsert(main.topics, c.topics, (t) => t.id)
    .filter((t) => !hidden.has(t.id))
    .sort((a, b) => a.order - b.order);
  const topicIds = new Set(topics.map((t) => t.id));
  const keepTopics = <T extends { topics: string[] }>(item: T): T | undefined => {
    const remaining = item.topics.filter((t) => topicIds.has(t));
    if (remaining.length === 0) return undefined;
    return remaining.length === item.topics.length ? item : { ...item, topics: remaining };
  };

  const services: Service[] = upsert(main.services, c.services, (s) => s.id, overlay.name)
    .filter((s) => !hidden.has(s.id))
    .flatMap((s) => keepTopics(s) ?? []);
  const serviceIds = new Set(services.map((s) => s.id));

  const messages: Message[] = upsert(main.messages, c.messages, (m) => m.id, overlay.name)
    .filter((m) => !hidden.has(m.id) && topicIds.has(m.topic))
    .map((m) => {
      const links = m.services.filter((s) => serviceIds.has(s));
      return links.length === m.services.length ? m : { ...m, services: links };
    });

  const synonyms: Synonym[] = upsert(main.synonyms, c.synonyms, (s) => s.term).flatMap((s) => keepTopics(s) ?? []);

  // Staff resources are pan-London only: an overlay serves its own area's public services.
  const resources = main.resources.filter((r) => !hidden.has(r.id)).flatMap((r) => keepTopics(r) ?? []);

  // Translations, like resources, come from the main content only (check-payload refuses them in
  // an overlay); those of a hidden topic or message go with it.
  const messageIds = new Set(messages.map((m) => m.id));
  const translations = main.translations.filter((t) =>
    t.message !== undefined ? messageIds.has(t.message) : t.topic !== undefined && topicIds.has(t.topic),
  );

  // Urgent routes come from the main feed only (check-payload refuses them in an overlay). A
  // route whose crisis message an overlay hid still shows, without the message.
  const urgentRoutes = main.urgentRoutes.map((r) =>
    r.message === undefined || messageIds.has(r.message) ? r : { ...r, message: undefined },
  );
  return {
    topics,
    messages,
    services,
    icbs: [...main.icbs],
    areas: [...main.areas],
    synonyms,
    equivalents: [...main.equivalents],
    resources,
    translations,
    urgentRoutes,
    urgentWords: [...main.urgentWords],
  };
}

/** Several overlays, applied in order (a later overlay wins over an earlier one). */
export function mergeOverlays(main: ContentBundle, overlays: readonly OverlayInput[]): ContentBundle {
  return overlays.reduce(mergeOverlay, main);
}
