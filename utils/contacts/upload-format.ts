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
import * as z from 'zod/mini';
import { useEnglishMessages } from '../content/zod-english';
import type { ContactRecord } from './contact-record';
import { HANDOVER_METHODS, LEVELS, OUTCOMES, VIAS } from './contact-record';

export const UPLOAD_SCHEMA = 'mecc-contacts/2';
const MAX_UPLOAD_RECORDS = 500;

const tuple = <T extends string>(values: readonly T[]) => values as unknown as [T, ...T[]];
/**
 * The schemas are built on first use, not when the module loads: the service worker, which
 * imports this for its uploads and cannot import code later, would otherwise build them at
 * every start (issue 18, worker start). zod/mini for the same reason (content-schema.ts).
 * `z.describe` is the description classic zod's `.describe()` gave: the JSON Schema's text.
 */
function buildUploadSchemas() {
  useEnglishMessages();
  const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
  const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

  const uploadRecordSchema = z.strictObject({
    id: described(z.string().check(z.minLength(1), z.maxLength(64)), 'Random record id (UUID v4): unique, says nothing about who or when'),
    date: described(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), 'Local calendar date the contact was logged, YYYY-MM-DD'),
    hour: described(z.optional(z.number().check(z.int(), z.gte(0), z.lte(23))), 'Local hour 0-23, only when policy records hours'),
    topics: described(z.array(slug), 'Topic ids from the content'),
    services: described(z.array(slug), 'Ids of the services signposted to'),
    level: described(z.optional(z.enum(tuple(LEVELS))), 'Absent: logged before levels were recorded ("not recorded")'),
    outcome: described(
      z.optional(z.enum(tuple(OUTCOMES))),
      'Absent: not recorded. "referral-offered-or-accepted" only on records migrated from "referred"',
    ),
    intention: described(
      z.optional(z.literal(true)),
      "Present (true) when, by the staff member's account, the person said they would contact the service",
    ),
    handover: described(z.optional(z.array(z.enum(tuple(HANDOVER_METHODS)))), 'How the service was handed over; the method only'),
    via: described(z.enum(tuple(VIAS)), 'How the contact was logged'),
    contentVersion: described(z.string().check(z.regex(/^(built-in|feed:\d+|unknown)$/)), 'The content in use'),
  });

  const uploadBatchSchema = z.strictObject({
    schema: described(z.literal(UPLOAD_SCHEMA), 'The format and its version'),
    batchId: described(z.string().check(z.minLength(1)), 'Random UUID; the same value as the Idempotency-Key header'),
    organisation: described(
      z.nullable(z.strictObject({ code: z.nullable(z.string()), name: z.nullable(z.string()) })),
      'From policy, when either is configured',
    ),
    team: described(z.nullable(z.string()), 'From policy or settings, when configured'),
    records: z.array(uploadRecordSchema).check(z.minLength(1), z.maxLength(MAX_UPLOAD_RECORDS)),
  });
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
