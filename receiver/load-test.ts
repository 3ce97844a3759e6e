/**
 * `npm run receiver:load`: the reference receiver under the midnight burst (issue 20), on
 * loopback only and bounded in time and count. It starts two receiver processes on one
 * PostgreSQL database (a fresh one, dropped afterwards), sends 20-record batches to them in
 * turn at a fixed rate (open loop, as 40,000 browsers would, not waiting for answers), re-sends
 * 10 % of acknowledged batches under the same key, kills one process with SIGKILL part-way and
 * restarts it, and retries every batch not acknowledged (as the extension does) until each is.
 * Then it counts in the database: every record stored once, none lost, none duplicated.
 *
 *   npm run receiver:load                       2 minutes at 200 batches/s, then the report
 *   npm run receiver:load -- --duration 10 --rate 40      a shorter run
 *   --write-doc   also puts the figures and the machine into docs/performance.md
 *   --sweep 50,100,150   then steady 30-second runs at those rates (no kill), for the table of rates
 *
 * It needs PostgreSQL: DATABASE_URL (a role allowed to CREATE DATABASE), else the local test
 * role of scripts/lib/bootstrap.mjs. The database host must be loopback too.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startReceiver, type ReceiverProcess } from './receiver-process';
import { replaceBlock } from '../scripts/bench/performance-doc';

const LOCAL_URL = 'postgres://mecc:mecc@127.0.0.1:5432/mecc_receiver';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export interface LoadOptions {
  durationS: number;
  rate: number;
  recordsPerBatch: number;
  resendShare: number;
  /** When to kill one process, as a share of the duration (null: never). */
  killAt: number | null;
  adminUrl: string;
}

export interface LoadReport {
  options: LoadOptions;
  batches: number;
  records: number;
  resent: number;
  resentAckedSame: number;
  postsSent: number;
  failedPosts: number;
  achievedRate: number;
  /** Batches acknowledged per second, from the first send to the last acknowledgement. */
  ackRate: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  p99BeforeKillMs: number | null;
  storedRows: number;
  distinctIds: number;
  lost: number;
  duplicated: number;
  batchRows: number;
  killedAtS: number | null;
  restartedAfterMs: number | null;
  wallS: number;
}

/** One POST over `agent`: the acknowledged count, or null for anything else (refused, reset, 30 s). */
function postOnce(agent: Agent, port: number, key: string, body: string): Promise<number | null> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/mecc/upload',
        method: 'POST',
        agent,
        timeout: 30_000,
        headers: { 'content-type': 'application/json', 'idempotency-key': key, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            const stored = (JSON.parse(text) as { stored?: unknown }).stored;
            resolve(res.statusCode === 200 && typeof stored === 'number' ? stored : null);
          } catch {
            resolve(null);
          }
        });
        res.on('error', () => resolve(null));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
    req.end(body);
  });
}

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function batchBody(n: number): { key: string; body: string; ids: string[] } {
  const key = randomUUID();
  const day = new Date(Date.now() - 86_400_000 * (1 + Math.floor(Math.random() * 60))).toISOString().slice(0, 10);
  const records = Array.from({ length: n }, () => ({
    id: randomUUID(),
    date: day,
    topics: [['smoking', 'alcohol', 'money', 'physical-activity'][Math.floor(Math.random() * 4)]],
    services: Math.random() < 0.4 ? ['nhs-quit-smoking'] : [],
    level: 'very-brief',
    via: 'popup',
    contentVersion: 'feed:12',
  }));
  const body = JSON.stringify({
    schema: 'mecc-contacts/2',
    batchId: key,
    organisation: { code: 'RV3', name: 'Riverside' },
    team: null,
    records,
  });
  return { key, body, ids: records.map((r) => r.id) };
}

