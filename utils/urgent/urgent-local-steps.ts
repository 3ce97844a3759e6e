/**
 * The borough's own step on an urgent card (an urgent route's `local`, content-schema.ts): for a
 * child at risk, the borough's children's services front door, between "call 999" and the
 * national helpline. Only crisis services (timeSensitive "crisis") with a number: the card is for
 * what to do now, and each step is something to dial, with the page it comes from.
 */
import type { ContentBundle, UrgentRoute, UrgentStep } from '../content/content-schema';

export function urgentLocalSteps(
  content: Pick<ContentBundle, 'services'>,
  route: UrgentRoute,
  borough: string | null | undefined,
): UrgentStep[] {
  const local = route.local;
  if (!local || !borough) return [];
  return content.services
    .filter(
      (s) =>
        Array.isArray(s.area) &&
        s.area.includes(borough) &&
        s.topics.includes(local.topic) &&
        s.timeSensitive === 'crisis' &&
        s.phone !== undefined,
    )
    .map((s) => ({ text: `${local.text} ${s.name}.`, phone: s.phone, source: s.source }));
}

/** The card's steps in order: the first (999), the borough's own, then the rest. */
export function urgentSteps(route: UrgentRoute, local: readonly UrgentStep[]): UrgentStep[] {
  return [...route.steps.slice(0, 1), ...local, ...route.steps.slice(1)];
}
