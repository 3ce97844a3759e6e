/**
 * Reading contacts CSV exports from other browsers (issue 12: combining a team's logs
 * without a server). Files are read in the page and never stored. Only our own
 * exports are accepted, format 2 or the earlier format 1; anything else is refused as
 * a whole with a clear reason, so a half-read file never skews the figures. The one
 * exception is a row dated outside 2020 to tomorrow (T3-IMPORT-DATES): a clock set
 * wrong on one computer, so that row alone is left out, by line number, and the rest
 * of the file is kept.
 */
import type { ContactRecord } from '../contacts/contact-record';
import { HANDOVER_METHODS, LEGACY_REFERRED, LEVELS, OUTCOMES, VIAS } from '../contacts/contact-record';
import { CONTACT_COLUMNS, CONTACT_COLUMNS_V1, LIST_SEPARATOR, type ExportOrganisation } from './export-csv';
import { localDate } from '../contacts/new-contact';
import { EARLIEST_CONTACT_DATE, isPlausibleContactDate, latestContactDate } from '../contacts/plausible-date';
import { isIsoDate } from '../contacts/week';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportResult =
  | {
      ok: true;
      records: ContactRecord[];
      format: 1 | 2;
      /** One sentence per row left out (a date outside the plausible range), with its line number. */
      skipped: string[];
      /**
       * Record id → the organisation and team its row names (T3-IMPORT-ORG): every record,
       * with nulls when the file has no such columns. Kept in memory only, like the records.
       */
      origins: Map<string, ExportOrganisation>;
    }
  | { ok: false; reason: string };

export interface ImportOptions {
  /** This computer's local date (YYYY-MM-DD): rows dated after the next day are left out. Default: now. */
  today?: string;
}

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF or LF). Throws on an unterminated quote. */
function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('a quoted field is not closed');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NOT_OURS = 'is not a MECC Sidebar contacts export (download one from "Download contacts (CSV)" on the evaluation page)';

// Our export writes a `'` before a cell starting with = + - @ (etc.), so spreadsheets do not
// run it as a formula; reading our own export back, that `'` is ours and comes off again
// (T3-IMPORT-REEXPORT). Only before those characters: any other `'` stays, and is refused.
const FORMULA_GUARDED = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const unguard = (cell: string) => (FORMULA_GUARDED.test(cell) ? cell.slice(1) : cell);

function list(cell: string, ok: (v: string) => boolean): string[] | null {
  if (cell === '') return [];
  const parts = cell.split(LIST_SEPARATOR);
  return parts.every(ok) ? parts : null;
}

function rowToRecord(cells: Record<string, string>, format: 1 | 2): ContactRecord | string {
  const { id = '', date = '', hour = '' } = cells;
  if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) return 'the id is missing or not a record id';
  if (!isIsoDate(date)) return `"${date.slice(0, 20)}" is not a date (YYYY-MM-DD)`;
  const record: ContactRecord = { id, date, topics: [], services: [], via: 'popup', contentVersion: 'unknown' };
  if (hour !== '') {
    if (!/^(?:[0-9]|1[0-9]|2[0-3])$/.test(hour)) return 'the hour is not 0 to 23';
    record.hour = Number(hour);
  }
  const topics = list(cells.topics ?? '', (v) => SLUG.test(v));
  const services = list(cells.services ?? '', (v) => SLUG.test(v));
  if (!topics || !services) return 'a topic or service is not an id';
  record.topics = topics;
  record.services = services;
  const outcome = cells.outcome ?? '';
  if (outcome === 'referred' && format === 1) record.outcome = LEGACY_REFERRED;
  else if (outcome !== '') {
    if (!OUTCOMES.includes(outcome as never)) return `"${outcome.slice(0, 30)}" is not an outcome`;
    record.outcome = outcome as ContactRecord['outcome'];
  }
  if (format === 2) {
    const level = cells.level ?? '';
    if (level !== '') {
      if (!LEVELS.includes(level as never)) return `"${level.slice(0, 30)}" is not a level`;
      record.level = level as ContactRecord['level'];
    }
    const said = cells.said_will_contact ?? '';
    if (said !== '' && said !== 'yes') return 'said_will_contact is neither "yes" nor empty';
    if (said === 'yes') record.intention = true;
    const handover = list(cells.handover ?? '', (v) => HANDOVER_METHODS.includes(v as never));
    if (!handover) return 'a handover is not one of the listed methods';
    if (handover.length) record.handover = HANDOVER_METHODS.filter((m) => handover.includes(m));
  }
  const via = cells.logged_via ?? '';
  if (!VIAS.includes(via as never)) return `"${via.slice(0, 30)}" is not a way of logging`;
  record.via = via as ContactRecord['via'];
  const version = cells.content_version ?? '';
  if (!/^(built-in|feed:\d+|unknown)$/.test(version)) return 'the content version is not "built-in" or "feed:<n>"';
  record.contentVersion = version;
  return record;
}

