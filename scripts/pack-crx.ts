/**
 * `npm run build:selfhosted -- --key PATH.pem --codebase https://host/path/mecc-sidebar.crx
 *    [--update-url https://host/path/updates.xml] [--out DIR]`
 *
 * The self-hosted package for IT teams who force-install from their own web server
 * (docs/admin.md): builds the Chrome MV3 extension with the key's public half as the
 * manifest `key` and the update URL as `update_url`, packs it as a signed CRX3 and writes
 * the update manifest XML. Prints the extension id, which policy is keyed by.
 *
 * Output (default `.output/selfhosted/`): `<name from --codebase>` (the .crx) and
 * `updates.xml`; upload both so that they are served at --codebase and --update-url.
 * The build itself happens in a temporary directory (MECC_OUT_DIR), never in
 * .output/chrome-mv3. The signing key must live outside the repository.
 *
 * Exit codes: 0 packed, 1 failed, 2 the command was used wrongly.
 */
import { spawnSync } from 'node:child_process';
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createZip, directoryEntries, packCrx3, parseCrx3, readZip, verifyCrx3, type ZipEntry } from './lib/crx3';
import { extensionIdFromSpki, KEY_FILE_ENV, PUBLIC_KEY_ENV, spkiOf } from './lib/extension-id';
import { checkUrl, defaultUpdateUrl, updateManifestXml } from './lib/update-manifest';
import { one, parseArgs, required, UsageError } from './lib/feed-args';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT = join(ROOT, '.output', 'selfhosted');
const MIN_RSA_BITS = 2048;

const USAGE = `usage: npm run build:selfhosted -- --key PATH.pem --codebase https://host/path/mecc-sidebar.crx
         [--update-url https://host/path/updates.xml] [--out DIR]
  --key         RSA private key (PEM), kept outside the repository: openssl genrsa -out key.pem 2048
  --codebase    where the .crx will be served
  --update-url  where updates.xml will be served (default: next to the .crx)
  --out         where to write the .crx and updates.xml (default .output/selfhosted)`;

/** Reads the signing key, refusing one that is not RSA ≥ 2048 bits or that lives inside this repository. */
export function readSigningKey(path: string): KeyObject {
  const file = realpathSync(resolve(path));
  const inside = relative(realpathSync(ROOT), file);
  if (!inside.startsWith('..') && !inside.startsWith('/')) {
    throw new Error(`the signing key ${path} is inside the repository: keep it outside (it must never be committed)`);
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(readFileSync(file));
  } catch (error) {
    throw new Error(`${path} is not a PEM private key: ${(error as Error).message}`);
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (key.asymmetricKeyType !== 'rsa' || bits < MIN_RSA_BITS) {
    throw new Error(`${path} must be an RSA private key of at least ${MIN_RSA_BITS} bits (openssl genrsa -out key.pem 2048)`);
  }
  return key;
}

/**
 * `wxt build -b chrome` into `outBaseDir`, with the key file's public half as the manifest
 * `key`. Returns the build directory (`<outBaseDir>/chrome-mv3`).
 */
export function buildChromeWithKey(keyFile: string, outBaseDir: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, MECC_OUT_DIR: outBaseDir, [KEY_FILE_ENV]: resolve(keyFile) };
  delete env[PUBLIC_KEY_ENV];
  const wxt = join(ROOT, 'node_modules', '.bin', 'wxt');
  const result = spawnSync(wxt, ['build', '-b', 'chrome'], { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`wxt build failed (exit ${result.status}):\n${(result.stderr || result.stdout || String(result.error)).trim()}`);
  }
  return join(outBaseDir, 'chrome-mv3');
}

export interface PackOptions {
  /** A built Chrome MV3 extension (manifest.json at its root). Not modified. */
  buildDir: string;
  privateKey: KeyObject;
  codebase: string;
  updateUrl?: string;
  outDir: string;
}

export interface PackResult {
  extensionId: string;
  version: string;
  crxPath: string;
  updateManifestPath: string;
  codebase: string;
  updateUrl: string;
}

