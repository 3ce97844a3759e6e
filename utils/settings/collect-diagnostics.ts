/**
 * Everything IT needs to see what is in force, for the diagnostics page and a
 * support ticket. Counts only: no contact record, topic or service ever goes in.
 */
import { extensionId, extensionVersion } from '../browser/runtime-info';
import { countContacts } from '../db/contacts-store';
import { getAllFeedStatus, getStoredFeed } from '../db/feed-store';
import { outboxCounts } from '../db/outbox-store';
import { outboxWarnings } from '../contacts/retention';
import { contactSettingsFrom } from './contact-settings';
import { feedErrorMessage, safeDetail } from '../feed/feed-error';
import { mainSource, overlaySources } from '../feed/feed-sources';
import { computeKeyId, decodePublicKey } from '../feed/trusted-keys';
import { currentSettings } from './current-settings';
import { feedSettingsFrom } from './feed-settings';
import type { SettingSource } from './resolve-settings';
import { SETTING_DEFINITIONS, type SettingName } from './setting-definitions';

export interface SettingRow {
  name: SettingName;
  title: string;
  value: unknown;
  source: SettingSource;
  locked: boolean;
  userEditable: boolean;
}

export interface FeedRow {
  source: string;
  url: string;
  version: number | null;
  issued: string | null;
  expires: string | null;
  signedBy: string[];
  lastAttempt: string | null;
  lastSuccess: string | null;
  /** `code: fixed sentence (detail)`; the detail is printable ASCII and truncated (feed-error.ts). */
  lastError: string | null;
  /** The stored content is past its expiry: "healthy" updates (lastSuccess) do not mean fresh content. */
  expired: boolean;
}

export interface DiagnosticsInfo {
  extension: { id: string; version: string };
  browser: string;
  settings: SettingRow[];
  warnings: string[];
  trustedKeyIds: string[];
  feeds: FeedRow[];
  /** `warnings`: records deleted unsent by the outbox's age cap, or close to it (utils/contacts/retention.ts). */
  contacts: { stored: number; outboxRecords: number; outboxBatches: number; warnings: string[] };
}

/** From the code, plus the detail cleaned again: a stored record may come from an older build. */
function describeError(error: { code: string; detail?: string }): string {
  const detail = error.detail ? safeDetail(error.detail) : '';
  return `${safeDetail(error.code, 40)}: ${feedErrorMessage(error.code)}${detail ? ` (${detail})` : ''}`;
}

export async function collectDiagnostics(userAgent: string): Promise<DiagnosticsInfo> {
  const resolved = await currentSettings();
  const feedSettings = feedSettingsFrom(resolved.settings);
  const statuses = new Map((await getAllFeedStatus()).map((s) => [s.source, s]));
  const sources = [mainSource(feedSettings), ...overlaySources(feedSettings)].filter((s) => s !== null);
  const feeds: FeedRow[] = [];
  for (const source of sources) {
    const stored = await getStoredFeed(source.source);
    const status = statuses.get(source.source);
    feeds.push({
      source: source.source,
      url: source.url,
      version: stored?.version ?? null,
      issued: stored?.issued ?? null,
      expires: stored?.expires ?? null,
      signedBy: stored?.keyids ?? [],
      lastAttempt: status?.lastAttempt ?? null,
      lastSuccess: status?.lastSuccess ?? null,
      lastError: status?.lastError ? describeError(status.lastError) : null,
      expired: stored ? Date.parse(stored.expires) <= Date.now() : false,
    });
  }
  const trustedKeyIds: string[] = [];
  for (const key of feedSettings.trustedKeys) {
    try {
      trustedKeyIds.push(await computeKeyId(decodePublicKey(key.publicKey)));
    } catch {
      trustedKeyIds.push(`${key.keyid} (unusable: not an Ed25519 public key)`);
    }
  }
  const outbox = await outboxCounts();
  return {
    extension: { id: extensionId(), version: extensionVersion() },
    browser: userAgent,
    settings: SETTING_DEFINITIONS.map((d) => ({
      name: d.name,
      title: d.title,
      value: resolved.settings[d.name],
      source: resolved.source[d.name],
      locked: resolved.locked.has(d.name),
      userEditable: d.userEditable,
    })),
    warnings: resolved.warnings,
    trustedKeyIds: [...new Set(trustedKeyIds)],
    feeds,
    contacts: {
      stored: await countContacts(),
      outboxRecords: outbox.records,
      outboxBatches: outbox.batches,
      warnings: await outboxWarnings(contactSettingsFrom(resolved.settings)),
    },
  };
}
