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

/** The fixture content, with review dates moved to next year so the test does not age. */
function writeContent(to: string) {
  const nextYear = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  for (const { path, data } of fixtureFiles()) {
    for (const m of data.messages ?? []) m.reviewBy = nextYear;
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

      const sign = feed('sign', '--payload', 'payload.json', '--key', 'alice.private.pem', '--key', 'bob.private.pem', '--out', 'feed.json');
      expect(sign.status).toBe(0);

      const verify = feed('verify', '--envelope', 'feed.json', '--trusted', 'alice.public.json', '--trusted', 'bob.public.json', '--threshold', '2', '--feed', 'pan-london');
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
      const build = feed('build', '--content', 'overlay', '--feed', 'camden', '--version', '1', '--overlay-of', 'content', '--hide', 'camden-quit', '--out', 'camden.payload.json');
      expect(build.stderr).toBe('');
      expect(JSON.parse(readFileSync(join(dir, 'camden.payload.json'), 'utf8'))).toMatchObject({ feed: 'camden', hide: ['camden-quit'] });
      expect(feed('sign', '--payload', 'camden.payload.json', '--key', 'alice.private.pem', '--out', 'camden.feed.json').status).toBe(0);

      const ok = feed('verify', '--envelope', 'camden.feed.json', '--trusted', 'alice.public.json', '--feed', 'camden', '--overlay-of', 'content');
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
