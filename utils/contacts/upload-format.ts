/**
 * Upload format 2 (issue 12): the batch a receiver gets, declared once. The JSON
 * Schema in docs/evaluation.md is generated from this (a test keeps them equal), so
 * a receiver can validate what it is sent against exactly what the extension sends.
 *
 * Version 1 (`mecc-contacts/1`) had no level, intention or handover, and its outcome
 * could be "referred". A batch formed by version 1 before an update is re-sent as the
 * same bytes (utils/db/outbox-store.ts), so a receiver may still see a few version 1
 * batches once after the update.
 */
import { z } from 'zod';
import type { ContactRecord } from './contact-record';
import { HANDOVER_METHODS, LEVELS, OUTCOMES, VIAS } from './contact-record';

export const UPLOAD_SCHEMA = 'mecc-contacts/2';
const MAX_UPLOAD_RECORDS = 500;

const tuple = <T extends string>(values: readonly T[]) => values as unknown as [T, ...T[]];
/**
 * The schemas are built on first use, not when the module loads: the service worker, which
 * imports this for its uploads and cannot import code later, would otherwise build them at
 * every start (issue 18, worker start).
 */
function buildUploadSchemas() {
  const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

  const uploadRecordSchema = z
    .object({
      id: z.string().min(1).max(64).describe('Random record id (UUID v4): unique, says nothing about who or when'),
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .describe('Local calendar date the contact was logged, YYYY-MM-DD'),
      hour: z.number().int().min(0).max(23).optional().describe('Local hour 0-23, only when policy records hours'),
      topics: z.array(slug).describe('Topic ids from the content'),
      services: z.array(slug).describe('Ids of the services signposted to'),
      level: z.enum(tuple(LEVELS)).optional().describe('Absent: logged before levels were recorded ("not recorded")'),
      outcome: z
        .enum(tuple(OUTCOMES))
        .optional()
        .describe('Absent: not recorded. "referral-offered-or-accepted" only on records migrated from "referred"'),
      intention: z
        .literal(true)
        .optional()
        .describe("Present (true) when, by the staff member's account, the person said they would contact the service"),
      handover: z
        .array(z.enum(tuple(HANDOVER_METHODS)))
        .optional()
        .describe('How the service was handed over; the method only'),
      via: z.enum(tuple(VIAS)).describe('How the contact was logged'),
      contentVersion: z
        .string()
        .regex(/^(built-in|feed:\d+|unknown)$/)
        .describe('The content in use'),
    })
    .strict();

  const uploadBatchSchema = z
    .object({
      schema: z.literal(UPLOAD_SCHEMA).describe('The format and its version'),
      batchId: z.string().min(1).describe('Random UUID; the same value as the Idempotency-Key header'),
      organisation: z
        .object({ code: z.string().nullable(), name: z.string().nullable() })
        .strict()
        .nullable()
        .describe('From policy, when either is configured'),
      team: z.string().nullable().describe('From policy or settings, when configured'),
      records: z.array(uploadRecordSchema).min(1).max(MAX_UPLOAD_RECORDS),
    })
    .strict();
  return { uploadRecordSchema, uploadBatchSchema };
}

type UploadSchemas = ReturnType<typeof buildUploadSchemas>;
let built: UploadSchemas | undefined;

/** A record and a batch as a receiver gets them, built the first time they are asked for. */
export function uploadSchemas(): UploadSchemas {
  return (built ??= buildUploadSchemas());
}

export type UploadBatch = z.infer<UploadSchemas['uploadBatchSchema']>;

/** The published JSON Schema (draft 2020-12) of a batch. */
export function uploadJsonSchema(): Record<string, unknown> {
  return { title: `MECC Sidebar upload batch (${UPLOAD_SCHEMA})`, ...z.toJSONSchema(uploadSchemas().uploadBatchSchema) };
}

/** A record as sent: the listed fields only, whatever else a stored object might hold. */
export function uploadRecord(r: ContactRecord): UploadBatch['records'][number] {
  const out: UploadBatch['records'][number] = {
    id: r.id,
    date: r.date,
    topics: [...r.topics],
    services: [...r.services],
    via: r.via,
    contentVersion: r.contentVersion,
  };
  if (typeof r.hour === 'number') out.hour = r.hour;
  if (r.level) out.level = r.level;
  if (r.outcome) out.outcome = r.outcome;
  if (r.intention === true) out.intention = true;
  if (r.handover?.length) out.handover = [...r.handover];
  return out;
}