export async function runLoad(options: LoadOptions, log: (line: string) => void = console.log): Promise<LoadReport> {
  const admin = new URL(options.adminUrl);
  if (!LOOPBACK.has(admin.hostname)) throw new Error(`the load test runs on loopback only; the database host is ${admin.hostname}`);
  return withFreshDatabase(options.adminUrl, async (url) => {
    const env = { DATABASE_URL: url.href, DB_POOL_SIZE: '8' };
    const receivers: ReceiverProcess[] = [];
    try {
      // Started one after the other: both run the same idempotent migration under a lock.
      receivers.push(await startReceiver(env));
      receivers.push(await startReceiver(env));
      const run: LoadRun = {
        options,
        env,
        receivers,
        ports: receivers.map((r) => Number(new URL(r.base).port)),
        // Kept-alive connections, at most 64 to each process, as a load balancer's pool would hold:
        // a request beyond them waits for one, and that wait counts in its acknowledgement time.
        agent: new Agent({ keepAlive: true, maxSockets: 64 }),
        tally: emptyTally(),
        log,
      };
      const timing = await sendAtRate(run);
      run.agent.destroy();
      return loadReport(run, timing, await countStored(url));
    } finally {
      await Promise.all(receivers.map((r) => r.stop()));
    }
  });
}

/** A new database named for this run, created by the admin role and dropped afterwards whatever happens. */
async function withFreshDatabase<T>(adminUrl: string, work: (url: URL) => Promise<T>): Promise<T> {
  const name = `mecc_load_${randomBytes(5).toString('hex')}`;
  const adminClient = new pg.Client({ connectionString: adminUrl });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url);
  } finally {
    await adminClient.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminClient.end();
  }
}

/** What the run counts as it goes, read at the end for the report. */
interface Tally {
  latencies: number[];
  /** Acknowledgements received before the kill: the steady state at this rate. */
  beforeKill: number[];
  postsSent: number;
  failedPosts: number;
  resent: number;
  resentAckedSame: number;
  acked: number;
  allIds: number;
  killedAtS: number | null;
  restartedAfterMs: number | null;
  lastAckMs: number;
}

const emptyTally = (): Tally => ({
  latencies: [],
  beforeKill: [],
  postsSent: 0,
  failedPosts: 0,
  resent: 0,
  resentAckedSame: 0,
  acked: 0,
  allIds: 0,
  killedAtS: null,
  restartedAfterMs: null,
  lastAckMs: 0,
});

/** One run: the two processes (the first is replaced when it is killed), the connections to them, the tally. */
interface LoadRun {
  options: LoadOptions;
  env: Record<string, string>;
  receivers: ReceiverProcess[];
  ports: number[];
  agent: Agent;
  tally: Tally;
  log: (line: string) => void;
}

interface SendTiming {
  total: number;
  start: number;
  sendingS: number;
  wallS: number;
}

/** Starts `rate` batches a second without waiting for answers (open loop), kills one process on time, then waits for the rest. */
async function sendAtRate(run: LoadRun): Promise<SendTiming> {
  const { options, tally } = run;
  const total = Math.round(options.durationS * options.rate);
  const pending = new Set<Promise<void>>();
  const killAtMs = options.killAt === null ? null : options.killAt * options.durationS * 1000;
  const start = performance.now();
  let sent = 0;
  let killing: Promise<void> | null = null;
  let lastReport = 0;
  while (sent < total) {
    const elapsed = performance.now() - start;
    const due = Math.min(total, Math.floor((elapsed / 1000) * options.rate));
    for (; sent < due; sent += 1) {
      const p = deliver(run, sent).finally(() => pending.delete(p));
      pending.add(p);
    }
    if (killAtMs !== null && killing === null && elapsed >= killAtMs) killing = killAndRestart(run, elapsed);
    if (elapsed - lastReport >= 10_000) {
      lastReport = elapsed;
      run.log(`  ${(elapsed / 1000).toFixed(0)} s: ${sent} batches sent, ${tally.acked} acknowledged, ${pending.size} in flight`);
    }
    await sleep(5);
  }
  const sendingS = (performance.now() - start) / 1000;
  // Bounded: whatever is still unacknowledged a minute after the last send is reported as lost.
  await Promise.race([Promise.all([...pending, killing]), sleep(60_000)]);
  return { total, start, sendingS, wallS: (performance.now() - start) / 1000 };
}

