/**
 * Every setting, declared once: its policy name, what a valid value is, its default
 * and what it means. From this come the resolved settings, the Chrome/Edge managed
 * schema (public/managed_schema.json, generated and checked by a test), the Firefox
 * policies.json example and the admin guide's table. Policy names are the same in
 * every browser (docs/architecture.md, "Managed policy").
 */
import { isSafeUrl } from '../feed/safe-url';
import { REFINEMENT_IDS } from '../contacts/refinement-options';
import { MAX_TRUSTED_KEYS, type TrustedKey } from '../feed/trusted-keys';

export interface OverlayFeedSetting {
  name: string;
  url: string;
  trustedKeys: TrustedKey[];
  threshold: number;
  /** The borough ids it serves: its services must be inside them (utils/feed/overlay-scope.ts). */
  areas: string[];
  /** Main ids (synonym terms) it may replace, or hide, beyond that default scope. */
  allowReplace: string[];
  allowHide: string[];
}

export interface Settings {
  feedUrl: string | null;
  feedName: string;
  trustedKeys: TrustedKey[];
  feedThreshold: number;
  refreshHours: number;
  overlayFeeds: OverlayFeedSetting[];
  distrustedKeyIds: string[];
  minFeedVersion: number;
  borough: string | null;
  organisationCode: string | null;
  organisationName: string | null;
  team: string | null;
  hiddenTopics: string[];
  loggingEnabled: boolean;
  dateGranularity: 'day' | 'hour';
  retentionDays: number;
  uploadEndpoint: string | null;
  uploadWindowHours: number;
  toolbarMode: 'popup' | 'instant';
  badge: boolean;
  hiddenRefinements: string[];
  modelledImpact: boolean;
  textSize: TextSize;
}

/**
 * The sidebar's text size, in per cent of 16 px. Browser zoom does not reach Chrome's side
 * panel, so the panel has its own; each step keeps the layout whole at 240 px wide.
 */
export const TEXT_SIZES = [90, 100, 115, 130, 150, 175] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export type SettingName = keyof Settings;

/** A JSON-Schema fragment in the subset Chrome's managed_schema understands. */
export type SchemaFragment = Record<string, unknown>;

export interface SettingDefinition<K extends SettingName = SettingName> {
  name: K;
  title: string;
  description: string;
  schema: SchemaFragment;
  default: Settings[K];
  /** The value if valid (with notes on parts dropped), otherwise a reason (the value is then ignored, with a warning). */
  parse: (value: unknown, context: ParseContext) => Parsed<Settings[K]>;
  /**
   * The only settings staff may set for themselves (on the options page). Every other
   * setting is IT's: a value for it in the browser's own storage is ignored (review M1).
   */
  userEditable: boolean;
  /**
   * For settings that guard content or data: what a MALFORMED policy value locks instead
   * of falling back to the default, so a typo in policy fails closed, never open (review M1).
   */
  safeValue?: Settings[K];
}

/** What a value is checked against beyond its own shape. */
export interface ParseContext {
  /** Area ids in the content (content/areas.json): a borough must be one of them. */
  areaIds?: ReadonlySet<string>;
}

export type Parsed<T> = { ok: true; value: T; warnings?: string[] } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const urlOrNull = (v: unknown): Parsed<string | null> =>
  v === null || v === '' ? ok(null) : typeof v === 'string' && isSafeUrl(v) ? ok(v) : bad('must be an https:// URL');
const textOrNull =
  (max: number) =>
  (v: unknown): Parsed<string | null> => {
    if (v === null) return ok(null);
    if (typeof v !== 'string' || v.trim().length > max) return bad(`must be text of at most ${max} characters`);
    return ok(v.trim() || null);
  };
const intIn =
  (min: number, max: number) =>
  (v: unknown): Parsed<number> =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? ok(v) : bad(`must be a whole number from ${min} to ${max}`);
const bool = (v: unknown): Parsed<boolean> => (typeof v === 'boolean' ? ok(v) : bad('must be true or false'));
const oneOf =
  <T extends string>(...values: T[]) =>
  (v: unknown): Parsed<T> =>
    values.includes(v as T) ? ok(v as T) : bad(`must be one of ${values.map((x) => `"${x}"`).join(', ')}`);

