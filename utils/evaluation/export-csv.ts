/**
 * The two CSV exports (columns documented in docs/evaluation.md):
 * - contacts: one row per record, as stored;
 * - weekly summary: one row per ISO week, zero-filled, one column per topic.
 *
 * RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): CRLF line endings, a field with a
 * comma, double quote, CR or LF is wrapped in double quotes with quotes doubled. We also
 * quote a `;`, because Excel in many European locales splits on it.
 *
 * CSV injection (https://owasp.org/www-community/attacks/CSV_Injection): a cell that
 * starts with = + - @, a tab or a CR can run as a formula in Excel or LibreOffice, so
 * it gets a leading `'`. Organisation names come from policy and topic/service ids
 * from a feed, so neither is trusted.
 *
 * Built as an array of lines and one join: 100,000 records export in well under a second.
 */
import type { ContactRecord } from '../contacts/contact-record';
import { allWeeks } from './aggregate';

/** Who the export is for: from policy/settings, added to every row, never stored per record. */
export interface ExportOrganisation {
  code: string | null;
  name: string | null;
  team: string | null;
}

export const NO_ORGANISATION: ExportOrganisation = { code: null, name: null, team: null };

/** The contacts export, format 2 (issue 12: level, intention, handover). Import reads this and format 1. */
export const CONTACT_COLUMNS = [
  'id',
  'date',
  'hour',
  'topics',
  'services',
  'level',
  'outcome',
  'said_will_contact',
  'handover',
  'logged_via',
  'content_version',
] as const;
/** The contacts export before issue 12 (still accepted by the import). */
export const CONTACT_COLUMNS_V1 = ['id', 'date', 'hour', 'topics', 'services', 'outcome', 'logged_via', 'content_version'] as const;

const SUMMARY_COLUMNS = ['week_start', 'contacts', 'signposted'] as const;

/** Separator inside the topics and services cells. Ids never contain it (lower-case words and hyphens). */
export const LIST_SEPARATOR = ';';

const EOL = '\r\n';
// Also the full-width forms, which some spreadsheet versions normalise to the ASCII ones.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/** One CSV field: formula-neutralised, then quoted if RFC 4180 needs it. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The organisation/team columns, only for what is configured (so nothing is invented). */
export function organisationColumns(org: ExportOrganisation): { header: string[]; cells: string[] } {
  const header: string[] = [];
  const cells: string[] = [];
  if (org.code !== null || org.name !== null) {
    header.push('organisation_code', 'organisation_name');
    cells.push(csvCell(org.code), csvCell(org.name));
  }
  if (org.team !== null) {
    header.push('team');
    cells.push(csvCell(org.team));
  }
  return { header, cells };
}

/**
 * Raw rows: every record as stored, plus the configured organisation/team on every row,
 * except records in `origins` (read from another browser's export), which keep the
 * organisation and team their own row named (T3-IMPORT-ORG), empty if it named none.
 */
export function contactsCsv(
  records: readonly ContactRecord[],
  organisation: ExportOrganisation = NO_ORGANISATION,
  origins: ReadonlyMap<string, ExportOrganisation> = new Map(),
): string {
  // The columns any row needs; then each row's own values in them.
  const all = [organisation, ...origins.values()];
  const hasOrganisation = all.some((o) => o.code !== null || o.name !== null);
  const hasTeam = all.some((o) => o.team !== null);
  const header = [...(hasOrganisation ? ['organisation_code', 'organisation_name'] : []), ...(hasTeam ? ['team'] : [])];
  const tailOf = (o: ExportOrganisation) =>
    (header.includes('organisation_code') ? `,${csvCell(o.code)},${csvCell(o.name)}` : '') +
    (header.includes('team') ? `,${csvCell(o.team)}` : '');
  // The same trailing cells on every own row: escape them once.
  const ownTail = tailOf(organisation);
  const lines = new Array<string>(records.length + 1);
  lines[0] = [...CONTACT_COLUMNS, ...header].join(',');
  for (let i = 0; i < records.length; i += 1) {
    const r = records[i]!;
    const origin = origins.get(r.id);
    const orgTail = origin ? tailOf(origin) : ownTail;
    lines[i + 1] =
      csvCell(r.id) +
      ',' +
      csvCell(r.date) +
      ',' +
      (typeof r.hour === 'number' ? String(r.hour) : '') +
      ',' +
      csvCell(r.topics.join(LIST_SEPARATOR)) +
      ',' +
      csvCell(r.services.join(LIST_SEPARATOR)) +
      ',' +
      csvCell(r.level) +
      ',' +
      csvCell(r.outcome) +
      ',' +
      (r.intention === true ? 'yes' : '') +
      ',' +
      csvCell(r.handover?.join(LIST_SEPARATOR)) +
      ',' +
      csvCell(r.via) +
      ',' +
      csvCell(r.contentVersion) +
      orgTail;
  }
  return lines.join(EOL) + EOL;
}

export interface WeeklySummaryOptions {
  /** Today's local date: the summary runs up to this week. */
  today: string;
  /**
   * Topic ids in column order (the content's order). Every one gets a column, even if
   * never logged, so successive exports line up; ids found only in records (retired
   * topics) are added after them, alphabetically.
   */
  topicIds: readonly string[];
  organisation?: ExportOrganisation;
}

/** One row per ISO week from the first record's week to this week, weeks without contacts included. */
export function weeklySummaryCsv(records: readonly ContactRecord[], options: WeeklySummaryOptions): string {
  const rows = allWeeks(records, options.today);
  const listed = new Set(options.topicIds);
  const extra = new Set<string>();
  for (const row of rows) for (const id of row.byTopic.keys()) if (!listed.has(id)) extra.add(id);
  const topics = [...options.topicIds, ...[...extra].sort()];
  const org = organisationColumns(options.organisation ?? NO_ORGANISATION);
  const lines = [[...SUMMARY_COLUMNS, ...topics, ...org.header].map((h) => csvCell(h)).join(',')];
  for (const row of rows) {
    lines.push(
      [row.weekStart, row.contacts, row.signposted, ...topics.map((t) => row.byTopic.get(t) ?? 0)].map(csvCell).concat(org.cells).join(','),
    );
  }
  return lines.join(EOL) + EOL;
}
