/**
 * What a local overlay feed may change (security review H1). Without a scope, a feed
 * signed only by one borough's key could rewrite a national crisis line's number, a
 * pan-London message, another borough's clinic, or hide any topic, for every browser
 * that takes the overlay. So each overlay's policy entry declares the areas it serves,
 * and by default the overlay may only:
 *
 *   - add services whose `area` is a list of borough ids inside those areas and whose id
 *     starts with `<name>-`;
 *   - replace or hide main services whose `area` is such a list (its own clinics);
 *   - add, replace or hide messages and topics whose id starts with `<name>-`;
 *   - add synonyms for terms the main content does not have.
 *
 * So everything an overlay adds lives in its own `<name>-` namespace, and an id in another
 * configured overlay's namespace is that overlay's: touching it needs a grant too (security
 * review T3-OVERLAY-CROSS, docs/security-decisions.md). Without this, the weakest overlay key
 * decided whether another overlay's local crisis entries were shown.
 *
 * Anything else (a national or pan-London service, another borough's service, a
 * pan-London message or topic, an existing synonym) needs an explicit grant in policy:
 * its id (a synonym's term) in `allowReplace` or `allowHide`. The extension and
 * `npm run feed -- verify --overlay-of` both run this check.
 */
import type { ContentBundle, ServiceArea } from '../content/content-schema';

export interface OverlayScope {
  /** The overlay's name: its own ids start with `<name>-`. */
  name: string;
  /** Borough (area) ids the overlay serves. */
  areas: readonly string[];
  /** Main ids (synonym terms) it may replace beyond its default scope. */
  allowReplace: readonly string[];
  /** Main ids it may hide beyond its default scope. */
  allowHide: readonly string[];
  /** The names of the other overlays in the same policy: their `<name>-` ids are theirs. */
  otherOverlays?: readonly string[];
}

export interface OverlayChange {
  content: Partial<Pick<ContentBundle, 'topics' | 'messages' | 'services' | 'synonyms'>>;
  hide?: readonly string[];
}

export interface ScopeCheck {
  problems: string[];
  /** `hide` ids that name nothing in the main content nor in another overlay's namespace (a typo hides nothing). */
  unknownHides: string[];
}

function describeArea(area: ServiceArea): string {
  return typeof area === 'string' ? `a ${area === 'national' ? 'national' : 'pan-London'} service` : `a service for ${area.join(', ')}`;
}

/**
 * Which overlay's namespace an id is in: the longest matching name, so that `camden-nhs-…`
 * belongs to an overlay named `camden-nhs`, not to `camden`.
 */
function ownerOf(id: string, names: readonly string[]): string | undefined {
  return names.filter((n) => id.startsWith(`${n}-`)).sort((a, b) => b.length - a.length)[0];
}

export function checkOverlayScope(overlay: OverlayChange, base: ContentBundle, scope: OverlayScope): ScopeCheck {
  const problems: string[] = [];
  const names = [scope.name, ...(scope.otherOverlays ?? []).filter((n) => n !== scope.name)];
  const owner = (id: string) => ownerOf(id, names);
  const own = (id: string) => owner(id) === scope.name;
  /** Another overlay's id (not in the main content): the answer names it. */
  const others = (id: string) => {
    const o = owner(id);
    return o !== undefined && o !== scope.name ? o : undefined;
  };
  // Every borough of the service, not some: a service for Islington and Camden is also Camden's.
  // An empty list (the schema refuses one) would pass `every`, so it is out of scope here too.
  const inScope = (area: ServiceArea) => Array.isArray(area) && area.length > 0 && area.every((a) => scope.areas.includes(a));
  const replaceGranted = new Set(scope.allowReplace);
  const hideGranted = new Set(scope.allowHide);
  const baseServices = new Map(base.services.map((s) => [s.id, s]));
  const baseMessages = new Set(base.messages.map((m) => m.id));
  const baseTopics = new Set(base.topics.map((t) => t.id));
  const baseTerms = new Set(base.synonyms.map((s) => s.term));
  const areas = scope.areas.length ? scope.areas.join(', ') : 'no areas';

  for (const s of overlay.content.services ?? []) {
    const main = baseServices.get(s.id);
    if (replaceGranted.has(s.id)) continue;
    if (main && !inScope(main.area)) {
      problems.push(`service "${s.id}": replacing ${describeArea(main.area)} needs "allowReplace" in policy`);
    } else if (!inScope(s.area)) {
      problems.push(`service "${s.id}": ${describeArea(s.area)} is outside this overlay's areas (${areas})`);
    } else if (!main && others(s.id)) {
      problems.push(`service "${s.id}": it belongs to overlay "${others(s.id)}"; replacing it needs "allowReplace" in policy`);
    } else if (!main && !own(s.id)) {
      problems.push(`service "${s.id}": a local service's id must start with "${scope.name}-"`);
    }
  }
  // Messages and topics follow one rule: the overlay's own namespace, or a grant.
  const named = [
    ['message', overlay.content.messages, baseMessages],
    ['topic', overlay.content.topics, baseTopics],
  ] as const;
  for (const [kind, items, baseIds] of named) {
    for (const { id } of items ?? []) {
      if (own(id) || replaceGranted.has(id)) continue;
      const owner = others(id);
      problems.push(
        baseIds.has(id)
          ? `${kind} "${id}": replacing a pan-London ${kind} needs "allowReplace" in policy`
          : owner
            ? `${kind} "${id}": it belongs to overlay "${owner}"; replacing it needs "allowReplace" in policy`
            : `${kind} "${id}": a local ${kind}'s id must start with "${scope.name}-"`,
      );
    }
  }
  for (const s of overlay.content.synonyms ?? []) {
    if (baseTerms.has(s.term) && !replaceGranted.has(s.term)) {
      problems.push(`synonym "${s.term}": re-pointing a pan-London synonym needs "allowReplace" in policy`);
    }
  }

  const unknownHides: string[] = [];
  for (const id of overlay.hide ?? []) {
    if (hideGranted.has(id)) continue;
    const service = baseServices.get(id);
    if (service) {
      if (!inScope(service.area)) problems.push(`hide "${id}": hiding ${describeArea(service.area)} needs "allowHide" in policy`);
    } else if (baseMessages.has(id) || baseTopics.has(id)) {
      if (!own(id))
        problems.push(`hide "${id}": hiding a pan-London ${baseTopics.has(id) ? 'topic' : 'message'} needs "allowHide" in policy`);
    } else if (others(id)) {
      problems.push(`hide "${id}": it belongs to overlay "${others(id)}"; hiding it needs "allowHide" in policy`);
    } else {
      unknownHides.push(id);
    }
  }
  return { problems, unknownHides };
}