function parseKey(v: unknown): TrustedKey | null {
  const k = v as { keyid?: unknown; publicKey?: unknown } | null;
  return typeof k?.keyid === 'string' && /^[0-9a-fA-F]{64}$/.test(k.keyid) && typeof k.publicKey === 'string' && k.publicKey.length > 0
    ? { keyid: k.keyid.toLowerCase(), publicKey: k.publicKey }
    : null;
}
const keys = (v: unknown): Parsed<TrustedKey[]> => {
  if (!Array.isArray(v)) return bad('must be a list of {"keyid", "publicKey"}');
  if (v.length > MAX_TRUSTED_KEYS) return bad(`must list at most ${MAX_TRUSTED_KEYS} keys`);
  const parsed = v.map(parseKey);
  return parsed.every((k): k is TrustedKey => k !== null)
    ? ok(parsed)
    : bad('every entry needs a 64-hex-digit "keyid" and a base64 "publicKey"');
};
const idList = (v: unknown): string[] | null =>
  v === undefined
    ? []
    : Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0 && x.length <= 100)
      ? (v as string[])
      : null;
const overlays = (v: unknown, context: ParseContext): Parsed<OverlayFeedSetting[]> => {
  if (!Array.isArray(v)) return bad('must be a list of overlay feeds');
  const out: OverlayFeedSetting[] = [];
  const warnings: string[] = [];
  for (const [i, o] of v.entries()) {
    const e = o as Record<string, unknown> | null;
    const k = keys(e?.trustedKeys);
    if (typeof e?.name !== 'string' || !SLUG.test(e.name)) return bad(`entry ${i + 1}: "name" must be lower-case words joined by hyphens`);
    if (typeof e.url !== 'string' || !isSafeUrl(e.url)) return bad(`entry ${i + 1}: "url" must be an https:// URL`);
    if (!k.ok || k.value.length === 0) return bad(`entry ${i + 1}: "trustedKeys" must list at least one key`);
    const t = e.threshold === undefined ? 1 : e.threshold;
    if (typeof t !== 'number' || !Number.isInteger(t) || t < 1 || t > 16)
      return bad(`entry ${i + 1}: "threshold" must be a whole number from 1 to 16`);
    const areas = e.areas;
    if (!Array.isArray(areas) || areas.length === 0 || !areas.every((a) => typeof a === 'string' && SLUG.test(a))) {
      return bad(`entry ${i + 1}: "areas" must list the area ids the overlay serves, e.g. ["camden"]`);
    }
    const unknown = context.areaIds ? areas.filter((a) => !context.areaIds!.has(a)) : [];
    if (unknown.length) return bad(`entry ${i + 1}: "areas" has ${unknown.map((a) => `"${a}"`).join(', ')}, not an area id`);
    const allowReplace = idList(e.allowReplace);
    const allowHide = idList(e.allowHide);
    if (!allowReplace || !allowHide) return bad(`entry ${i + 1}: "allowReplace" and "allowHide" must be lists of ids`);
    // One name is one storage slot and one rollback anchor (review L3): the first entry wins.
    if (out.some((x) => x.name === e.name)) {
      warnings.push(`entry ${i + 1} ignored: a second overlay named "${e.name}"`);
      continue;
    }
    out.push({ name: e.name, url: e.url, trustedKeys: k.value, threshold: t, areas: areas as string[], allowReplace, allowHide });
  }
  return { ok: true, value: out, ...(warnings.length ? { warnings } : {}) };
};
const slugList = (v: unknown): Parsed<string[]> =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && SLUG.test(x)) ? ok(v as string[]) : bad('must be a list of topic ids');

const keyIds = (v: unknown): Parsed<string[]> =>
  Array.isArray(v) && v.length <= 256 && v.every((x) => typeof x === 'string' && /^[0-9a-fA-F]{64}$/.test(x))
    ? ok((v as string[]).map((x) => x.toLowerCase()))
    : bad('must be a list of 64-hex-digit key ids');
const borough = (v: unknown, context: ParseContext): Parsed<string | null> => {
  if (v === null || v === '') return ok(null);
  if (typeof v !== 'string' || !SLUG.test(v)) return bad('must be an area id such as "hackney"');
  // Well-formed but unknown ("hackny"): refused, or the picker would be locked on a blank.
  if (context.areaIds && !context.areaIds.has(v)) return bad(`"${v}" is not an area id (see content/areas.json)`);
  return ok(v);
};

/** distrustedKeyIds' safe value: distrust every key, so no feed is accepted. */
export const DISTRUST_ALL = '*';

