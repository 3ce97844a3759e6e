/**
 * Validates content files as a whole: each file's shape, then what only the whole
 * set can tell (duplicate ids, dangling references, review dates). Every problem
 * names the file and the item so a publisher can fix it without searching.
 */
import * as z from 'zod/mini';
import { contentSchemas, type ContentBundle, type Service } from './content-schema';
import { CONTENT_SECTIONS, type ContentSection } from './content-sections';
import { emptyBundle } from './merge-content-files';
import { checkTranslations } from './validate-translations';
import { checkUrgentRoutes } from './validate-urgent-routes';
import { nonPublicLink } from './entry-point-url';
import { useEnglishMessages } from './zod-english';

export interface ContentFileInput {
  /** Where the data came from, as shown to the publisher (e.g. `content/messages/alcohol.json`). */
  path: string;
  data: unknown;
  /** Set when the file could not be read as JSON at all. */
  parseError?: string;
}

export interface ContentProblem {
  file: string;
  /** e.g. `message "alcohol-units"`, or `file` when the problem is the file itself. */
  item: string;
  problem: string;
}

export interface ContentValidation {
  bundle: ContentBundle;
  problems: ContentProblem[];
}

const SINGULAR: Record<ContentSection, string> = {
  topics: 'topic',
  messages: 'message',
  services: 'service',
  icbs: 'ICB',
  areas: 'area',
  synonyms: 'synonym',
  equivalents: 'equivalent words',
  resources: 'staff resource',
  translations: 'translations for',
  urgentRoutes: 'urgent route',
  urgentWords: 'urgent word list',
};

/**
 * A file is an object of known sections, each an array; items are checked one by one. Built on
 * first use, like the item schemas (content-schema.ts): not at every worker start.
 */
let fileShape: z.ZodMiniType<Partial<Record<ContentSection, unknown[]>>> | undefined;
function fileShapeSchema() {
  useEnglishMessages();
  return (fileShape ??= z.strictObject({
    $schema: z.optional(z.string()),
    ...Object.fromEntries(CONTENT_SECTIONS.map((s) => [s, z.optional(z.array(z.unknown()))])),
  }) as z.ZodMiniType<Partial<Record<ContentSection, unknown[]>>>);
}

/** Crisis lines, seasonal vaccination and benefit or grant amounts move fast (docs/architecture.md, "Content model"). */
const SHORT_REVIEW_MONTHS = 6;
/**
 * A crisis message must name the emergency route where staff look for what to do (`act`):
 * the content audit found a crisis-marked gambling message without one (docs/clinical-safety.md, H-09).
 */
const EMERGENCY_LINE = /(?<!\d)999(?!\d)/;
const LONG_REVIEW_MONTHS = 12;

/** `YYYY-MM-DD` plus whole months, clamped to the month's last day (31 Aug + 6 → 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.item}: ${p.problem}`;
}

function itemSchema(section: ContentSection): z.ZodMiniType {
  const s = contentSchemas();
  const schemas: Record<ContentSection, z.ZodMiniType> = {
    topics: s.topicSchema,
    messages: s.messageSchema,
    services: s.serviceSchema,
    icbs: s.icbSchema,
    areas: s.areaSchema,
    synonyms: s.synonymSchema,
    equivalents: s.equivalentSchema,
    resources: s.resourceSchema,
    translations: s.translationSetSchema,
    urgentRoutes: s.urgentRouteSchema,
    urgentWords: s.urgentWordsSchema,
  };
  return schemas[section];
}

/** The id an item claims, even when the item is invalid (so its references don't cascade). */
function claimedId(entry: unknown): string | undefined {
  const e = entry as { id?: unknown; term?: unknown; topic?: unknown; message?: unknown } | null;
  // A translation set is named by the topic or message it translates.
  const v = e?.id ?? e?.term ?? e?.message ?? e?.topic;
  return typeof v === 'string' ? v : undefined;
}

