// @vitest-environment node
/**
 * Issue 20's "Done when": the receiver's summaries, counted in SQL, equal the extension's own
 * exports for the same records, byte for byte, by quarter, month and week, exact and
 * publishable, for an organisation (with its columns) and for London (without).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactRecord } from '../../../utils/contacts/contact-record';
import { summaryExportFile } from '../../../utils/evaluation/export-files';
import { uploadRecord } from '../../../utils/contacts/upload-format';
import { storeBatch } from '../../../receiver/store-batch';
import { summaryCsvFromDb, summaryFileName } from '../../../receiver/summaries';
import { ENGINES, type TestDatabase } from './test-databases';
import { sampleRecords } from './sample-records';

const TOPIC_IDS = ['smoking', 'alcohol', 'money', 'physical-activity'];
const TODAY = '2026-12-07';
const RIVERSIDE = { code: 'RV3', name: 'Riverside Community Health', team: null };

async function upload(t: TestDatabase, records: readonly ContactRecord[], organisation: { code: string; name: string } | null) {
  for (let i = 0; i < records.length; i += 500) {
    const batch = {
      schema: 'mecc-contacts/2' as const,
      batchId: randomUUID(),
      organisation,
      team: null,
      records: records.slice(i, i + 500).map(uploadRecord),
    };
    expect(await storeBatch(t.db, batch, randomUUID())).toMatchObject({ kind: 'stored' });
  }
}

describe.each(ENGINES)('summaries on $engine', ({ open, skip }) => {
  let t: TestDatabase;
  const riverside = sampleRecords(900, 7, 'rv');
  const other = sampleRecords(150, 8, 'ot');

  beforeAll(async () => {
    if (skip) return;
    t = await open();
    await upload(t, riverside, { code: RIVERSIDE.code, name: RIVERSIDE.name });
    await upload(t, other, { code: 'OTH', name: 'Other Trust' });
    // A retry in a new batch adds nothing to the counts.
    await upload(t, riverside.slice(0, 40), { code: RIVERSIDE.code, name: RIVERSIDE.name });
  });
  afterAll(async () => {
    if (!skip) await t.drop();
  });

  for (const kind of ['quarter', 'month', 'week'] as const) {
    for (const publishable of [false, true]) {
      it.skipIf(skip)(
        `an organisation's ${publishable ? 'publishable ' : ''}summary by ${kind} is the extension's, byte for byte`,
        async () => {
          const extension = summaryExportFile(riverside, { kind, today: TODAY, topicIds: TOPIC_IDS, organisation: RIVERSIDE, publishable });
          const receiver = await summaryCsvFromDb(t.db, {
            scope: { kind: 'organisation', code: 'RV3' },
            kind,
            today: TODAY,
            topicIds: TOPIC_IDS,
            publishable,
            organisation: RIVERSIDE,
          });
          expect('\uFEFF' + receiver).toBe(extension.text);
          expect(extension.text.split('\r\n').length).toBeGreaterThan(20);
        },
      );
    }
  }

  it.skipIf(skip)("London's publishable summary by quarter is the extension's for every record, without organisation columns", async () => {
    const all = [...riverside, ...other];
    const extension = summaryExportFile(all, { kind: 'quarter', today: TODAY, topicIds: TOPIC_IDS, publishable: true });
    const receiver = await summaryCsvFromDb(t.db, {
      scope: { kind: 'london' },
      kind: 'quarter',
      today: TODAY,
      topicIds: TOPIC_IDS,
      publishable: true,
    });
    expect('\uFEFF' + receiver).toBe(extension.text);
    // The rules are really applied: stars and multiples of 5, and empty 2025 quarters zero-filled.
    expect(receiver).toContain(',*\r\n');
    expect(receiver).toMatch(/^2025\/26 Q2,2025-07-01,2025-09-30,\(all\),\(all\),\(all\),0\r$/m);
    for (const line of receiver.trim().split('\r\n').slice(1)) expect(line).toMatch(/,(\*|0|\d*[05])$/);
  });

  it.skipIf(skip)('a borough covers the organisations configured in it', async () => {
    const borough = await summaryCsvFromDb(t.db, {
      scope: { kind: 'borough', id: 'camden', organisations: ['OTH'] },
      kind: 'month',
      today: TODAY,
      topicIds: TOPIC_IDS,
      publishable: false,
    });
    expect(borough).toBe(summaryExportFile(other, { kind: 'month', today: TODAY, topicIds: TOPIC_IDS }).text.slice(1));
  });

  it.skipIf(skip)('with no records, the header alone, as the extension gives', async () => {
    const none = await summaryCsvFromDb(t.db, {
      scope: { kind: 'organisation', code: 'NONE' },
      kind: 'quarter',
      today: TODAY,
      topicIds: TOPIC_IDS,
      publishable: true,
    });
    expect(none).toBe(summaryExportFile([], { kind: 'quarter', today: TODAY, topicIds: TOPIC_IDS, publishable: true }).text.slice(1));
  });

  it('names the file by kind, scope and date', () => {
    expect(
      summaryFileName({ scope: { kind: 'borough', id: 'camden', organisations: [] }, kind: 'quarter', publishable: true, today: TODAY }),
    ).toBe('mecc-summary-by-quarter-publishable-borough-camden-2026-12-07.csv');
  });
});
