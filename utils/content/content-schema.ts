/**
 * The content model, declared once. The TypeScript types, the runtime validator
 * (used by `npm run content:check`, the feed builder and the extension itself) and
 * the published JSON Schema (`content/schema/content.schema.json`) all come from here.
 *
 * Field names follow docs/architecture.md ("Content model"); services lean on Open Referral UK
 * (https://openreferraluk.org/) so local directories can be imported later.
 */
import * as z from 'zod/mini';
import { isPhoneNumber } from './phone-number';
import { stripInvisible } from './plain-text';
import { useEnglishMessages } from './zod-english';

/**
 * At most 500 characters: a longer link does not fit a QR code a phone can scan from a slip,
 * and nobody can read it out (security review T3-QR-LONG, docs/security-decisions.md).
 */
export const MAX_URL_LENGTH = 500;

/*
 * The schemas are built on first use (contentSchemas(), below), not when this module loads:
 * building them is most of zod's cost, and the service worker (which cannot import code later)
 * and every page that needs only the types would otherwise pay it at each start (issue 18).
 * They use zod/mini, whose functions a bundler keeps only when used: classic zod's chained
 * methods bring the whole library (about 90 KB) into the worker, parsed and run at every start.
 * Checks run in the order they are listed, as classic zod ran chained methods: same messages.
 */

