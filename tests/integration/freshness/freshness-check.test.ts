/**
 * The freshness check (issue 19, item 1) against a seeded loopback site: every seeded fault
 * is found, healthy pages are never flagged, robots.txt and the politeness limits hold, and
 * `feed build` refuses a critical finding unless an unexpired waiver covers it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../../scripts/lib/freshness/check-content-dir';
import { readContentDir } from '../../../scripts/lib/read-content-dir';
import { validateContent } from '../../../utils/content/validate-content';
import type { FreshnessReport } from '../../../scripts/lib/freshness/report';
import { readState, stateFile, waiversFile } from '../../../scripts/lib/freshness/state';
import { seededContent, startSeededSite, type SeededContent, type SeededSite } from './seeded-site';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FEED = join(ROOT, 'scripts/feed.ts');

let dir = '';
let site: SeededSite;
let seeded: SeededContent;

function writeContent(to: string, files: SeededContent['files']) {
  mkdirSync(to, { recursive: true });
  for (const f of files) writeFileSync(join(to, f.path), JSON.stringify(f.data, null, 2));
}

const check = (contentDir: string, report: string) =>
  checkContentDir({
    contentDir,
    reportPrefix: join(dir, report),
    now: new Date(),
    concurrency: 3,
    intervalMs: 1,
    timeoutMs: 1000,
    lookup: site.lookup,
    plainHttpPort: site.port,
  });

const found = (r: FreshnessReport) => new Set(r.boroughs.flatMap((b) => b.needs.flatMap((n) => n.flags.map((f) => `${f.kind} ${f.item}`))));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mecc-freshness-'));
  seeded = seededContent();
  site = await startSeededSite(seeded.pages);
  writeContent(join(dir, 'content'), seeded.files);
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('feed check on a seeded site', () => {
  let second: FreshnessReport;

  it('serves a site of at least 40 pages with at least 5 faults of each kind and 10 healthy items', () => {
    expect(seeded.pages.size).toBeGreaterThanOrEqual(40);
    for (const kind of ['dead', 'off-site-redirect', 'title-mismatch', 'phone-missing', 'phone-changed', 'changed', 'review-overdue']) {
      expect([...seeded.expected].filter((e) => e.startsWith(`${kind} `)).length, kind).toBeGreaterThanOrEqual(5);
    }
    expect(seeded.healthyItems.length).toBeGreaterThanOrEqual(10);
    // Every seeded item is valid content (nothing silently left out), bar the overdue reviews.
    const { problems } = validateContent(readContentDir(join(dir, 'content')), new Date().toISOString().slice(0, 10));
    expect(problems.filter((p) => !/reviewBy .* has passed/.test(p.problem))).toEqual([]);
  });

  it('flags every seeded fault, and nothing else, on two runs', async () => {
    const first = await check(join(dir, 'content'), 'first');
    // A first run has nothing to compare with: no page counts as changed yet.
    const expectedFirst = new Set([...seeded.expected].filter((e) => !e.startsWith('changed ')));
    expect(found(first)).toEqual(expectedFirst);

    site.setRound(2);
    second = await check(join(dir, 'content'), 'second');
    expect(found(second)).toEqual(seeded.expected);
    for (const item of seeded.healthyItems)
      expect(
        [...found(second)].filter((f) => f.endsWith(` ${item}`)),
        item,
      ).toEqual([]);
  });

  it('records fingerprints in the state file, so a third run still flags the change until the item is re-checked', async () => {
    const state = readState(join(dir, 'content'))!;
    expect(Object.keys(state.pages).length).toBeGreaterThanOrEqual(40);
    const third = await check(join(dir, 'content'), 'third');
    expect([...found(third)].filter((f) => f.startsWith('changed ')).length).toBe(5);
  });

  it('respects robots.txt and the concurrency limits', () => {
    expect(site.requested.filter((r) => r.includes('/private/'))).toEqual([]);
    expect(site.requested).toContain('camden.test/robots.txt');
    expect(site.maxInFlight).toBeLessThanOrEqual(3);
    expect(site.maxInFlight).toBeGreaterThan(1);
    expect(site.maxInFlightPerHost).toBe(1);
  });

  it('writes the report per borough and need, as JSON and Markdown', () => {
    const json = JSON.parse(readFileSync(join(dir, 'second.json'), 'utf8')) as FreshnessReport;
    expect(json.boroughs.map((b) => b.name)).toEqual(['Camden', 'Islington']);
    expect(json.boroughs[0]!.needs.map((n) => n.need)).toEqual(['alcohol', 'smoking']);
    expect(json.critical).toBe(second.critical);
    expect(json.summary.dead).toBe(6);
    const md = readFileSync(join(dir, 'second.md'), 'utf8');
    expect(md).toMatch(/^## Camden$/m);
    expect(md).toMatch(/^### smoking$/m);
    expect(md).toMatch(/\*\*critical\*\* `phone-changed`/);
  });
});

describe('feed build as the release gate', () => {
  const gateDir = () => join(dir, 'gate-content');
  const build = () =>
    spawnSync(TSX, [FEED, 'build', '--content', gateDir(), '--feed', 'pan-london', '--version', '1', '--out', join(dir, 'p.json')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
  const deadLink = () => {
    const services = seeded.files.find((f) => f.path === 'services.json')!.data.services!;
    return services.find((s) => s.url?.includes('nodns-'))!;
  };
  const waive = (expires: string) =>
    writeFileSync(
      waiversFile(gateDir()),
      JSON.stringify({
        waivers: [
          {
            item: `service:${deadLink().id}`,
            flag: 'dead',
            url: deadLink().url,
            reason: 'The council is moving the page this week; the phone number still works.',
            expires,
            by: 'Alice (content lead)',
          },
        ],
      }),
    );

  beforeAll(async () => {
    // Valid content (no overdue reviews) with one dead link: the last check found it.
    const files = structuredClone(seeded.files);
    const services = files.find((f) => f.path === 'services.json')!.data;
    services.services = services.services!.filter((s) => seeded.healthyItems.includes(`service:${s.id}`) || s.id === deadLink().id);
    writeContent(gateDir(), files);
    await check(gateDir(), 'gate');
    expect(readState(gateDir())!.flags.map((f) => `${f.kind} ${f.item}`)).toEqual([`dead service:${deadLink().id}`]);
  });

  it('refuses a critical finding with no waiver', () => {
    const r = build();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`freshness: dead service:${deadLink().id}`);
    expect(r.stderr).toMatch(/build refused: 1 critical freshness finding/);
  }, 60_000);

  it('accepts it with a waiver that has a reason and has not expired', () => {
    waive(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
    const r = build();
    expect(r.stderr).toMatch(/waived until \d{4}-\d{2}-\d{2} \(The council is moving/);
    expect(r.status).toBe(0);
  }, 60_000);

  it('refuses again once the waiver has expired', () => {
    waive(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
    const r = build();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/its waiver expired on/);
  }, 60_000);

  it('refuses a waiver without a reason, and a state file that is not JSON', () => {
    writeFileSync(waiversFile(gateDir()), JSON.stringify({ waivers: [{ item: 'service:x', flag: 'dead', expires: '2030-01-01' }] }));
    let r = build();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/waivers\.json: waivers\.0\.reason/);
    rmSync(waiversFile(gateDir()));
    const state = readFileSync(stateFile(gateDir()), 'utf8');
    writeFileSync(stateFile(gateDir()), state.slice(0, 20));
    r = build();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/state\.json: is not valid JSON/);
    writeFileSync(stateFile(gateDir()), state);
  }, 60_000);
});
