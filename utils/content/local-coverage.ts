/**
 * Which borough has a service of its own for each need a front-line worker signposts
 * most, and what stands in where it has none. One answer for the sidebar ("no local
 * service is listed for Hackney yet") and for docs/coverage.md, so they never disagree.
 */
import type { Area, ContentBundle, Service } from './content-schema';

/** The eight signposting needs, as topic ids, in the order a receptionist meets them. */
export const SIGNPOSTING_NEEDS = [
  'smoking',
  'alcohol',
  'drugs',
  'mental-wellbeing',
  'sexual-health',
  'money',
  'housing',
  'domestic-abuse',
] as const;
export type SignpostingNeed = (typeof SIGNPOSTING_NEEDS)[number];

/** The target: a named local service for at least this many of the eight needs in every area. */
export const LOCAL_NEEDS_TARGET = 6;

function isLocal(service: Service): service is Service & { area: string[] } {
  return Array.isArray(service.area);
}

export interface LocalRoutes {
  /** The borough's own services for the topic (a shared trust or council service counts). */
  local: Service[];
  /** National and pan-London services for the topic: the route when there is no local one. */
  fallback: Service[];
}

export function routesFor(content: Pick<ContentBundle, 'services' | 'topics'>, topic: string, borough: string): LocalRoutes {
  const forTopic = content.services.filter((s) => s.topics.includes(topic));
  // The publisher's chosen routes (topic.routes) come first and, when given, are the whole list:
  // "every national service tagged alcohol" would include information sites, not a way in.
  const named = content.topics.find((t) => t.id === topic)?.routes;
  const byId = new Map(content.services.map((s) => [s.id, s]));
  const fallback = named
    ? named.map((id) => byId.get(id)).filter((s): s is Service => s !== undefined && !isLocal(s))
    : forTopic.filter((s) => !isLocal(s));
  return { local: forTopic.filter((s) => isLocal(s) && s.area.includes(borough)), fallback };
}

/**
 * Whether the service is limited to some people for this topic (pregnant smokers only,
 * referral by a professional only…): still shown to staff, but not the area's public route.
 */
export function isRestrictedFor(service: Service, topic: string): boolean {
  const r = service.restricted;
  return r !== undefined && (r.topics === undefined || r.topics.includes(topic));
}

/**
 * A cell counts as local only with a service open to the public for that need; `restricted`
 * lists the local services the area has for it that are limited to some people.
 */
export type CoverageCell =
  | { kind: 'local'; services: Service[] }
  | { kind: 'fallback'; services: Service[]; restricted: Service[] }
  | { kind: 'gap'; restricted: Service[] };

export interface AreaCoverage {
  area: Area;
  cells: Record<SignpostingNeed, CoverageCell>;
  /** How many of the eight needs have a local service open to the public. */
  localNeeds: number;
}

export function coverageOf(content: Pick<ContentBundle, 'areas' | 'services' | 'topics'>): AreaCoverage[] {
  return [...content.areas]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((area) => {
      const cells = {} as Record<SignpostingNeed, CoverageCell>;
      let localNeeds = 0;
      for (const need of SIGNPOSTING_NEEDS) {
        const { local, fallback } = routesFor(content, need, area.id);
        const open = local.filter((s) => !isRestrictedFor(s, need));
        const restricted = local.filter((s) => isRestrictedFor(s, need));
        if (open.length > 0) localNeeds += 1;
        cells[need] = open.length
          ? { kind: 'local', services: open }
          : fallback.length
            ? { kind: 'fallback', services: fallback, restricted }
            : { kind: 'gap', restricted };
      }
      return { area, cells, localNeeds };
    });
}

/**
 * What the sidebar shows beside a topic for the chosen borough: for the eight needs
 * always (so a missing local service is said out loud), for other topics only where
 * some borough has a service of its own. Undefined when there is nothing to show.
 */
export function localRoutesForTopic(
  content: Pick<ContentBundle, 'services' | 'topics'>,
  topic: string,
  borough: string | null,
): LocalRoutes | undefined {
  if (!borough) return undefined;
  const isNeed = (SIGNPOSTING_NEEDS as readonly string[]).includes(topic);
  if (!isNeed && !content.services.some((s) => isLocal(s) && s.topics.includes(topic))) return undefined;
  return routesFor(content, topic, borough);
}
