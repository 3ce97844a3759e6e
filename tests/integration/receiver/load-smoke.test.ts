// @vitest-environment node
/**
 * A short run of `npm run receiver:load` (the full one is too heavy for `npm test`): two
 * receiver processes on one fresh PostgreSQL database, re-sent batches, one process killed with
 * SIGKILL and restarted mid-run; afterwards, counted in the database, no record lost and none
 * stored twice, and every re-sent batch acknowledged with its first count.
 */
import { describe, expect, it } from 'vitest';
import { runLoad } from '../../../receiver/load-test';
import { LOCAL_TEST_URL, postgresAvailable } from './test-databases';

describe.skipIf(!postgresAvailable)('the load test, briefly', () => {
  it('loses nothing and duplicates nothing across a kill and restart', { timeout: 240_000 }, async () => {
    const report = await runLoad(
      {
        durationS: 6,
        rate: 15,
        recordsPerBatch: 20,
        resendShare: 0.3,
        killAt: 0.3,
        adminUrl: process.env.RECEIVER_TEST_DATABASE_URL ?? LOCAL_TEST_URL,
      },
      () => undefined,
    );
    expect(report.batches).toBe(90);
    expect(report.killedAtS).not.toBeNull();
    expect(report.restartedAfterMs).not.toBeNull();
    expect(report.resent).toBeGreaterThan(0);
    expect(report.resentAckedSame).toBe(report.resent);
    expect(report.batchRows).toBe(report.batches);
    expect(report.storedRows).toBe(report.records);
    expect({ lost: report.lost, duplicated: report.duplicated }).toEqual({ lost: 0, duplicated: 0 });
  });
});
