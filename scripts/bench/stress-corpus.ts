/**
 * A deterministic stress corpus: what the content could look like once every
 * borough's services and local overlays are in the feed. Same shape as content/
 * (it passes validateContent), built from realistic words (stress-vocabulary.ts) so
 * the share of records a few typed letters match is like the real thing.
 *
 * The mix (1 message to 4 services, services mostly borough-local) follows the real
 * content, scaled up. Links use example.org (RFC 2606): this is bench data, never content.
 */
import type { ContentBundle, Equivalent, Message, Service, ServiceArea, Synonym } from '../../utils/content/content-schema';
import { seededRandom, type Random } from './seeded-random';
import {
  AUDIENCES,
  BOROUGHS,
  ELIGIBILITY,
  HOURS,
  ICBS,
  MESSAGE_TITLES,
  ORGANISATIONS,
  QUESTIONS,
  SENTENCES,
  SERVICE_NAMES,
  TOPICS,
  type TopicVocabulary,
} from './stress-vocabulary';

export interface StressCorpusOptions {
  /** Messages + services. */
  records: number;
  seed?: number;
}

export const STRESS_RECORDS = 20_000;
const DEFAULT_SEED = 20260601;
/** Share of records that are messages; the rest are services. */
const MESSAGE_SHARE = 0.2;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const fill = (template: string, slots: Record<string, string>) => template.replace(/\{([A-Z])\}/g, (_, k: string) => slots[k] ?? '');

function serviceArea(random: Random): ServiceArea {
  const roll = random.next();
  if (roll < 0.05) return 'national';
  if (roll < 0.1) return 'london';
  const count = random.chance(0.8) ? 1 : random.int(2, 4);
  return random.sample(BOROUGHS, count).map((b) => b.id);
}

function makeService(random: Random, n: number): Service {
  const topic = random.pick(TOPICS);
  const area = serviceArea(random);
  const home = Array.isArray(area) ? BOROUGHS.find((b) => b.id === area[0])! : random.pick(BOROUGHS);
  const place = area === 'national' ? 'England' : area === 'london' ? 'London' : home.name;
  const slots = { B: place, K: random.pick(topic.serviceKinds), A: random.pick(AUDIENCES), S: random.pick(topic.subjects) };
  const extraTopic = random.chance(0.3) ? [random.pick(TOPICS).id] : [];
  const service: Service = {
    id: `stress-service-${n}`,
    name: fill(random.pick(SERVICE_NAMES), slots),
    organisation: fill(random.pick(ORGANISATIONS), slots),
    description: [random.pick(SENTENCES), random.pick(SENTENCES)].map((s) => fill(s, slots)).join(' '),
    url: `https://example.org/services/${n}`,
    selfReferral: random.chance(0.7),
    topics: [...new Set([topic.id, ...extraTopic])],
    area,
    source: { title: 'Generated for the bench', url: 'https://example.org/' },
    checked: '2026-01-01',
    reviewBy: '2027-01-01',
  };
  if (random.chance(0.6)) service.hours = random.pick(HOURS);
  if (random.chance(0.5)) service.eligibility = fill(random.pick(ELIGIBILITY), slots);
  return service;
}

function makeMessage(random: Random, n: number, topic: TopicVocabulary, ofTopic: Service[]): Message {
  const [subject, other] = random.sample(topic.subjects, 2) as [string, string];
  const slots = { S: subject, T: other, A: random.pick(AUDIENCES), B: random.pick(BOROUGHS).name };
  const sentences = (count: number) =>
    random
      .sample(SENTENCES, count)
      .map((s) => fill(s, slots))
      .join(' ');
  return {
    id: `stress-message-${n}`,
    topic: topic.id,
    title: capitalise(fill(random.pick(MESSAGE_TITLES), slots)),
    say: sentences(3),
    ask: fill(random.pick(QUESTIONS), slots),
    assist: sentences(2),
    act: sentences(1),
    facts: random.sample(topic.subjects, random.int(1, 3)).map((s) => ({
      text: `Around ${random.int(2, 9)} in 10 people asked about ${s} said support helped.`,
      source: { title: 'Generated for the bench', url: 'https://example.org/' },
    })),
    sources: [{ title: 'Generated for the bench', url: 'https://example.org/' }],
    services: random.sample(ofTopic, random.int(0, 3)).map((s) => s.id),
    keywords: random.sample([...topic.subjects, ...topic.slang], random.int(3, 7)),
    reviewed: '2026-01-01',
    reviewBy: '2026-12-31',
  };
}

/** Every slang word and subject becomes a synonym; a few are shared between two topics, as in the real list. */
function makeSynonyms(random: Random): Synonym[] {
  const byTerm = new Map<string, Set<string>>();
  for (const topic of TOPICS) {
    for (const term of [...topic.slang, ...topic.subjects]) {
      const set = byTerm.get(term) ?? new Set<string>();
      set.add(topic.id);
      if (random.chance(0.05)) set.add(random.pick(TOPICS).id);
      byTerm.set(term, set);
    }
  }
  return [...byTerm].map(([term, topics]) => ({ term, topics: [...topics] }));
}

/**
 * Words meaning the same, as the real content has them: each topic's slang paired with one of
 * its subjects' words, so a keystroke pays for the lookups as it would on the real content.
 */
function makeEquivalents(): Equivalent[] {
  const groups: Equivalent[] = [];
  const used = new Set<string>();
  const single = (w: string) => /^[a-z]{3,30}$/.test(w) && !used.has(w);
  for (const topic of TOPICS) {
    const words = [...new Set([...topic.slang, ...topic.subjects])].filter(single);
    for (let i = 0; i + 1 < words.length; i += 2) {
      groups.push({ words: [words[i]!, words[i + 1]!] });
      used.add(words[i]!);
      used.add(words[i + 1]!);
    }
  }
  return groups;
}

export function stressCorpus(options: StressCorpusOptions = { records: STRESS_RECORDS }): ContentBundle {
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const messageCount = Math.round(options.records * MESSAGE_SHARE);
  const services = Array.from({ length: options.records - messageCount }, (_, i) => makeService(random, i + 1));
  // Each topic's services, once: filtering all services per message is quadratic at 20,000 records.
  const servicesOf = new Map(TOPICS.map((t) => [t.id, services.filter((s) => s.topics.includes(t.id))]));
  const messages = Array.from({ length: messageCount }, (_, i) =>
    makeMessage(random, i + 1, TOPICS[i % TOPICS.length]!, servicesOf.get(TOPICS[i % TOPICS.length]!.id)!),
  );
  return {
    topics: TOPICS.map((t, i) => ({
      id: t.id,
      title: t.title,
      description: `Messages and services about ${t.title.toLowerCase()}.`,
      order: i + 1,
    })),
    messages,
    services,
    icbs: ICBS,
    areas: BOROUGHS.map((b) => ({ id: b.id, name: b.name, icb: b.icb })),
    synonyms: makeSynonyms(random),
    equivalents: makeEquivalents(),
    resources: [],
    translations: [],
    urgentRoutes: [],
    urgentWords: [],
  };
}
