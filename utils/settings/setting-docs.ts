/**
 * The admin guide's words for each setting: the "Type", "Default" and "Meaning" columns of the
 * settings table in docs/admin.md, which `npx tsx scripts/write-managed-schema.ts` writes from
 * here (with public/managed_schema.json) and a test compares. Keyed by setting name, so a new
 * setting does not type-check until IT's documentation for it exists. Markdown, relative to docs/.
 */
import type { SettingName } from './setting-definitions';

export interface SettingDoc {
  /** The value's shape and range, as IT reads it. */
  type: string;
  /** What applies when nothing is set. */
  default: string;
  meaning: string;
}

export const SETTING_DOCS: Record<SettingName, SettingDoc> = {
  feedUrl: {
    type: 'string (https URL)',
    default: 'none: built-in content',
    meaning: 'Address of the signed content feed.',
  },
  feedName: {
    type: 'string',
    default: '`"pan-london"`',
    meaning: 'The name the signed feed must carry (its `feed` field).',
  },
  trustedKeys: {
    type: 'list of `{"keyid", "publicKey"}`',
    default: '`[]`',
    meaning:
      'Ed25519 public keys (as `npm run feed -- keygen` writes them) trusted **in addition to** the keys built into the extension. Signature checks cannot be switched off.',
  },
  feedThreshold: {
    type: 'integer, 1–16',
    default: '`1`',
    meaning: 'How many different trusted keys must sign a feed.',
  },
  refreshHours: {
    type: 'integer, 1–168',
    default: '`6`',
    meaning: 'How often the feed is checked for updates, in hours.',
  },
  overlayFeeds: {
    type: 'list of `{"name", "url", "trustedKeys", "threshold", "areas", "allowReplace", "allowHide"}`',
    default: '`[]`',
    meaning:
      "A borough's or trust's own signed feeds, merged over the main content ([publishing](publishing.md#10-local-overlay-feeds-boroughs-and-trusts)). `areas` (required) lists the area ids it serves; `allowReplace` and `allowHide` grant it, by id, changes beyond that ([what an overlay may change](#what-an-overlay-may-change)).",
  },
  distrustedKeyIds: {
    type: 'list of key ids (64 hex digits)',
    default: '`[]`',
    meaning: 'Keys never trusted, **including keys built into the extension**: how a leaked key is revoked before a new release.',
  },
  minFeedVersion: {
    type: 'integer, 1 or more',
    default: '`1`',
    meaning:
      'A main feed below this version is refused, even by a browser that has no feed yet (a new PC or a non-persistent VDI profile).',
  },
  borough: {
    type: 'string (area id)',
    default: 'none: staff choose',
    meaning: 'The London area whose local services are shown, e.g. `"hackney"`. Locking it locks the borough picker.',
  },
  organisationCode: {
    type: 'string, up to 40 characters',
    default: 'none',
    meaning: 'e.g. your ODS code. Added to exports and uploads, never stored with each contact.',
  },
  organisationName: {
    type: 'string, up to 200 characters',
    default: 'none',
    meaning: 'Added to exports and uploads.',
  },
  team: {
    type: 'string, up to 200 characters',
    default: 'none',
    meaning: 'Added to exports and uploads.',
  },
  hiddenTopics: {
    type: 'list of topic ids',
    default: '`[]`',
    meaning: 'Topics not shown, e.g. `["drugs"]`.',
  },
  loggingEnabled: {
    type: 'boolean',
    default: '`true`',
    meaning: 'Whether staff can log anonymised contacts.',
  },
  dateGranularity: {
    type: '`"day"` or `"hour"`',
    default: '`"day"`',
    meaning: '`"hour"` also stores the hour of each contact.',
  },
  retentionDays: {
    type: 'integer, 1–3650',
    default: '`730`',
    meaning: 'Contacts older than this are deleted (ones waiting to upload are kept at most 30 days longer, then deleted unsent).',
  },
  uploadEndpoint: {
    type: 'string (https URL)',
    default: 'none: nothing is uploaded',
    meaning: 'Receives batches of contact records ([upload format](evaluation.md#upload-format)).',
  },
  uploadWindowHours: {
    type: 'integer, 0–12',
    default: '`6`',
    meaning:
      "Each browser sends a finished day's contacts at a random time within this many hours after local midnight (a browser off then: within an hour of starting), so uploads are spread out; 0 sends at the first timer run after midnight ([when records are sent](evaluation.md#when-records-are-sent)).",
  },
  toolbarMode: {
    type: '`"popup"` or `"instant"`',
    default: '`"popup"`',
    meaning: 'What the toolbar button does: open the logging popup, or log a contact on every click.',
  },
  badge: {
    type: 'boolean',
    default: '`true`',
    meaning: "Show today's count on the toolbar button.",
  },
  hiddenRefinements: {
    type: 'list of `"level"`, `"outcome"`, `"intention"` or single choices (`"very-brief"`, `"brief"`, `"extended"`, `"information"`, `"signposted"`, `"referral-offered"`, `"referral-accepted"`, `"declined"`)',
    default: 'none',
    meaning:
      'One-tap refinements not offered after a log, in the popup and the sidebar ([evaluation](evaluation.md#what-is-recorded)). The toolbar click still logs at once.',
  },
  modelledImpact: {
    type: 'boolean',
    default: '`false`',
    meaning:
      'Adds the labelled "modelled impact" section to the printable board report ([evaluation](evaluation.md#the-board-report)). Staff can also turn it on for one report.',
  },
  textSize: {
    type: 'integer: 90, 100, 115, 130, 150 or 175',
    default: '`100`',
    meaning:
      "The sidebar's text size in per cent (browser zoom does not reach Chrome's side panel). Staff change it with A− and A+; under `recommended` it is a default they can change, at the top level it is fixed.",
  },
};