/** The building blocks every item uses. */
function fieldSchemas() {
  /** Lower-case words joined by hyphens: stable ids that survive renames of titles. */
  const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'));

  /** Every link we show or follow must be https (staff click these in front of the public), and short (MAX_URL_LENGTH). */
  const httpsUrl = z.string().check(
    z.maxLength(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters: a longer link fits no QR code a phone can scan`),
    z.url(),
    z.refine((value: string) => value.startsWith('https://'), { message: 'must be an https:// link' }),
    // Security review L9: "https://www.nhs.uk@evil.example/" shows nhs.uk and opens evil.example.
    z.refine((value: string) => /^[\x21-\x7e]+$/.test(value) && !value.includes('\\') && !/^https:\/\/[^/?#]*@/.test(value), {
      message: 'must be a plain https:// link: ASCII only, no user name or password, no backslash',
    }),
  );

  /** A calendar date (no time: reviews are by day). */
  const isoDate = z.iso.date();

  /**
   * Any text shown to staff: invisible bidi and zero-width characters removed (plain-text.ts),
   * and a length cap so one item cannot swamp the sidebar (security review L9).
   */
  const text = z.string().check(z.overwrite(stripInvisible), z.trim(), z.minLength(1), z.maxLength(1000));

  /**
   * A language, as BCP 47 tags are written in browsers: `pl`, `ro`, `bn`, `pa-Arab` (Panjabi
   * in Shahmukhi script), `pt-BR`, `zh-Hant`. Names are shown in English and in the language.
   */
  const languageCode = z
    .string()
    .check(
      z.regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/, 'must be a language code such as "pl", "pa-Arab" or "pt-BR"'),
    );

  /** The date a source page shows for itself: as precise as the page is (a year, a month or a day). */
  const pageDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));

  const sourceSchema = z.object({
    title: text,
    url: httpsUrl,
    /** When the page says it was last updated, if it says so; `checked` on the item is when we compared it. */
    updated: z.optional(pageDate),
  });

  /**
   * Facts that move fast get a short review period (≤ 6 months) and are hidden once an
   * expired feed's grace period runs out: a withdrawn crisis line is worse than none.
   */
  const timeSensitiveSchema = z.enum(['crisis', 'seasonal', 'amounts']);
  return { id, httpsUrl, isoDate, text, languageCode, pageDate, sourceSchema, timeSensitiveSchema };
}

type FieldSchemas = ReturnType<typeof fieldSchemas>;

/** Topics and their messages. */
function messageSchemas({ id, isoDate, text, sourceSchema, timeSensitiveSchema }: FieldSchemas) {
  const topicSchema = z.object({
    id,
    title: text,
    description: text,
    order: z.number().check(z.int()),
    /**
     * National or pan-London services (ids) to point to when the chosen borough has no
     * local service for this topic yet: usually an NHS service finder or a national line.
     */
    routes: z.optional(z.array(id)),
  });

  const factSchema = z.object({
    text,
    source: sourceSchema,
  });

  const messageSchema = z.object({
    id,
    topic: id,
    title: text,
    /** The consistent message itself: a few plain-English sentences a worker can say. */
    say: text,
    /** An opening question (Ask). */
    ask: text,
    /** What to offer in the conversation (Assist). */
    assist: text,
    /** Where to point the person next (Act). */
    act: text,
    facts: z.array(factSchema),
    sources: z.array(sourceSchema).check(z.minLength(1, 'needs at least one source')),
    services: z.array(id),
    keywords: z.array(text),
    /**
     * Where the keywords' wording was found: pages that use the words people say for this
     * subject (an NHS trust's or a council's page, FRANK). For whoever maintains the keywords;
     * never shown as the message's sources, which are the guidance its text follows.
     */
    keywordSources: z.optional(z.array(sourceSchema)),
    reviewed: isoDate,
    reviewBy: isoDate,
    timeSensitive: z.optional(timeSensitiveSchema),
  });
  return { topicSchema, messageSchema };
}

/** Translations of a topic or a message. */
function translationSchemas({ id, httpsUrl, isoDate, text, languageCode, sourceSchema }: FieldSchemas) {
  /**
   * Translated material a worker can hand over, from an official or recognised source (NHS,
   * UKHSA/GOV.UK, Doctors of the World, a recognised charity). Never machine translation.
   */
  const translatedLinkSchema = z.object({
    /** The language named in English, e.g. "Polish". */
    language: text,
    /** The language named in itself, e.g. "Polski". */
    nativeName: text,
    code: languageCode,
    /** The translated item's own title, as its publisher gives it. */
    title: text,
    url: httpsUrl,
    organisation: text,
    /** The publisher's page where the translation is listed or linked (often the English original). */
    source: sourceSchema,
  });

  /**
   * Languages looked for and not found from an allowed publisher, with where we looked, so
   * that a gap is a dated, repeatable record rather than silence (issue 19, item 4). The
   * set's `checked` date is the day of the search.
   */
  const notFoundSchema = z.object({
    languages: z.array(languageCode).check(z.minLength(1, 'needs at least one language')),
    /** The searches and sites tried, in words a reviewer can repeat. */
    searched: z.array(text).check(z.minLength(1, 'needs at least one place searched')),
  });

  /**
   * Translations for one topic or one message, kept in their own section so that they can
   * be edited without touching the topic or message itself.
   */
  const translationSetSchema = z
    .object({
      topic: z.optional(id),
      message: z.optional(id),
      links: z.array(translatedLinkSchema),
      notFound: z.optional(notFoundSchema),
      checked: isoDate,
      reviewBy: isoDate,
    })
    .check(
      z.refine((set) => (set.topic === undefined) !== (set.message === undefined), {
        message: 'needs exactly one of topic or message',
      }),
      z.refine((set) => set.links.length > 0 || set.notFound !== undefined, {
        message: 'needs at least one link, or a notFound record of where you looked',
        path: ['links'],
      }),
    );
  return { translatedLinkSchema, translationSetSchema };
}

/** Services people are signposted to. */
function serviceSchemas({ id, httpsUrl, isoDate, text, languageCode, sourceSchema, timeSensitiveSchema }: FieldSchemas) {
  /** `national`, `london`, or the borough ids the service covers. */
  const serviceAreaSchema = z.union([z.literal('national'), z.literal('london'), z.array(id).check(z.minLength(1))]);

  const serviceSchema = z.object({
    id,
    name: text.check(z.maxLength(200)),
    organisation: text,
    description: text,
    /**
     * Where the person should go: a public page about the service, or its booking or
     * self-referral page (never a news story, committee paper or page for professionals:
     * entry-point-url.ts). Absent when the service has no such page; the card then offers the
     * phone, text or email only. Where the facts were found is `source`, which may differ.
     */
    url: z.optional(httpsUrl),
    /**
     * Why `url` is right although it looks like a page that is rarely a public entry point
     * (a news story, a page for professionals…): the check accepts it only with a reason.
     */
    urlException: z.optional(text.check(z.minLength(20, 'must give the reason in a sentence'))),
    /**
     * Set when the service is not open to everyone with the need it is listed under: who it
     * is limited to ("pregnant smokers and the people they live with only", "referral by a
     * professional only"), and for which of its topics (all of them when `topics` is absent).
     * It is still shown, but coverage does not count it as the area's public service there.
     */
    restricted: z.optional(z.object({ reason: text, topics: z.optional(z.array(id).check(z.minLength(1))) })),
    /** As published by the service, e.g. "0300 123 1044". Never invented. One number (phone-number.ts). */
    phone: z.optional(
      text.check(
        z.maxLength(100),
        z.refine(
          isPhoneNumber,
          'must be one phone number (digits, spaces, brackets, hyphens), optionally followed by ", " and a short instruction',
        ),
      ),
    ),
    /** A text-message instruction as published, e.g. "Text SHOUT to 85258". */
    text: z.optional(text),
    email: z.optional(z.email()),
    hours: z.optional(text),
    selfReferral: z.boolean(),
    eligibility: z.optional(text),
    topics: z.array(id).check(z.minLength(1)),
    area: serviceAreaSchema,
    /** Where the contact details were taken from. */
    source: sourceSchema,
    /**
     * The day someone last compared this item's details with its source page: never a date
     * stamped without looking (docs/content.md, "Honest dates").
     */
    checked: isoDate,
    reviewBy: isoDate,
    timeSensitive: z.optional(timeSensitiveSchema),
    /** Languages staff at the service speak or interpret into (not just "interpreters on request"). */
    languages: z.optional(z.array(languageCode)),
  });
  return { serviceAreaSchema, serviceSchema };
}

/** Staff resources, ICBs, areas and search synonyms. */
function directorySchemas({ id, httpsUrl, isoDate, text, languageCode, sourceSchema }: FieldSchemas) {
  /**
   * For the worker, not the public: training, the London MECC framework, toolkits. Shown in a
   * topic's own "For staff" section, never mixed with services a person is signposted to.
   */
  const resourceSchema = z.object({
    id,
    title: text,
    organisation: text,
    description: text,
    url: httpsUrl,
    topics: z.array(id).check(z.minLength(1)),
    source: sourceSchema,
    checked: isoDate,
    reviewBy: isoDate,
  });

  const icbSchema = z.object({
    id,
    name: text,
  });

  const areaSchema = z.object({
    id,
    name: text,
    icb: id,
    /** The area's most common languages after English, most spoken first: their translations are listed first. */
    languages: z.optional(z.array(languageCode)),
  });

  const synonymSchema = z.object({
    term: z.string().check(z.overwrite(stripInvisible), z.trim(), z.minLength(1), z.maxLength(100), z.toLowerCase()),
    topics: z.array(id).check(z.minLength(1)),
  });
  /**
   * Words that mean the same thing in a health, care or money conversation ("wee", "pee",
   * "urine"): a query word is also searched as the others (utils/search/equivalent-words.ts).
   */
  const equivalentSchema = z.object({
    words: z
      .array(
        z
          .string()
          .check(z.overwrite(stripInvisible), z.trim(), z.regex(/^[a-z]{3,30}$/, 'must be one lower-case word of 3 letters or more')),
      )
      .check(z.minLength(2, 'needs at least two words'), z.maxLength(8)),
  });
  return { resourceSchema, icbSchema, areaSchema, synonymSchema, equivalentSchema };
}

/** The urgent floor. */
function urgentSchemas({ id, isoDate, text, sourceSchema }: FieldSchemas) {
  /**
   * An urgent route (docs/search.md, "The urgent floor"): when a query says someone's life
   * is at risk or they are in danger now, this card comes first, before any search result.
   * Its steps tell staff what to do, each with the official page it comes from. Patterns
   * are written in the small language of utils/urgent/urgent-patterns.ts; `unless` patterns
   * stop a false alarm ("killing time"). Only the main feed may carry these.
   */
  const urgentPattern = z.string().check(z.overwrite(stripInvisible), z.trim(), z.minLength(1), z.maxLength(200));

  const urgentStepSchema = z.object({
    /** What to do, in the worker's words: "Call 999 now if …", never what the software found. */
    text,
    /** The number to dial, shown large as a link (phone-number.ts). */
    phone: z.optional(
      text.check(
        z.maxLength(100),
        z.refine(isPhoneNumber, 'must be one phone number, optionally followed by ", " and a short instruction'),
      ),
    ),
    source: sourceSchema,
  });

  const urgentRouteSchema = z.object({
    id,
    /** The card's heading: the situation, e.g. "Risk to life: suicide or self-harm". */
    title: text,
    steps: z.array(urgentStepSchema).check(z.minLength(1, 'needs at least one step')),
    /** The crisis message shown directly below the card. */
    message: z.optional(id),
    /**
     * The borough's own route, where the content lists one: with a borough chosen (or named in
     * the query), each of its crisis services (timeSensitive "crisis") in `topic` becomes a step
     * after the first, `text` followed by the service's name, with its number and its source
     * (utils/urgent/urgent-local-steps.ts). No borough, or none listed: the card is as written.
     */
    local: z.optional(z.object({ topic: id, text })),
    patterns: z.array(urgentPattern).check(z.minLength(1, 'needs at least one pattern')),
    unless: z.optional(z.array(urgentPattern)),
    reviewed: isoDate,
    reviewBy: isoDate,
  });

  /** A named list of words a pattern can use as `@name` ("@self": myself, himself, …). */
  const urgentWordsSchema = z.object({
    id,
    words: z.array(z.string().check(z.overwrite(stripInvisible), z.trim(), z.minLength(1), z.maxLength(50))).check(z.minLength(1)),
  });
  return { urgentRouteSchema, urgentWordsSchema };
}

function buildContentSchemas() {
  useEnglishMessages();
  const fields = fieldSchemas();
  const items = {
    ...messageSchemas(fields),
    ...translationSchemas(fields),
    ...serviceSchemas(fields),
    ...directorySchemas(fields),
    ...urgentSchemas(fields),
  };
  /**
   * One content file. Any file may carry any section; the sections of all files are
   * concatenated. Publishers usually keep one topic's messages per file.
   */
  const contentFileSchema = z.strictObject({
    $schema: z.optional(z.string()),
    topics: z.optional(z.array(items.topicSchema)),
    messages: z.optional(z.array(items.messageSchema)),
    services: z.optional(z.array(items.serviceSchema)),
    icbs: z.optional(z.array(items.icbSchema)),
    areas: z.optional(z.array(items.areaSchema)),
    synonyms: z.optional(z.array(items.synonymSchema)),
    equivalents: z.optional(z.array(items.equivalentSchema)),
    resources: z.optional(z.array(items.resourceSchema)),
    translations: z.optional(z.array(items.translationSetSchema)),
    urgentRoutes: z.optional(z.array(items.urgentRouteSchema)),
    urgentWords: z.optional(z.array(items.urgentWordsSchema)),
  });
  return { ...items, contentFileSchema };
}

type ContentSchemas = ReturnType<typeof buildContentSchemas>;
let built: ContentSchemas | undefined;

/** The content schemas, built the first time they are asked for. */
export function contentSchemas(): ContentSchemas {
  return (built ??= buildContentSchemas());
}

export type Topic = z.infer<ContentSchemas['topicSchema']>;
export type Message = z.infer<ContentSchemas['messageSchema']>;
export type ServiceArea = z.infer<ContentSchemas['serviceAreaSchema']>;
export type Service = z.infer<ContentSchemas['serviceSchema']>;
export type Icb = z.infer<ContentSchemas['icbSchema']>;
export type Area = z.infer<ContentSchemas['areaSchema']>;
export type Synonym = z.infer<ContentSchemas['synonymSchema']>;
export type Equivalent = z.infer<ContentSchemas['equivalentSchema']>;
export type Resource = z.infer<ContentSchemas['resourceSchema']>;
export type TranslatedLink = z.infer<ContentSchemas['translatedLinkSchema']>;
export type TranslationSet = z.infer<ContentSchemas['translationSetSchema']>;
export type UrgentRoute = z.infer<ContentSchemas['urgentRouteSchema']>;
export type UrgentStep = UrgentRoute['steps'][number];
export type UrgentWords = z.infer<ContentSchemas['urgentWordsSchema']>;
export type ContentFile = z.infer<ContentSchemas['contentFileSchema']>;

/** All sections of all files, merged. */
export interface ContentBundle {
  topics: Topic[];
  messages: Message[];
  services: Service[];
  icbs: Icb[];
  areas: Area[];
  synonyms: Synonym[];
  equivalents: Equivalent[];
  resources: Resource[];
  translations: TranslationSet[];
  urgentRoutes: UrgentRoute[];
  urgentWords: UrgentWords[];
}
