// @vitest-environment node
/**
 * The real builds, run into temporary directories (MECC_OUT_DIR) so they never touch
 * .output/: the store packages `npm run build` makes must never carry a manifest `key`,
 * even when a key is set in the environment; a keyed build and the self-hosted CLI must.
 * A throwaway signing key is generated for the run; no key is stored in the repository.
 */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCrx3, readZip, verifyCrx3 } from '../../../scripts/lib/crx3';
import { extensionIdFromSpki, KEY_FILE_ENV, PUBLIC_KEY_ENV, spkiOf } from '../../../scripts/lib/extension-id';

const ROOT = resolve(import.meta.dirname, '../../..');
const WXT = join(ROOT, 'node_modules/.bin/wxt');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const TIMEOUT = 240_000;

const tmp = mkdtempSync(join(tmpdir(), 'mecc-builds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const keyFile = join(tmp, 'throwaway.pem');
writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
const spki = spkiOf(privateKey).toString('base64');
const id = extensionIdFromSpki(spkiOf(privateKey));

function run(command: string, args: string[], env: Record<string, string>) {
  const clean = { ...process.env };
  delete clean[PUBLIC_KEY_ENV];
  delete clean[KEY_FILE_ENV];
  const r = spawnSync(command, args, { cwd: ROOT, env: { ...clean, ...env }, encoding: 'utf8', timeout: TIMEOUT });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

const manifestIn = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
function manifestInZip(file: string) {
  const entry = readZip(readFileSync(file)).find((e) => e.name === 'manifest.json');
  if (!entry) throw new Error(`no manifest.json in ${file}`);
  return JSON.parse(Buffer.from(entry.data).toString('utf8')) as Record<string, unknown>;
}

describe('store packages (npm run build)', () => {
  it(
    'never contain a manifest key, even with a key in the environment',
    () => {
      // The wxt commands of `npm run build`, exactly as package.json has them.
      const build = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build!;
      const zips = build
        .split('&&')
        .map((part) => part.trim().split(/\s+/))
        .filter(([command]) => command === 'wxt');
      expect(zips.map((args) => args.slice(1).join(' '))).toEqual(['zip', 'zip -b firefox', 'zip -b edge']);

      const out = join(tmp, 'store');
      for (const [, ...args] of zips) run(WXT, args, { MECC_OUT_DIR: out, [PUBLIC_KEY_ENV]: spki });

      const packages = readdirSync(out).filter((f) => /-(chrome|edge|firefox)\.zip$/.test(f));
      expect(packages.map((f) => f.replace(/^.*-/, '')).sort()).toEqual(['chrome.zip', 'edge.zip', 'firefox.zip']);
      for (const file of packages) expect(manifestInZip(join(out, file)), file).not.toHaveProperty('key');
      for (const dir of ['chrome-mv3', 'edge-mv3', 'firefox-mv3']) {
        const manifest = manifestIn(join(out, dir));
        expect(manifest, dir).not.toHaveProperty('key');
        expect(manifest, dir).not.toHaveProperty('update_url');
      }
    },
    TIMEOUT,
  );
});

describe('keyed builds', () => {
  it(
    'get the key for Chrome, never for Firefox',
    () => {
      const out = join(tmp, 'keyed');
      run(WXT, ['build', '-b', 'chrome'], { MECC_OUT_DIR: out, [KEY_FILE_ENV]: keyFile });
      run(WXT, ['build', '-b', 'firefox'], { MECC_OUT_DIR: out, [PUBLIC_KEY_ENV]: spki });
      expect(manifestIn(join(out, 'chrome-mv3')).key).toBe(spki);
      expect(manifestIn(join(out, 'firefox-mv3'))).not.toHaveProperty('key');
    },
    TIMEOUT,
  );

  it(
    'npm run build:selfhosted packs a signed CRX3 and its update manifest, and prints the id',
    () => {
      const out = join(tmp, 'selfhosted');
      const r = run(
        TSX,
        [join(ROOT, 'scripts/pack-crx.ts'), '--key', keyFile, '--codebase', 'https://example.org/mecc/mecc-sidebar.crx', '--out', out],
        {},
      );
      expect(r.stdout.trim().split('\n').at(-1)).toBe(id);
      expect(readdirSync(out).sort()).toEqual(['mecc-sidebar.crx', 'updates.xml']);

      const crx = readFileSync(join(out, 'mecc-sidebar.crx'));
      expect(extensionIdFromSpki(verifyCrx3(crx))).toBe(id);
      const manifest = manifestInZipBuffer(parseCrx3(crx).zip);
      expect(manifest.key).toBe(spki);
      expect(manifest.update_url).toBe('https://example.org/mecc/updates.xml');
      expect(manifest).not.toHaveProperty('browser_specific_settings');

      const xml = readFileSync(join(out, 'updates.xml'), 'utf8');
      expect(xml).toContain(`<app appid="${id}">`);
      expect(xml).toContain(`codebase="https://example.org/mecc/mecc-sidebar.crx" version="${manifest.version as string}"`);
      // The build happened elsewhere: nothing was written to the ordinary output directory.
      expect(existsSync(join(out, 'chrome-mv3'))).toBe(false);
    },
    TIMEOUT,
  );

  it('build:selfhosted refuses a missing option and a key kept inside the repository', () => {
    const usage = spawnSync(TSX, [join(ROOT, 'scripts/pack-crx.ts'), '--key', keyFile], { cwd: ROOT, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--codebase is required');

    const inside = join(ROOT, 'package.json'); // any file in the repo stands in for a key kept there
    const refused = spawnSync(TSX, [join(ROOT, 'scripts/pack-crx.ts'), '--key', inside, '--codebase', 'https://example.org/m.crx'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('inside the repository');
  }, 60_000);
});

function manifestInZipBuffer(zip: Buffer) {
  const entry = readZip(zip).find((e) => e.name === 'manifest.json');
  if (!entry) throw new Error('no manifest.json in the CRX');
  return JSON.parse(Buffer.from(entry.data).toString('utf8')) as Record<string, unknown>;
}