/** SIGKILL to the first process (the kill is tallied at once), then a new one on its port. */
async function killAndRestart(run: LoadRun, elapsed: number): Promise<void> {
  const { tally } = run;
  tally.killedAtS = elapsed / 1000;
  const victim = run.receivers[0]!;
  victim.child.kill('SIGKILL');
  await new Promise((done) => victim.child.once('exit', done));
  const down = performance.now();
  run.receivers[0] = await startReceiver(run.env, run.ports[0]);
  tally.restartedAfterMs = performance.now() - down;
  run.log(
    `  killed receiver 1 at ${tally.killedAtS.toFixed(1)} s (SIGKILL); restarted and answering after ${tally.restartedAfterMs.toFixed(0)} ms`,
  );
}

/** One POST, timed and tallied: the acknowledged count, or null. */
async function post(run: LoadRun, target: number, key: string, body: string): Promise<number | null> {
  const { tally } = run;
  tally.postsSent += 1;
  const started = performance.now();
  const answer = await postOnce(run.agent, run.ports[target]!, key, body);
  if (answer === null) {
    tally.failedPosts += 1;
    return null;
  }
  tally.latencies.push(performance.now() - started);
  if (tally.killedAtS === null) tally.beforeKill.push(performance.now() - started);
  return answer;
}

/** One browser's batch: sent until acknowledged, to the next process each time (a load balancer's retry). */
async function deliver(run: LoadRun, index: number): Promise<void> {
  const { options, tally } = run;
  const { key, body, ids } = batchBody(options.recordsPerBatch);
  tally.allIds += ids.length;
  let target = index % 2;
  for (let attempt = 0; ; attempt += 1) {
    if ((await post(run, target, key, body)) === ids.length) break;
    target = 1 - target;
    await sleep(Math.min(2_000, 100 * 2 ** attempt));
  }
  tally.acked += 1;
  tally.lastAckMs = performance.now();
  if (Math.random() < options.resendShare) {
    tally.resent += 1;
    // The acknowledgement "was lost": the same bytes under the same key, to either process.
    for (let attempt = 0; ; attempt += 1) {
      const stored = await post(run, (index + 1) % 2, key, body);
      if (stored !== null) {
        if (stored === ids.length) tally.resentAckedSame += 1;
        break;
      }
      await sleep(Math.min(2_000, 100 * 2 ** attempt));
    }
  }
}

interface StoredCounts {
  rows: number;
  ids: number;
  batches: number;
}

/** Counted in the database itself, not from the answers: the proof that nothing was lost or stored twice. */
async function countStored(url: URL): Promise<StoredCounts> {
  const check = new pg.Client({ connectionString: url.href });
  await check.connect();
  const [counts] = (await check.query('SELECT count(*)::int AS rows, count(DISTINCT id)::int AS ids FROM records')).rows;
  const [batchCount] = (await check.query('SELECT count(*)::int AS n FROM batches')).rows;
  await check.end();
  return { rows: counts.rows, ids: counts.ids, batches: batchCount.n };
}