const keySchema: SchemaFragment = {
  type: 'object',
  properties: { keyid: { type: 'string' }, publicKey: { type: 'string' } },
};

function def<K extends SettingName>(d: SettingDefinition<K>): SettingDefinition<K> {
  return d;
}

export const SETTING_DEFINITIONS = [
  def({
    name: 'feedUrl',
    title: 'Content feed URL',
    description: 'The https address of the signed content feed. Empty: use the content built into the extension.',
    schema: { type: 'string' },
    default: null,
    parse: urlOrNull,
    userEditable: false,
  }),
  def({
    name: 'feedName',
    title: 'Content feed name',
    description: 'The name the signed feed must carry (its "feed" field), e.g. "pan-london".',
    schema: { type: 'string' },
    default: 'pan-london',
    parse: (v) => (typeof v === 'string' && SLUG.test(v) ? ok(v) : bad('must be lower-case words joined by hyphens')),
    userEditable: false,
  }),
  def({
    name: 'trustedKeys',
    title: 'Additional trusted feed keys',
    description:
      'Ed25519 public keys, as written by `npm run feed -- keygen`, trusted IN ADDITION to the keys built into the extension. Verification cannot be switched off.',
    schema: { type: 'array', items: keySchema },
    default: [],
    parse: keys,
    userEditable: false,
    safeValue: [],
  }),
  def({
    name: 'feedThreshold',
    title: 'Signatures required',
    description: 'How many different trusted keys must sign a feed (at least 1).',
    schema: { type: 'integer' },
    default: 1,
    parse: intIn(1, 16),
    userEditable: false,
    // More signatures than there can be keys: nothing is accepted until policy is fixed.
    safeValue: 16,
  }),
  def({
    name: 'refreshHours',
    title: 'Update check interval (hours)',
    description: 'How often to check the feed for updates, from 1 to 168 hours.',
    schema: { type: 'integer' },
    default: 6,
    parse: intIn(1, 168),
    userEditable: false,
  }),
  def({
    name: 'overlayFeeds',
    title: 'Local overlay feeds',
    description: "A borough's or trust's own signed feeds, merged over the main content; each has its own URL and keys.",
    schema: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          url: { type: 'string' },
          trustedKeys: { type: 'array', items: keySchema },
          threshold: { type: 'integer' },
          areas: { type: 'array', items: { type: 'string' } },
          allowReplace: { type: 'array', items: { type: 'string' } },
          allowHide: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    default: [],
    parse: overlays,
    userEditable: false,
    safeValue: [],
  }),
  def({
    name: 'distrustedKeyIds',
    title: 'Distrusted feed keys',
    description: 'Key ids (64 hex digits) never trusted, even when built into the extension: how a leaked key is revoked before a release.',
    schema: { type: 'array', items: { type: 'string' } },
    default: [],
    parse: keyIds,
    userEditable: false,
    safeValue: [DISTRUST_ALL],
  }),
  def({
    name: 'minFeedVersion',
    title: 'Lowest feed version accepted',
    description: 'A main feed below this version is refused, even on a new profile with no feed stored yet.',
    schema: { type: 'integer' },
    default: 1,
    parse: intIn(1, Number.MAX_SAFE_INTEGER),
    userEditable: false,
    safeValue: Number.MAX_SAFE_INTEGER,
  }),
  def({
    name: 'borough',
    title: 'Borough',
    description:
      'The London local authority area whose local services are shown (an area id such as "hackney"). Set it to lock the borough picker.',
    schema: { type: 'string' },
    default: null,
    parse: borough,
    userEditable: true,
  }),
  def({
    name: 'organisationCode',
    title: 'Organisation code',
    description: 'e.g. an ODS code; added to exports and uploads, never stored with each contact.',
    schema: { type: 'string' },
    default: null,
    parse: textOrNull(40),
    userEditable: false,
  }),
  def({
    name: 'organisationName',
    title: 'Organisation name',
    description: 'Added to exports and uploads.',
    schema: { type: 'string' },
    default: null,
    parse: textOrNull(200),
    userEditable: false,
  }),
  def({
    name: 'team',
    title: 'Team',
    description: 'Added to exports and uploads.',
    schema: { type: 'string' },
    default: null,
    parse: textOrNull(200),
    userEditable: true,
  }),
  def({
    name: 'hiddenTopics',
    title: 'Hidden topics',
    description: 'Topic ids not shown in the sidebar or the popup, e.g. ["drugs"].',
    schema: { type: 'array', items: { type: 'string' } },
    default: [],
    parse: slugList,
    userEditable: false,
  }),
  def({
    name: 'loggingEnabled',
    title: 'Contact logging',
    description: 'Whether staff can log anonymised contacts.',
    schema: { type: 'boolean' },
    default: true,
    parse: bool,
    userEditable: false,
  }),
  def({
    name: 'dateGranularity',
    title: 'Date detail',
    description: '"day" (default) stores the date only; "hour" also stores the hour of each contact.',
    schema: { type: 'string', enum: ['day', 'hour'] },
    default: 'day',
    parse: oneOf('day', 'hour'),
    userEditable: false,
  }),
  def({
    name: 'retentionDays',
    title: 'Keep contacts for (days)',
    description: 'Contacts older than this are deleted (ones waiting to upload are kept at most 30 days longer). 1 to 3650.',
    schema: { type: 'integer' },
    default: 730,
    parse: intIn(1, 3650),
    userEditable: false,
  }),
  def({
    name: 'uploadEndpoint',
    title: 'Upload endpoint',
    description: 'https address that receives batches of contacts (docs/evaluation.md). Empty: nothing leaves the browser.',
    schema: { type: 'string' },
    default: null,
    parse: urlOrNull,
    userEditable: false,
    safeValue: null,
  }),
  def({
    name: 'uploadWindowHours',
    title: 'Upload window (hours after midnight)',
    description:
      "Each browser sends a finished day's contacts at a random time within this many hours after local midnight (a browser off then: within an hour of starting), so uploads are spread out. 0 to 12; 0 sends at the first timer run after midnight.",
    schema: { type: 'integer' },
    default: 6,
    parse: intIn(0, 12),
    userEditable: false,
  }),
  def({
    name: 'toolbarMode',
    title: 'Toolbar button',
    description: '"popup" (default) opens the logging popup; "instant" logs a contact on every click.',
    schema: { type: 'string', enum: ['popup', 'instant'] },
    default: 'popup',
    parse: oneOf('popup', 'instant'),
    userEditable: true,
  }),
  def({
    name: 'badge',
    title: "Today's count on the toolbar button",
    description: 'Show how many contacts were logged today on the toolbar button.',
    schema: { type: 'boolean' },
    default: true,
    parse: bool,
    userEditable: true,
  }),
  def({
    name: 'hiddenRefinements',
    title: 'Hidden refinements',
    description:
      'One-tap refinements not offered after a log, in the popup and the sidebar: "level", "outcome" or "intention" for a whole group, or single choices such as "extended" or "declined".',
    schema: { type: 'array', items: { type: 'string', enum: [...REFINEMENT_IDS] } },
    default: [],
    parse: (v) =>
      Array.isArray(v) && v.every((x) => REFINEMENT_IDS.includes(x as never))
        ? ok([...new Set(v as string[])])
        : bad(`must be a list of ${REFINEMENT_IDS.map((x) => `"${x}"`).join(', ')}`),
    userEditable: false,
  }),
  def({
    name: 'modelledImpact',
    title: 'Modelled impact in the board report',
    description:
      'Adds the "modelled impact" section (smoking, alcohol, physical activity: ranges from published rates, labelled as a model) to the printable board report. Off by default.',
    schema: { type: 'boolean' },
    default: false,
    parse: bool,
    userEditable: true,
  }),
  def({
    name: 'textSize',
    title: 'Sidebar text size (%)',
    description: `Text size in the sidebar, in per cent: ${TEXT_SIZES.join(', ')}. Staff change it with the A− and A+ buttons; set it under "recommended" for a default they can change, or directly to fix it.`,
    schema: { type: 'integer', enum: [...TEXT_SIZES] },
    default: 100,
    parse: (v) => (TEXT_SIZES.includes(v as TextSize) ? ok(v as TextSize) : bad(`must be one of ${TEXT_SIZES.join(', ')}`)),
    userEditable: true,
  }),
] as const satisfies readonly SettingDefinition[];

export const DEFAULT_SETTINGS = Object.fromEntries(SETTING_DEFINITIONS.map((d) => [d.name, d.default])) as unknown as Settings;

/** The key under which policy may give defaults the user can still change. */
export const RECOMMENDED_KEY = 'recommended';