export function validateContent(files: ContentFileInput[], today: string): ContentValidation {
  const { bundle, problems, origin, claimed } = parseFiles(files);
  const rules = crossItemRules(problems, origin, today);
  // The order of the checks is the order of the report a publisher reads: ids first, then items.
  const ids = checkIds(bundle, claimed, rules);
  checkMessages(bundle, ids, rules);
  checkServices(bundle, ids, rules, today);
  checkResources(bundle, ids, rules);
  checkTopicRoutes(bundle, ids, rules);
  for (const a of bundle.areas) rules.dangling(a, `area "${a.id}"`, 'ICB', a.icb, ids.icbIds);
  checkSourceHosts(bundle, rules.report);
  checkTranslations(bundle, ids, rules.report, rules.dangling, rules.reviewRules);
  checkUrgentRoutes(bundle, rules.report, rules.reviewRules);
  for (const syn of bundle.synonyms) {
    for (const t of syn.topics) rules.dangling(syn, `synonym "${syn.term}"`, 'topic', t, ids.topicIds);
  }
  return { bundle, problems };
}

/** Ids of invalid items, per section: already reported, so not reported again as missing. */
type ClaimedIds = Record<ContentSection, Set<string>>;

interface ParsedFiles {
  bundle: ContentBundle;
  problems: ContentProblem[];
  /** The file each valid item came from, so a cross-item problem can name it. */
  origin: Map<object, string>;
  claimed: ClaimedIds;
}

/** Each file's shape, then each item against its schema: valid items go into the bundle. */
function parseFiles(files: ContentFileInput[]): ParsedFiles {
  const parsed: ParsedFiles = {
    bundle: emptyBundle(),
    problems: [],
    origin: new Map<object, string>(),
    claimed: Object.fromEntries(CONTENT_SECTIONS.map((s) => [s, new Set<string>()])) as ClaimedIds,
  };
  for (const file of files) parseFile(file, parsed);
  return parsed;
}

function parseFile(file: ContentFileInput, into: ParsedFiles) {
  if (file.parseError !== undefined) {
    into.problems.push({ file: file.path, item: 'file', problem: `is not valid JSON: ${file.parseError}` });
    return;
  }
  const shape = fileShapeSchema().safeParse(file.data);
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      const field = issue.path.map(String).join('.');
      into.problems.push({ file: file.path, item: 'file', problem: field ? `${field}: ${issue.message}` : issue.message });
    }
    return;
  }
  for (const section of CONTENT_SECTIONS) {
    (shape.data[section] ?? []).forEach((entry, index) => parseItem(file.path, section, entry, index, into));
  }
}

function parseItem(path: string, section: ContentSection, entry: unknown, index: number, into: ParsedFiles) {
  const parsed = itemSchema(section).safeParse(entry);
  if (parsed.success) {
    const value = parsed.data as object;
    into.origin.set(value, path);
    (into.bundle[section] as object[]).push(value);
    return;
  }
  const name = claimedId(entry);
  if (name) into.claimed[section].add(name);
  const item = name ? `${SINGULAR[section]} "${name}"` : `${SINGULAR[section]} #${index + 1}`;
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.');
    into.problems.push({ file: path, item, problem: field ? `${field} ${issue.message}` : issue.message });
  }
}

/** What every cross-item rule needs: where an item came from, and how to report a problem with it. */
interface CrossItemRules {
  where: (entry: object) => string;
  report: (entry: object, item: string, problem: string) => void;
  dangling: (entry: object, item: string, kind: string, ref: string, known: Set<string>) => void;
  reviewRules: (entry: object, item: string, from: string, fromName: string, reviewBy: string, fast?: string) => void;
}

function crossItemRules(problems: ContentProblem[], origin: Map<object, string>, today: string): CrossItemRules {
  const where = (entry: object) => origin.get(entry) ?? '(unknown file)';
  const report = (entry: object, item: string, problem: string) => {
    problems.push({ file: where(entry), item, problem });
  };
  const dangling = (entry: object, item: string, kind: string, ref: string, known: Set<string>) => {
    if (!known.has(ref)) report(entry, item, `refers to unknown ${kind} "${ref}"`);
  };
  const reviewRules = (entry: object, item: string, from: string, fromName: string, reviewBy: string, fast?: string) => {
    if (reviewBy < today) report(entry, item, `reviewBy ${reviewBy} has passed: review it against its source and set a new date`);
    if (reviewBy < from) report(entry, item, `reviewBy ${reviewBy} is before ${fromName} ${from}`);
    const months = fast ? SHORT_REVIEW_MONTHS : LONG_REVIEW_MONTHS;
    const limit = addMonths(from, months);
    if (reviewBy > limit) {
      const why = fast ? `a ${fast} item must be reviewed within ${months} months` : `review within ${months} months`;
      report(entry, item, `reviewBy ${reviewBy} is too far from ${fromName} ${from}: ${why} (by ${limit})`);
    }
  };
  return { where, report, dangling, reviewRules };
}