/** Reads one export. `name` is only for the messages. */
export function parseContactsExport(name: string, text: string, options: ImportOptions = {}): ImportResult {
  const today = options.today ?? localDate();
  const skipped: string[] = [];
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let rows: string[][];
  try {
    rows = parseCsvRows(source);
  } catch {
    return { ok: false, reason: `${name} ${NOT_OURS}: it is not a well-formed CSV file.` };
  }
  const header = rows[0] ?? [];
  const starts = (cols: readonly string[]) => cols.every((c, i) => header[i] === c);
  const format = starts(CONTACT_COLUMNS) ? 2 : starts(CONTACT_COLUMNS_V1) ? 1 : null;
  if (format === null) return { ok: false, reason: `${name} ${NOT_OURS}: its first line is not our column names.` };
  const records: ContactRecord[] = [];
  const origins = new Map<string, ExportOrganisation>();
  for (let i = 1; i < rows.length; i += 1) {
    const cells = rows[i]!;
    if (cells.length === 1 && cells[0] === '') continue; // a blank line
    if (cells.length !== header.length)
      return {
        ok: false,
        reason: `${name}, line ${i + 1}: it has ${cells.length} columns, the header ${header.length}. Nothing was imported from this file.`,
      };
    const named = Object.fromEntries(header.map((h, j) => [h, unguard(cells[j]!)]));
    const record = rowToRecord(named, format);
    if (typeof record === 'string') return { ok: false, reason: `${name}, line ${i + 1}: ${record}. Nothing was imported from this file.` };
    if (!isPlausibleContactDate(record.date, today)) {
      skipped.push(
        `${name}, line ${i + 1}: the date ${record.date} is outside ${EARLIEST_CONTACT_DATE} to ${latestContactDate(today)}; this row was left out.`,
      );
      continue;
    }
    records.push(record);
    origins.set(record.id, {
      code: named.organisation_code || null,
      name: named.organisation_name || null,
      team: named.team || null,
    });
  }
  return { ok: true, records, format, skipped, origins };
}

export interface Combined {
  records: ContactRecord[];
  /** Rows skipped because a record with the same id was already counted. */
  duplicates: number;
  /** Record id → organisation and team, for each record taken from a file (not this browser's own). */
  origins: Map<string, ExportOrganisation>;
}

/**
 * Each contact once, by record id: this browser's records first, then each file's in
 * turn; a record taken from a file keeps the organisation and team its file gave it.
 */
export function combineRecords(
  own: readonly ContactRecord[],
  imported: ReadonlyArray<readonly ContactRecord[]>,
  importedOrigins: ReadonlyArray<ReadonlyMap<string, ExportOrganisation>> = [],
): Combined {
  const seen = new Set<string>();
  const records: ContactRecord[] = [];
  const origins = new Map<string, ExportOrganisation>();
  let duplicates = 0;
  [own, ...imported].forEach((list, i) => {
    for (const r of list) {
      if (seen.has(r.id)) duplicates += 1;
      else {
        seen.add(r.id);
        records.push(r);
        const origin = i > 0 ? importedOrigins[i - 1]?.get(r.id) : undefined;
        if (origin) origins.set(r.id, origin);
      }
    }
  });
  records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { records, duplicates, origins };
}

/**
 * The organisation and team to name on a summary or the board report of combined records
 * (T3-IMPORT-ORG): each field's distinct values, this browser's first, joined with " + ";
 * just this browser's when every imported row shares them.
 */
export function combinedOrganisation(own: ExportOrganisation, origins: ReadonlyMap<string, ExportOrganisation>): ExportOrganisation {
  const field = (key: keyof ExportOrganisation): string | null => {
    const values = new Set([own[key], ...[...origins.values()].map((o) => o[key])].filter((v): v is string => v !== null));
    return values.size ? [...values].join(' + ') : null;
  };
  return { code: field('code'), name: field('name'), team: field('team') };
}
