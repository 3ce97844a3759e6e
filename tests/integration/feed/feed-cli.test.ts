/**
 * The publisher's CLI end to end, as `npm run feed -- <verb>` runs it (tsx), in a
 * temporary directory. Keys are generated there by `keygen`: none are stored in the repo.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../utils/feed/base64';
import { fixtureFiles } from '../../fixtures/content-fixture';

const ROOT = resolve(import.meta.dirname, '../../..');
// What `npx tsx` resolves to; named directly because the tests run in a temp dir outside the project.
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/feed.ts');
const TIMEOUT = 60_000;

let dir = '';

function feed(...args: string[]) {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: dir, encoding: 'utf8', timeout: TIMEOUT });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
}

/** The fixture content, reviewed today and due for review in 300 days, so the test does not age. */
function writeContent(to: string) {
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 300 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  for (const { path, data } of fixtureFiles()) {
    for (const m of data.messages ?? []) Object.assign(m, { reviewed: today, reviewBy: later });
    for (const s of data.services ?? []) Object.assign(s, { checked: today, reviewBy: later });
    const file = join(to, path.replace(/^content\//, ''));
    mkdirSync(resolve(file, '..'), { recursive: true });
    writeFileSync(file, JSON.stringify(data));
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mecc-feed-cli-'));
  writeContent(join(dir, 'content'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run feed', () => {
  let keyid = '';

  it(
    'keygen writes a 0600 private key and a public key file',
    () => {
      const r = feed('keygen', '--out', '.', '--name', 'alice');
      expect(r.status).toBe(0);
      keyid = /keyid ([0-9a-f]{64})/.exec(r.stdout)![1]!;
      expect(JSON.parse(readFileSync(join(dir, 'alice.public.json'), 'utf8'))).toEqual({ keyid, publicKey: expect.any(String) });
      expect(statSync(join(dir, 'alice.private.pem')).mode & 0o777).toBe(0o600);
      expect(r.stderr).toMatch(/must never be committed/);
      expect(feed('keygen', '--out', '.', '--name', 'bob').status).toBe(0);
      // Never overwrites a key.
      expect(feed('keygen', '--out', '.', '--name', 'alice').status).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'build → sign → verify exits 0 with a summary',
    () => {
      const build = feed('build', '--content', 'content', '--feed', 'pan-london', '--version', '3', '--out', 'payload.json');
      expect(build.stderr).toBe('');
      expect(build.status).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'payload.json'), 'utf8'))).toMatchObject({ feed: 'pan-london', version: 3 });

      const sign = feed(
        'sign',
        '--payload',
        'payload.json',
        '--key',
        'alice.private.pem',
        '--key',
        'bob.private.pem',
        '--out',
        'feed.json',
      );
      expect(sign.status).toBe(0);

      const verify = feed(
        'verify',
        '--envelope',
        'feed.json',
        '--trusted',
        'alice.public.json',
        '--trusted',
        'bob.public.json',
        '--threshold',
        '2',
        '--feed',
        'pan-london',
      );
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
      expect(verify.stdout).toMatch(/^verify ok: feed pan-london version 3$/m);
      expect(verify.stdout).toMatch(/signed by 2 of 2 trusted key\(s\), threshold 2/);
      expect(verify.stdout).toContain(keyid);
      expect(verify.stdout).toMatch(/content: 2 topics, 1 messages, 2 services/);
    },
    TIMEOUT,
  );

  it(
    'A7: sign refuses an expired payload and says to re-build it, not to sign it again',
    () => {
      const payload = JSON.parse(readFileSync(join(dir, 'payload.json'), 'utf8'));
      Object.assign(payload, { issued: '2026-01-01T00:00:00.000Z', expires: '2026-01-31T00:00:00.000Z' });
      writeFileSync(join(dir, 'expired.payload.json'), JSON.stringify(payload));
      const r = feed('sign', '--payload', 'expired.payload.json', '--key', 'alice.private.pem', '--out', 'expired.feed.json');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^sign refused \(expired\): .*re-build the payload \(`feed build` with a new --version\), then sign/);
    },
    TIMEOUT,
  );

  it(
    'verify refuses a tampered envelope with a one-line reason',
    () => {
      const env = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
      const bytes = decodeBase64(env.payload);
      const text = new TextDecoder().decode(bytes).replace('Quit Line', 'Quit Lime');
      env.payload = encodeBase64(new TextEncoder().encode(text));
      writeFileSync(join(dir, 'tampered.json'), JSON.stringify(env));
      const r = feed('verify', '--envelope', 'tampered.json', '--trusted', 'alice.public.json');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^verify FAILED \(bad-signature\): [^\n]+$/);
    },
    TIMEOUT,
  );

  it(
    'verify refuses a version below --min-version, a wrong feed name, a missing key and a threshold not met',
    () => {
      const cases: Array<[string[], RegExp]> = [
        [['--min-version', '4'], /^verify FAILED \(rollback\): feed version 3 is older than the minimum version 4$/],
        [['--feed', 'camden'], /^verify FAILED \(wrong-feed\): [^\n]+$/],
        [['--threshold', '3'], /^verify FAILED \(below-threshold\): the feed is signed by 2 trusted key\(s\) but 3 are required$/],
      ];
      for (const [extra, reason] of cases) {
        const r = feed('verify', '--envelope', 'feed.json', '--trusted', 'alice.public.json', '--trusted', 'bob.public.json', ...extra);
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(reason);
      }
      expect(feed('keygen', '--out', '.', '--name', 'carol').status).toBe(0);
      const untrusted = feed('verify', '--envelope', 'feed.json', '--trusted', 'carol.public.json');
      expect(untrusted.status).toBe(1);
      expect(untrusted.stderr).toMatch(/^verify FAILED \(untrusted-key\): [^\n]+$/);
    },
    TIMEOUT,
  );

  it(
    'builds and verifies a local overlay against the main content, and refuses it without',
    () => {
      const main = fixtureFiles().find((f) => f.path === 'content/services/all.json')!.data.services![1]!;
      mkdirSync(join(dir, 'overlay'));
      writeFileSync(
        join(dir, 'overlay/services.json'),
        JSON.stringify({ services: [{ ...main, id: 'camden-vape-clinic', name: 'Camden Vape Clinic' }] }),
      );
      const build = feed(
        'build',
        '--content',
        'overlay',
        '--feed',
        'camden',
        '--version',
        '1',
        '--overlay-of',
        'content',
        '--areas',
        'camden',
        '--hide',
        'camden-quit',
        '--out',
        'camden.payload.json',
      );
      expect(build.stderr).toBe('');
      expect(JSON.parse(readFileSync(join(dir, 'camden.payload.json'), 'utf8'))).toMatchObject({ feed: 'camden', hide: ['camden-quit'] });
      expect(feed('sign', '--payload', 'camden.payload.json', '--key', 'alice.private.pem', '--out', 'camden.feed.json').status).toBe(0);

      const ok = feed(
        'verify',
        '--envelope',
        'camden.feed.json',
        '--trusted',
        'alice.public.json',
        '--feed',
        'camden',
        '--overlay-of',
        'content',
        '--areas',
        'camden',
      );
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toMatch(/^verify ok: feed camden version 1 \(overlay\)$/m);
      expect(ok.stdout).toMatch(/hides: camden-quit/);
      const standalone = feed('verify', '--envelope', 'camden.feed.json', '--trusted', 'alice.public.json', '--feed', 'camden');
      expect(standalone.status).toBe(1);
      expect(standalone.stderr).toMatch(/^verify FAILED \(malformed-payload\): .*only an overlay feed may carry$/);
    },
    TIMEOUT,
  );

  it(
    'H1: verify --overlay-of applies the overlay scope: out-of-area changes are refused unless granted',
    () => {
      const national = fixtureFiles().find((f) => f.path === 'content/services/all.json')!.data.services![0]!;
      mkdirSync(join(dir, 'rogue'));
      writeFileSync(join(dir, 'rogue/services.json'), JSON.stringify({ services: [{ ...national, phone: '0900 666 0000' }] }));
      // build checks the scope too, so a publisher cannot sign it by mistake
      const build = feed(
        'build',
        '--content',
        'rogue',
        '--feed',
        'camden',
        '--version',
        '2',
        '--overlay-of',
        'content',
        '--areas',
        'camden',
        '--out',
        'rogue.payload.json',
      );
      expect(build.status).toBe(1);
      expect(build.stderr).toMatch(/service "quit-line": replacing a national service needs "allowReplace" in policy/);
      const granted = feed(
        'build',
        '--content',
        'rogue',
        '--feed',
        'camden',
        '--version',
        '2',
        '--overlay-of',
        'content',
        '--areas',
        'camden',
        '--allow-replace',
        'quit-line',
        '--out',
        'rogue.payload.json',
      );
      expect(granted.status).toBe(0);
      expect(feed('sign', '--payload', 'rogue.payload.json', '--key', 'alice.private.pem', '--out', 'rogue.feed.json').status).toBe(0);
      const refused = feed(
        'verify',
        '--envelope',
        'rogue.feed.json',
        '--trusted',
        'alice.public.json',
        '--feed',
        'camden',
        '--overlay-of',
        'content',
        '--areas',
        'camden',
      );
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/^verify FAILED \(out-of-scope\): service "quit-line": replacing a national service/);
      const ok = feed(
        'verify',
        '--envelope',
        'rogue.feed.json',
        '--trusted',
        'alice.public.json',
        '--feed',
        'camden',
        '--overlay-of',
        'content',
        '--areas',
        'camden',
        '--allow-replace',
        'quit-line',
      );
      expect(ok.status).toBe(0);
      expect(
        feed('verify', '--envelope', 'rogue.feed.json', '--trusted', 'alice.public.json', '--feed', 'camden', '--overlay-of', 'content')
          .status,
      ).toBe(2);
    },
    TIMEOUT,
  );

  it(
    'warns on a --hide id that names nothing in the main content',
    () => {
      const r = feed(
        'build',
        '--content',
        'overlay',
        '--feed',
        'camden',
        '--version',
        '3',
        '--overlay-of',
        'content',
        '--areas',
        'camden',
        '--hide',
        'camden-old-clinic',
        '--out',
        'typo.payload.json',
      );
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/warning: --hide camden-old-clinic: no message, service or topic has that id/);
    },
    TIMEOUT,
  );

  it(
    'M5: build refuses --expires-days over the 45-day maximum',
    () => {
      const r = feed('build', '--content', 'content', '--feed', 'pan-london', '--version', '4', '--expires-days', '46');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--expires-days may be at most 45/);
      expect(
        feed('build', '--content', 'content', '--feed', 'pan-london', '--version', '4', '--expires-days', '45', '--out', 'p45.json').status,
      ).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'L4: build refuses (not warns) when an item is due for review before the feed expires',
    () => {
      mkdirSync(join(dir, 'due'));
      for (const { path, data } of fixtureFiles()) {
        for (const m of data.messages ?? [])
          Object.assign(m, {
            reviewed: new Date().toISOString().slice(0, 10),
            reviewBy: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
          });
        for (const s of data.services ?? [])
          Object.assign(s, {
            checked: new Date().toISOString().slice(0, 10),
            reviewBy: new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10),
          });
        writeFileSync(join(dir, 'due', path.replace(/^content\//, '').replace(/\//g, '-')), JSON.stringify(data));
      }
      const r = feed('build', '--content', 'due', '--feed', 'pan-london', '--version', '5', '--out', 'due.json');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/message "stop-smoking": reviewBy .* is before the feed expires/);
      expect(
        feed('build', '--content', 'due', '--feed', 'pan-london', '--version', '5', '--expires-days', '7', '--out', 'due.json').status,
      ).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'I8: sign refuses a payload that browsers would refuse',
    () => {
      const payload = JSON.parse(readFileSync(join(dir, 'payload.json'), 'utf8'));
      payload.expires = new Date(Date.parse(payload.issued) + 400 * 86_400_000).toISOString();
      writeFileSync(join(dir, 'long.payload.json'), JSON.stringify(payload));
      const r = feed('sign', '--payload', 'long.payload.json', '--key', 'alice.private.pem', '--out', 'long.feed.json');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^sign refused \(validity-too-long\)/);
    },
    TIMEOUT,
  );

  it(
    'I2: sign refuses a payload with a duplicated key',
    () => {
      const text = readFileSync(join(dir, 'payload.json'), 'utf8').replace('"version": 3,', '"version": 3, "version": 6,');
      writeFileSync(join(dir, 'dup.payload.json'), text);
      // sign itself refuses it (I8); sign the bytes by hand to test verify.
      expect(feed('sign', '--payload', 'dup.payload.json', '--key', 'alice.private.pem', '--out', 'dup.feed.json').stderr).toMatch(
        /twice in one object/,
      );
    },
    TIMEOUT,
  );

  it(
    'keygen creates its output folder, readable by its owner only',
    () => {
      const r = feed('keygen', '--out', 'new-keys/nested', '--name', 'dana');
      expect(r.status).toBe(0);
      expect(statSync(join(dir, 'new-keys/nested')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, 'new-keys/nested/dana.private.pem')).mode & 0o777).toBe(0o600);
    },
    TIMEOUT,
  );

  it(
    'build refuses invalid content and lists the problems',
    () => {
      mkdirSync(join(dir, 'bad'));
      writeFileSync(join(dir, 'bad/topics.json'), JSON.stringify({ topics: [{ id: 'Smoking', title: 'x', description: 'y', order: 1 }] }));
      const r = feed('build', '--content', 'bad', '--feed', 'pan-london', '--version', '1');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/bad\/topics\.json: topic "Smoking": id must be lower-case words/);
      expect(r.stderr).toMatch(/build refused: 1 content problem\(s\)$/);
    },
    TIMEOUT,
  );

  it(
    'reports usage errors with exit code 2',
    () => {
      const r = feed('build', '--feed', 'x', '--version', 'two');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--version must be a whole number/);
      expect(feed('frobnicate').status).toBe(2);
    },
    TIMEOUT,
  );
});
