/**
 * How contacts are logged and reported. Defaults here; local settings (and, with
 * managed policy, the organisation) override them. Malformed values fall back to
 * the default instead of breaking logging.
 */
export interface ContactSettings {
  loggingEnabled: boolean;
  /** 'hour' adds the hour to each record; only when the organisation asks for it. */
  dateGranularity: 'day' | 'hour';
  /** Records older than this many days are deleted (unsent ones are kept until sent). */
  retentionDays: number;
  /** Where to upload batches; null = no upload, nothing leaves the browser. */
  uploadEndpoint: string | null;
  organisationCode: string | null;
  organisationName: string | null;
  team: string | null;
  /** Today's count on the toolbar button. */
  badge: boolean;
}

export const DEFAULT_CONTACT_SETTINGS: ContactSettings = {
  loggingEnabled: true,
  dateGranularity: 'day',
  retentionDays: 730,
  uploadEndpoint: null,
  organisationCode: null,
  organisationName: null,
  team: null,
  badge: true,
};

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function resolveContactSettings(stored: Partial<ContactSettings> | null | undefined): ContactSettings {
  const s = stored ?? {};
  const d = DEFAULT_CONTACT_SETTINGS;
  const days = Number(s.retentionDays);
  const endpoint = str(s.uploadEndpoint);
  return {
    loggingEnabled: typeof s.loggingEnabled === 'boolean' ? s.loggingEnabled : d.loggingEnabled,
    dateGranularity: s.dateGranularity === 'hour' ? 'hour' : 'day',
    retentionDays: Number.isFinite(days) && days >= 1 ? Math.floor(days) : d.retentionDays,
    // Records only ever go to an https endpoint (loopback allowed for local testing).
    uploadEndpoint: endpoint && /^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost)[:/])/.test(endpoint) ? endpoint : null,
    organisationCode: str(s.organisationCode),
    organisationName: str(s.organisationName),
    team: str(s.team),
    badge: typeof s.badge === 'boolean' ? s.badge : d.badge,
  };
}
