/**
 * The whole-content rules for urgent routes (see validate-content.ts for the rest).
 */
import type { ContentBundle } from './content-schema';
import { parsePhone } from './phone-number';
import { compilePattern } from '../urgent/urgent-patterns';

type Report = (entry: object, item: string, problem: string) => void;
type ReviewRules = (entry: object, item: string, from: string, fromName: string, reviewBy: string, fast?: string) => void;

/** The number every urgent route must offer: staff must never be left without it. */
const EMERGENCY_TEL = 'tel:999';

/**
 * Urgent routes (utils/urgent/): each offers 999, its patterns and `unless` patterns can
 * be read, the message it shows below the card is a crisis message, and the topic of its
 * borough step is one the content has. Crisis facts, so
 * reviewed within six months.
 */
export function checkUrgentRoutes(bundle: ContentBundle, report: Report, reviewRules: ReviewRules) {
  const groups = new Map<string, string[]>();
  for (const g of bundle.urgentWords) {
    if (groups.has(g.id)) report(g, `urgent word list "${g.id}"`, 'duplicate id');
    groups.set(g.id, g.words);
  }
  const messages = new Map(bundle.messages.map((m) => [m.id, m]));
  const seen = new Set<string>();
  for (const route of bundle.urgentRoutes) {
    const item = `urgent route "${route.id}"`;
    if (seen.has(route.id)) report(route, item, 'duplicate id');
    seen.add(route.id);
    if (!route.steps.some((step) => step.phone !== undefined && parsePhone(step.phone)?.tel === EMERGENCY_TEL)) {
      report(route, item, 'needs a step with phone "999": every urgent route says when to call 999');
    }
    for (const [field, patterns] of [['patterns', route.patterns] as const, ['unless', route.unless ?? []] as const]) {
      for (const pattern of patterns) {
        const compiled = compilePattern(pattern, groups);
        if (!compiled.ok) report(route, item, `${field}: "${pattern}" ${compiled.problem}`);
      }
    }
    if (route.message !== undefined) {
      const message = messages.get(route.message);
      if (!message) report(route, item, `refers to unknown message "${route.message}"`);
      else if (message.timeSensitive !== 'crisis')
        report(route, item, `message "${route.message}" is not a crisis message (timeSensitive "crisis")`);
    }
    if (route.local && !bundle.topics.some((t) => t.id === route.local!.topic)) {
      report(route, item, `local: refers to unknown topic "${route.local.topic}"`);
    }
    reviewRules(route, item, route.reviewed, 'reviewed', route.reviewBy, 'crisis');
  }
}