function loadReport({ options, tally }: LoadRun, timing: SendTiming, counts: StoredCounts): LoadReport {
  const { total, start } = timing;
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  return {
    options,
    batches: total,
    records: tally.allIds,
    resent: tally.resent,
    resentAckedSame: tally.resentAckedSame,
    postsSent: tally.postsSent,
    failedPosts: tally.failedPosts,
    achievedRate: total / timing.sendingS,
    ackRate: total / ((tally.lastAckMs - start) / 1000),
    p50Ms: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    p99Ms: quantile(sorted, 0.99),
    maxMs: sorted.at(-1) ?? 0,
    p99BeforeKillMs:
      tally.killedAtS === null
        ? null
        : quantile(
            [...tally.beforeKill].sort((a, b) => a - b),
            0.99,
          ),
    storedRows: counts.rows,
    distinctIds: counts.ids,
    lost: tally.allIds - counts.ids,
    duplicated: counts.rows - counts.ids,
    batchRows: counts.batches,
    killedAtS: tally.killedAtS,
    restartedAfterMs: tally.restartedAfterMs,
    wallS: timing.wallS,
  };
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

export function reportMarkdown(r: LoadReport, machine: string): string {
  const o = r.options;
  return [
    '## Reference receiver under load',
    '',
    `Written by \`npm run receiver:load -- --write-doc\` (receiver/load-test.ts); \`npm run bench\` keeps this section.`,
    '',
    `Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. ${machine}`,
    '',
    `Two receiver processes (\`npm run receiver\`, ${o.recordsPerBatch}-record batches, 8 connections each) on one PostgreSQL 15 database, over loopback; ` +
      `batches sent open-loop at ${o.rate}/s for ${o.durationS} s, alternately to each process; ${Math.round(o.resendShare * 100)} % re-sent under the same key after their acknowledgement; ` +
      `process 1 killed with SIGKILL at ${r.killedAtS?.toFixed(0) ?? '—'} s and restarted on its port; every unacknowledged batch retried (to the other process) until acknowledged.`,
    '',
    '| figure | value | target | status |',
    '|---|---|---|---|',
    `| batch POSTs sent | ${r.batches.toLocaleString('en-GB')} new + ${r.resent.toLocaleString('en-GB')} re-sent + retries = ${r.postsSent.toLocaleString('en-GB')} | | |`,
    `| rate sent (open loop) | ${r.achievedRate.toFixed(1)} batches/s (${(r.achievedRate * o.recordsPerBatch).toFixed(0)} records/s) | ≥ 200/s | ${r.achievedRate >= 199 ? 'met' : 'missed'} |`,
    `| batches acknowledged per second, first send to last acknowledgement | ${r.ackRate.toFixed(1)} | | |`,
    `| acknowledgement p50 / p95 | ${ms(r.p50Ms)} / ${ms(r.p95Ms)} | | |`,
    `| acknowledgement p99, whole run (kill and restart included) | ${ms(r.p99Ms)} | < 1 s | ${r.p99Ms < 1000 ? 'met' : 'missed'} |`,
    `| acknowledgement p99 before the kill (the steady state) | ${r.p99BeforeKillMs === null ? '—' : ms(r.p99BeforeKillMs)} | < 1 s | ${r.p99BeforeKillMs === null ? '' : r.p99BeforeKillMs < 1000 ? 'met' : 'missed'} |`,
    `| slowest acknowledgement | ${ms(r.maxMs)} | | |`,
    `| POSTs that failed (the killed process, then retried) | ${r.failedPosts} | | |`,
    `| restart: killed to answering again | ${r.restartedAfterMs === null ? '—' : ms(r.restartedAfterMs)} | | |`,
    `| re-sent batches acknowledged with their first count | ${r.resentAckedSame} of ${r.resent} | all | ${r.resentAckedSame === r.resent ? 'met' : 'missed'} |`,
    `| records sent (distinct) / rows in the database | ${r.records.toLocaleString('en-GB')} / ${r.storedRows.toLocaleString('en-GB')} | equal | ${r.records === r.storedRows ? 'met' : 'missed'} |`,
    `| records lost / duplicated (counted in the database) | ${r.lost} / ${r.duplicated} | 0 / 0 | ${r.lost === 0 && r.duplicated === 0 ? 'met' : 'missed'} |`,
    `| batch keys stored | ${r.batchRows.toLocaleString('en-GB')} (one per batch) | ${r.batches.toLocaleString('en-GB')} | ${r.batchRows === r.batches ? 'met' : 'missed'} |`,
    '',
    'The load generator runs on the same machine and shares its cores with both receivers and PostgreSQL, so these are floors for what a dedicated server does.',
  ].join('\n');
}

export function sweepMarkdown(runs: LoadReport[]): string {
  return [
    'Steady runs on the same machine straight afterwards: the same two processes and database set-up, 30 s each, no kill and no re-sends.',
    '',
    '| batches/s sent | acknowledged/s | p50 | p95 | p99 | lost / duplicated |',
    '|---|---|---|---|---|---|',
    ...runs.map(
      (r) =>
        `| ${r.options.rate} | ${r.ackRate.toFixed(1)} | ${ms(r.p50Ms)} | ${ms(r.p95Ms)} | ${ms(r.p99Ms)} | ${r.lost} / ${r.duplicated} |`,
    ),
  ].join('\n');
}

function machineLine(): string {
  const c = cpus();
  return `Machine: ${c[0]?.model ?? 'unknown CPU'} (${c.length} cores, shared), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load average ${loadavg()[0]!.toFixed(2)} at the end.`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '120' },
      rate: { type: 'string', default: '200' },
      records: { type: 'string', default: '20' },
      resend: { type: 'string', default: '0.1' },
      'kill-at': { type: 'string', default: '0.4' },
      'write-doc': { type: 'boolean', default: false },
      // Steady runs afterwards (no kill, no re-sends), 30 s each: where acknowledgements stay under a second.
      sweep: { type: 'string', default: '' },
    },
  });
  const sweep = values.sweep ? values.sweep.split(',').map(Number) : [];
  if (sweep.some((r) => !(r > 0 && r <= 1000)) || sweep.length > 5) {
    console.error('✖ --sweep takes at most five rates, each 1–1000 batches/s (e.g. --sweep 50,100,150)');
    process.exit(2);
  }
  const options: LoadOptions = {
    durationS: Number(values.duration),
    rate: Number(values.rate),
    recordsPerBatch: Number(values.records),
    resendShare: Number(values.resend),
    killAt: values['kill-at'] === 'never' ? null : Number(values['kill-at']),
    adminUrl: process.env.DATABASE_URL || LOCAL_URL,
  };
  // Bounded: at most 10 minutes and 1,000 batches a second.
  if (!(
    options.durationS > 0 &&
    options.durationS <= 600 &&
    options.rate > 0 &&
    options.rate <= 1000 &&
    options.recordsPerBatch >= 1 &&
    options.recordsPerBatch <= 500
  )) {
    console.error('✖ --duration 1–600 s, --rate 1–1000 batches/s and --records 1–500');
    process.exit(2);
  }
  console.log(
    `▶ ${options.rate} batches/s of ${options.recordsPerBatch} records for ${options.durationS} s, two receivers, one PostgreSQL database`,
  );
  const report = await runLoad(options);
  const steady: LoadReport[] = [];
  for (const rate of sweep) {
    console.log(`▶ steady run: ${rate} batches/s for 30 s`);
    steady.push(await runLoad({ ...options, durationS: 30, rate, resendShare: 0, killAt: null }, () => undefined));
  }
  const machine = machineLine();
  const text = reportMarkdown(report, machine) + (steady.length ? `\n\n${sweepMarkdown(steady)}` : '');
  console.log(`\n${text}\n`);
  if (values['write-doc']) {
    const doc = 'docs/performance.md';
    writeFileSync(doc, replaceBlock(readFileSync(doc, 'utf8'), 'receiver-load', text));
    console.log(`Wrote the section into ${doc}.`);
  }
  process.exit(report.lost === 0 && report.duplicated === 0 ? 0 : 1);
}

if (process.argv[1]?.endsWith('load-test.ts')) await main();
