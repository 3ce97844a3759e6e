/**
 * The contact log: logging one contact (record built and stored in IndexedDB —
 * fake-indexeddb in Node, so a proxy for the browser's own) and exporting 100,000
 * records to CSV. Median of repeated logs; one export.
 */
import 'fake-indexeddb/auto';
import { newContact } from '../../utils/contacts/new-contact';
import { contactsCsv } from '../../utils/evaluation/export-csv';
import { addContact } from '../../utils/db/contacts-store';
import type { ContactRecord } from '../../utils/contacts/contact-record';
import type { BenchSection } from './bench-section';
import { median } from './stats';

const LOGS = 200;
const EXPORT_RECORDS = 100_000;
const TOPICS = ['smoking', 'alcohol', 'physical-activity', 'healthy-eating', 'mental-wellbeing', 'money', 'housing'];

export async function measureContacts(): Promise<BenchSection> {
  const ctx = { now: new Date(), granularity: 'day' as const, contentVersion: 'feed:1' };
  const times: number[] = [];
  for (let i = 0; i < LOGS; i += 1) {
    const started = performance.now();
    await addContact(newContact({ via: 'popup', topics: [TOPICS[i % TOPICS.length]!] }, ctx), false);
    times.push(performance.now() - started);
  }

  const records: ContactRecord[] = Array.from({ length: EXPORT_RECORDS }, (_, i) => ({
    id: crypto.randomUUID(),
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    topics: [TOPICS[i % TOPICS.length]!],
    services: i % 3 === 0 ? ['stop-smoking-london'] : [],
    ...(i % 3 === 0 ? { outcome: 'signposted' as const } : {}),
    via: 'popup',
    contentVersion: 'feed:1',
  }));
  const started = performance.now();
  const csv = contactsCsv(records, { code: 'RV3', name: 'Riverside Community Health', team: 'District nurses' });
  const exportMs = performance.now() - started;
  if (csv.split('\r\n').filter(Boolean).length !== EXPORT_RECORDS + 1) throw new Error('export produced the wrong number of rows');

  return {
    figures: { 'contacts.log_ms': Number(median(times).toFixed(2)), 'contacts.export_100k_ms': Number(exportMs.toFixed(1)) },
    notes: [`contacts: log = median of ${LOGS} stores in fake-indexeddb (Node); export = ${EXPORT_RECORDS} rows with organisation columns`],
  };
}
