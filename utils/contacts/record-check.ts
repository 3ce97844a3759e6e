/**
 * Whether a stored contact is still a well-formed record (security review T3-POISON).
 * IndexedDB corruption, a disk error or a future migration bug can leave a record
 * that breaks whatever reads it; each reader checks here first and sets such a record
 * aside instead of failing for every record. The check is the upload schema itself,
 * so "can be drawn" and "can be sent" are the same rule.
 */
import type { ContactRecord } from './contact-record';
import { uploadSchemas } from './upload-format';

const FIELDS = ['id', 'date', 'hour', 'topics', 'services', 'level', 'outcome', 'intention', 'handover', 'via', 'contentVersion'] as const;

/** The record's own fields only, as stored (whatever else a damaged object holds is left out). */
export function recordFields(value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const f of FIELDS) if ((value as Record<string, unknown>)[f] !== undefined) out[f] = (value as Record<string, unknown>)[f];
  return out;
}

/**
 * null for a good record; otherwise a short reason naming the field and what is wrong
 * with its type or form (zod's messages name the expected type, never the value held).
 */
export function recordProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a record';
  const result = uploadSchemas().uploadRecordSchema.safeParse(recordFields(value));
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.') || 'record'}: ${issue.message}`;
}

/** A damaged record, for diagnostics and the evaluation page's download. */
export interface DamagedRecord {
  id: string;
  reason: string;
  /** When the upload set it aside (null: found in the log, not waiting to upload). */
  since: string | null;
  /** The record's own fields as stored, damaged ones included (for IT to look at). */
  record: Record<string, unknown>;
}

export function isContactRecord(value: unknown): value is ContactRecord {
  return recordProblem(value) === null;
}
