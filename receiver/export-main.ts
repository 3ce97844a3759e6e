/** `npm run receiver:export -- --out export [--from YYYY-MM-DD] [--to YYYY-MM-DD]` (receiver/export-days.ts). */
import { parseArgs } from 'node:util';
import { openDatabase } from './database';
import { exportDays } from './export-days';
import { migrate } from './schema';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'export' }, from: { type: 'string' }, to: { type: 'string' } } });
for (const date of [values.from, values.to]) {
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    console.error(`✖ Not a date (YYYY-MM-DD): ${date}`);
    process.exit(2);
  }
}
const db = openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.RECEIVER_DATA ?? '.receiver-data', poolSize: 2 });
try {
  await migrate(db);
  const result = await exportDays(db, values.out, { from: values.from, to: values.to });
  console.log(`✔ Wrote ${result.records} records in ${result.days} day files under ${values.out}/date=…/part.csv`);
} catch (error) {
  console.error(`✖ Export failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