/** The ids each kind of reference may name: valid items' ids plus invalid items' claimed ids. */
interface KnownIds {
  topicIds: Set<string>;
  messageIds: Set<string>;
  serviceIds: Set<string>;
  icbIds: Set<string>;
  areaIds: Set<string>;
}

/** Reports a second item with the same key in one section; returns the keys seen. */
function uniqueKeys<T extends object>(section: ContentSection, items: T[], key: (t: T) => string, rules: CrossItemRules) {
  const seen = new Map<string, T>();
  for (const entry of items) {
    const k = key(entry);
    const first = seen.get(k);
    if (first) {
      rules.report(entry, `${SINGULAR[section]} "${k}"`, `duplicate id (first defined in ${rules.where(first)})`);
    } else {
      seen.set(k, entry);
    }
  }
  return new Set(seen.keys());
}

/** Duplicate ids, per kind. (Synonym terms too: two entries for "fags" would be ambiguous.) */
function checkIds(bundle: ContentBundle, claimed: ClaimedIds, rules: CrossItemRules): KnownIds {
  const knownIds = (section: ContentSection, items: { id: string }[]) =>
    new Set([...uniqueKeys(section, items, (x) => x.id, rules), ...claimed[section]]);
  const ids: KnownIds = {
    topicIds: knownIds('topics', bundle.topics),
    messageIds: knownIds('messages', bundle.messages),
    serviceIds: knownIds('services', bundle.services),
    icbIds: knownIds('icbs', bundle.icbs),
    areaIds: knownIds('areas', bundle.areas),
  };
  uniqueKeys('synonyms', bundle.synonyms, (s) => s.term, rules);
  // A word in two groups would join them: say it once, where it belongs.
  const groupOf = new Map<string, object>();
  for (const group of bundle.equivalents) {
    for (const word of group.words) {
      const first = groupOf.get(word);
      if (first) rules.report(group, `equivalent words "${word}"`, `is in two groups (first in ${rules.where(first)}): put it in one`);
      else groupOf.set(word, group);
    }
  }
  return ids;
}

function checkMessages(bundle: ContentBundle, ids: KnownIds, { report, dangling, reviewRules }: CrossItemRules) {
  for (const m of bundle.messages) {
    const item = `message "${m.id}"`;
    dangling(m, item, 'topic', m.topic, ids.topicIds);
    for (const s of m.services) dangling(m, item, 'service', s, ids.serviceIds);
    reviewRules(m, item, m.reviewed, 'reviewed', m.reviewBy, m.timeSensitive);
    if (m.timeSensitive === 'crisis' && !EMERGENCY_LINE.test(m.act)) {
      report(m, item, 'is marked crisis but its act has no 999 line: say "If someone\'s life is at immediate risk, call 999 or go to A&E"');
    }
  }
}

function checkServices(bundle: ContentBundle, ids: KnownIds, { report, dangling, reviewRules }: CrossItemRules, today: string) {
  for (const s of bundle.services) {
    const item = `service "${s.id}"`;
    for (const t of s.topics) dangling(s, item, 'topic', t, ids.topicIds);
    if (Array.isArray(s.area)) for (const a of s.area) dangling(s, item, 'area', a, ids.areaIds);
    reviewRules(s, item, s.checked, 'checked', s.reviewBy, s.timeSensitive);
    for (const problem of [...linkProblems(s), ...checkedProblems(s, today)]) report(s, item, problem);
  }
}