/** Zips a built extension (with `key` and `update_url` set), signs it as CRX3 and writes updates.xml. */
export function packBuiltExtension({ buildDir, privateKey, codebase, updateUrl, outDir }: PackOptions): PackResult {
  const codebaseUrl = checkUrl(codebase, '--codebase');
  const update = checkUrl(updateUrl ?? defaultUpdateUrl(codebaseUrl), '--update-url');
  const crxName = basename(new URL(codebaseUrl).pathname);
  if (!crxName.endsWith('.crx')) throw new Error(`--codebase must name the .crx file, e.g. https://example.org/mecc/mecc-sidebar.crx`);

  const spki = spkiOf(privateKey);
  const publicKey = spki.toString('base64');
  const extensionId = extensionIdFromSpki(spki);
  const entries = directoryEntries(buildDir);
  const manifestEntry = entries.find((e) => e.name === 'manifest.json');
  if (!manifestEntry) throw new Error(`no manifest.json in ${buildDir}: build the extension first`);
  const manifest = JSON.parse(Buffer.from(manifestEntry.data).toString('utf8')) as Record<string, unknown>;
  if (manifest.key !== undefined && manifest.key !== publicKey) {
    throw new Error(`the build's manifest "key" is not the public half of the signing key`);
  }
  const version = manifest.version;
  if (typeof version !== 'string') throw new Error('the manifest has no version');
  // `key` pins the id for anyone loading the unpacked files; `update_url` is where browsers
  // look for later versions (the force-install policy's URL is used only for the first install).
  const patched: ZipEntry = {
    name: 'manifest.json',
    data: Buffer.from(JSON.stringify({ ...manifest, key: publicKey, update_url: update }, null, 2)),
  };
  const zip = createZip(entries.map((e) => (e === manifestEntry ? patched : e)));
  const crx = packCrx3(zip, privateKey);
  // Read our own package back as a browser would before anyone installs it.
  const signer = verifyCrx3(crx);
  const packedManifest = readZip(parseCrx3(crx).zip).find((e) => e.name === 'manifest.json');
  if (!signer.equals(spki) || !packedManifest || JSON.parse(Buffer.from(packedManifest.data).toString('utf8')).key !== publicKey) {
    throw new Error('the packed CRX does not read back as signed with the key');
  }

  mkdirSync(outDir, { recursive: true });
  const crxPath = join(outDir, crxName);
  const updateManifestPath = join(outDir, 'updates.xml');
  writeFileSync(crxPath, crx);
  const minimum = typeof manifest.minimum_chrome_version === 'string' ? manifest.minimum_chrome_version : undefined;
  writeFileSync(updateManifestPath, updateManifestXml({ appId: extensionId, codebase: codebaseUrl, version, prodVersionMin: minimum }));
  return { extensionId, version, crxPath, updateManifestPath, codebase: codebaseUrl, updateUrl: update };
}

/** Build and pack in one go, the build in a temporary directory that is removed afterwards. */
export function packSelfHosted(options: { keyFile: string; codebase: string; updateUrl?: string; outDir: string }): PackResult {
  const privateKey = readSigningKey(options.keyFile);
  const buildBase = mkdtempSync(join(tmpdir(), 'mecc-selfhosted-build-'));
  try {
    const buildDir = buildChromeWithKey(options.keyFile, buildBase);
    return packBuiltExtension({ ...options, buildDir, privateKey });
  } finally {
    rmSync(buildBase, { recursive: true, force: true });
  }
}

function main(argv: string[]) {
  // parseArgs expects a verb; this command has one job, so give it a fixed one.
  const { flags } = parseArgs(['pack', ...argv], { pack: ['key', 'codebase', 'update-url', 'out'] });
  const keyFile = required(flags, 'key');
  const codebase = required(flags, 'codebase');
  const updateUrl = one(flags, 'update-url');
  const outDir = resolve(one(flags, 'out') ?? DEFAULT_OUT);
  for (const [url, name] of [
    [codebase, 'codebase'],
    [updateUrl, 'update-url'],
  ] as const) {
    if (url !== undefined && !/^https:\/\//.test(url)) {
      console.warn(`build:selfhosted: --${name} is not https: browsers fetch it unprotected; use https for real deployments`);
    }
  }
  readSigningKey(keyFile); // fail fast, before building
  const check = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'content-check.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (check.status !== 0) throw new Error('the content check failed: fix the content first (npm run content:check)');
  const result = packSelfHosted({ keyFile, codebase, updateUrl, outDir });
  console.log(`Packed MECC Sidebar ${result.version} for self-hosting.`);
  console.log(`  extension id  ${result.extensionId}`);
  console.log(`  CRX           ${relative(process.cwd(), result.crxPath)}  → serve at ${result.codebase}`);
  console.log(`  update XML    ${relative(process.cwd(), result.updateManifestPath)}  → serve at ${result.updateUrl}`);
  console.log(`  force-install ExtensionInstallForcelist entry: "${result.extensionId};${result.updateUrl}"`);
  console.log(result.extensionId);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`build:selfhosted: ${error.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(`build:selfhosted: ${(error as Error).message}`);
    process.exit(1);
  }
}
