/**
 * What the freshness check looks at: every link a person is given and every page a fact was
 * taken from (services, messages, staff resources, translations), each tied to the item it
 * belongs to, the boroughs and needs it serves (for the report), the words its page title
 * should contain, and the phone number its source page should show.
 */
import type { ContentBundle, ServiceArea } from '../../../utils/content/content-schema';

export type TargetRole = 'link' | 'source';

export interface CheckTarget {
  /** Stable key of the item, used by the state file and by waivers: `service:camden-quit`. */
  item: string;
  url: string;
  role: TargetRole;
  /** Borough ids, or `national` / `london` for items that serve everyone. */
  boroughs: string[];
  /** Topic ids (the needs). */
  needs: string[];
  /** Names the page's title should contain at least one significant word of. */
  names: string[];
  /** The phone number recorded for the item, checked on its source page only. */
  phone?: string;
  /** The day the item was last compared with its source (`checked` or `reviewed`). */
  checked: string;
}

export interface ReviewItem {
  item: string;
  reviewBy: string;
  boroughs: string[];
  needs: string[];
}

const PAN_LONDON = ['london'];

function boroughsOf(area: ServiceArea): string[] {
  return typeof area === 'string' ? [area] : [...area];
}

export function checkTargets(content: ContentBundle): CheckTarget[] {
  const out: CheckTarget[] = [];
  for (const s of content.services) {
    const base = { item: `service:${s.id}`, boroughs: boroughsOf(s.area), needs: s.topics, checked: s.checked };
    // A service with no public web page has no link to check, only its source.
    if (s.url) out.push({ ...base, url: s.url, role: 'link', names: [s.name, s.organisation] });
    out.push({
      ...base,
      url: s.source.url,
      role: 'source',
      names: [s.name, s.organisation, s.source.title],
      ...(s.phone ? { phone: s.phone } : {}),
    });
  }
  for (const m of content.messages) {
    const base = { item: `message:${m.id}`, boroughs: PAN_LONDON, needs: [m.topic], checked: m.reviewed, role: 'source' as const };
    for (const src of [...m.sources, ...m.facts.map((f) => f.source)]) out.push({ ...base, url: src.url, names: [src.title] });
  }
  for (const r of content.resources) {
    const base = { item: `resource:${r.id}`, boroughs: PAN_LONDON, needs: r.topics, checked: r.checked };
    out.push({ ...base, url: r.url, role: 'link', names: [r.title, r.organisation] });
    out.push({ ...base, url: r.source.url, role: 'source', names: [r.title, r.organisation, r.source.title] });
  }
  const topicOfMessage = new Map(content.messages.map((m) => [m.id, m.topic]));
  for (const set of content.translations) {
    const target = set.message !== undefined ? `message:${set.message}` : `topic:${set.topic}`;
    const need = set.topic ?? topicOfMessage.get(set.message ?? '') ?? '';
    for (const l of set.links) {
      const base = { item: `translation:${target}:${l.code}`, boroughs: PAN_LONDON, needs: [need], checked: set.checked };
      out.push({ ...base, url: l.url, role: 'link', names: [l.title, l.organisation] });
      out.push({ ...base, url: l.source.url, role: 'source', names: [l.source.title, l.organisation] });
    }
  }
  // One item may cite the same page twice (a message's source and a fact's source): check it once.
  const seen = new Set<string>();
  return out.filter((t) => {
    const key = `${t.item} ${t.role} ${t.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function reviewItems(content: ContentBundle): ReviewItem[] {
  const topicOfMessage = new Map(content.messages.map((m) => [m.id, m.topic]));
  return [
    ...content.services.map((s) => ({ item: `service:${s.id}`, reviewBy: s.reviewBy, boroughs: boroughsOf(s.area), needs: s.topics })),
    ...content.messages.map((m) => ({ item: `message:${m.id}`, reviewBy: m.reviewBy, boroughs: PAN_LONDON, needs: [m.topic] })),
    ...content.resources.map((r) => ({ item: `resource:${r.id}`, reviewBy: r.reviewBy, boroughs: PAN_LONDON, needs: r.topics })),
    ...content.translations.map((t) => ({
      item: t.message !== undefined ? `translation:message:${t.message}` : `translation:topic:${t.topic}`,
      reviewBy: t.reviewBy,
      boroughs: PAN_LONDON,
      needs: [t.topic ?? topicOfMessage.get(t.message ?? '') ?? ''],
    })),
  ];
}