function checkResources(bundle: ContentBundle, ids: KnownIds, rules: CrossItemRules) {
  uniqueKeys('resources', bundle.resources, (r) => r.id, rules);
  for (const r of bundle.resources) {
    const item = `staff resource "${r.id}"`;
    for (const t of r.topics) rules.dangling(r, item, 'topic', t, ids.topicIds);
    rules.reviewRules(r, item, r.checked, 'checked', r.reviewBy);
  }
}

/** A topic's routes are shown to everyone, so each must be a real service that serves everyone. */
function checkTopicRoutes(bundle: ContentBundle, ids: KnownIds, { report, dangling }: CrossItemRules) {
  const servicesById = new Map(bundle.services.map((s) => [s.id, s]));
  for (const t of bundle.topics) {
    for (const r of t.routes ?? []) {
      dangling(t, `topic "${t.id}"`, 'service', r, ids.serviceIds);
      const route = servicesById.get(r);
      if (route && Array.isArray(route.area)) {
        report(t, `topic "${t.id}"`, `route "${r}" is a borough service: a route must serve everyone (national or london)`);
      }
    }
  }
}

/**
 * The link a person is handed must be a way in (entry-point-url.ts); with no link, the card
 * must still say how to get help, so a phone, text or email is required.
 */
function linkProblems(s: Service): string[] {
  if (s.url === undefined) {
    const problems = s.phone || s.text || s.email ? [] : ['has no url, phone, text or email: the card would give no way to get help'];
    if (s.urlException) problems.push('urlException is set but there is no url');
    return problems;
  }
  const hit = nonPublicLink(s.url);
  if (hit && !s.urlException)
    return [
      `url ${s.url} looks like ${hit.label}, rarely a public entry point: link the service's own public page or self-referral page, ` +
        'leave url out and give the phone or email, or give the reason in urlException',
    ];
  if (!hit && s.urlException) return ['urlException is set but the url does not look like a non-public page: remove it'];
  return [];
}

/**
 * `checked` is the day someone compared the item with its source (docs/content.md, "Honest
 * dates"): it cannot be in the future, nor before the day the source page says it was updated.
 */
function checkedProblems(s: Service, today: string): string[] {
  const problems: string[] = [];
  if (s.checked > today) problems.push(`checked ${s.checked} is in the future: it is the day the item was compared with its source`);
  const updated = s.source.updated;
  // A page dated 2025-03 may have been read any day of that month: compare at its own precision.
  if (updated && s.checked.slice(0, updated.length) < updated)
    problems.push(`checked ${s.checked} is before the source's own date ${updated}: it cannot have been compared with that page`);
  return problems;
}

/**
 * Hosts that are never a source (docs/content.md, "Rules of honesty"): an encyclopaedia, a web
 * archive, or a staging or test copy of a site. The content audit found facts resting on
 * Wikipedia and a staging CDN (docs/clinical-safety.md, H-11).
 */
const NOT_A_SOURCE = /(^|\.)(wikipedia\.org|web\.archive\.org)$|(^|\.)(staging|dev|test)\./;

export function unacceptableSourceHost(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined; // a malformed link is reported by the schema
  }
  return NOT_A_SOURCE.test(host) ? host : undefined;
}

function checkSourceHosts(bundle: ContentBundle, report: (entry: object, item: string, problem: string) => void) {
  const check = (entry: object, item: string, field: string, url: string) => {
    const host = unacceptableSourceHost(url);
    if (host)
      report(
        entry,
        item,
        `${field} is on ${host}, which is not a source: use the organisation's own page, NHS.UK, GOV.UK or the council's`,
      );
  };
  for (const m of bundle.messages) {
    const item = `message "${m.id}"`;
    m.sources.forEach((s, i) => check(m, item, `sources.${i}`, s.url));
    m.keywordSources?.forEach((s, i) => check(m, item, `keywordSources.${i}`, s.url));
    m.facts.forEach((f, i) => check(m, item, `facts.${i}.source`, f.source.url));
  }
  for (const s of bundle.services) check(s, `service "${s.id}"`, 'source', s.source.url);
  for (const r of bundle.resources) check(r, `staff resource "${r.id}"`, 'source', r.source.url);
}
