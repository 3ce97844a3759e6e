/** Upload format 2: what is sent matches the published JSON Schema, and the docs carry that schema. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newContact } from '../../../utils/contacts/new-contact';
import { uploadBody } from '../../../utils/contacts/outbox';
import { recordProblem } from '../../../utils/contacts/record-check';
import { uploadSchemas, uploadJsonSchema, UPLOAD_SCHEMA } from '../../../utils/contacts/upload-format';
import { resolveContactSettings } from '../../../utils/settings/contact-settings';

const ctx = { now: new Date(2026, 10, 20, 9), granularity: 'hour' as const, contentVersion: 'feed:7' };

describe('upload format 2', () => {
  it('is versioned and carries the new fields', () => {
    const records = [
      newContact(
        {
          via: 'sidebar',
          topics: ['smoking'],
          services: ['quit-line'],
          level: 'brief',
          outcome: 'referral-accepted',
          intention: true,
          handover: 'qr-shown',
        },
        ctx,
      ),
      newContact({ via: 'toolbar' }, ctx),
    ];
    const body = JSON.parse(uploadBody(resolveContactSettings({ organisationCode: 'RV3' }), 'b-1', records));
    expect(body.schema).toBe(UPLOAD_SCHEMA);
    expect(UPLOAD_SCHEMA).toBe('mecc-contacts/2');
    expect(body.records[0]).toMatchObject({
      level: 'brief',
      outcome: 'referral-accepted',
      intention: true,
      handover: ['qr-shown'],
      hour: 9,
    });
    expect(body.records[1]).toEqual({
      id: records[1]!.id,
      date: '2026-11-20',
      hour: 9,
      topics: [],
      services: [],
      level: 'very-brief',
      via: 'toolbar',
      contentVersion: 'feed:7',
    });
    expect(uploadSchemas().uploadBatchSchema.safeParse(body).success).toBe(true);
  });

  it('never sends a field a record is not allowed to hold, even if one got into storage', () => {
    const tampered = { ...newContact({ via: 'popup' }, ctx), pageTitle: 'Jane Smith – clinic', staff: 'a.nurse' } as never;
    const text = uploadBody(resolveContactSettings({}), 'b-2', [tampered]);
    expect(text).not.toMatch(/Jane|clinic|nurse|pageTitle|staff/);
    expect(uploadSchemas().uploadBatchSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('refuses a batch with an unknown field or word (the schema a receiver can use)', () => {
    const ok = JSON.parse(uploadBody(resolveContactSettings({}), 'b-3', [newContact({ via: 'popup' }, ctx)]));
    expect(uploadSchemas().uploadBatchSchema.safeParse({ ...ok, records: [{ ...ok.records[0], outcome: 'referred' }] }).success).toBe(
      false,
    );
    expect(uploadSchemas().uploadBatchSchema.safeParse({ ...ok, records: [{ ...ok.records[0], note: 'x' }] }).success).toBe(false);
    expect(uploadSchemas().uploadBatchSchema.safeParse({ ...ok, records: [] }).success).toBe(false);
  });

  // zod/mini has no messages of its own ("Invalid input" for everything): the schemas install
  // English, so a set-aside record and a receiver's refusal still say what is wrong.
  it('says in words what is wrong with a damaged record: the field and what it should be', () => {
    const good = newContact({ via: 'popup' }, ctx);
    expect(recordProblem(good)).toBeNull();
    expect(recordProblem({ ...good, topics: null })).toBe('topics: Invalid input: expected array, received null');
    expect(recordProblem({ ...good, hour: 24 })).toBe('hour: Too big: expected number to be <=23');
    expect(recordProblem({ ...good, via: 'fax' })).toBe('via: Invalid option: expected one of "toolbar"|"shortcut"|"sidebar"|"popup"');
  });

  it('is the JSON Schema printed in docs/evaluation.md', () => {
    const doc = readFileSync('docs/evaluation.md', 'utf8');
    const section = doc.slice(doc.indexOf('#### JSON Schema'));
    const printed = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(printed && JSON.parse(printed)).toEqual(uploadJsonSchema());
  });
});
