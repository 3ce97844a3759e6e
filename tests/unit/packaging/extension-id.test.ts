// @vitest-environment node
/**
 * The extension id and the manifest `key` (scripts/lib/extension-id.ts). The known answer
 * was computed independently, with the pipeline Chrome's documentation gives:
 *   openssl rsa -in key.pem -pubout -outform DER | sha256sum | head -c32 | tr 0-9a-f a-p
 * Only the PUBLIC half of that key is here; its private half was never kept.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  extensionIdFromSpki,
  isExtensionId,
  KEY_FILE_ENV,
  manifestKey,
  PUBLIC_KEY_ENV,
  spkiFromBase64,
  spkiOf,
} from '../../../scripts/lib/extension-id';

const KNOWN_SPKI =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA8MG4Z9sfhiaI7lEt7XEPxWdtbRS7j57wiOI0F9o5RCctFQwrOIu1kAeBjrBGfeCLMzJL39VuKPuTpGj0cC5mtuUyMPSX6pTl2nplQs9caLovdE6JkDsRnjtQ7Jx7LKRxl/G762Ez25BeBDVgpNDk+xj0Hiz/vx1L2dEYjPUwUysxC+J9OOwwADwNEp8j8HSMmrasrsG1Y/i+HxqVW+0uyM9c1yizDdUUPIUS34r3DYkCqfHxyaY2WmsGPLSDaAftZkneogcB0otay4ZG9+qFkyO+qydY5GCuzCbORanvB020iNV3+4AchZlMfs/XWQh5Lvt7GlF7dBSDaOytM4cGwwIDAQAB';
const KNOWN_ID = 'gbobhohijcfppnomjmabcickojegdcpk';
const KNOWN_PEM = `-----BEGIN PUBLIC KEY-----\n${KNOWN_SPKI.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`;

const dir = mkdtempSync(join(tmpdir(), 'mecc-extension-id-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BUILD_ARGV = ['node', '/x/node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'chrome'];
const ZIP_ARGV = ['node', '/x/node_modules/wxt/bin/wxt.mjs', 'zip', '-b', 'edge'];

describe('extension id', () => {
  it('is SHA-256 of the public key, first 16 bytes, hex written a–p (a known key)', () => {
    expect(extensionIdFromSpki(spkiFromBase64(KNOWN_SPKI))).toBe(KNOWN_ID);
    expect(extensionIdFromSpki(spkiOf(KNOWN_PEM))).toBe(KNOWN_ID);
    expect(isExtensionId(KNOWN_ID)).toBe(true);
  });

  it('is the same from the private key as from its public half', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const fromPrivate = extensionIdFromSpki(spkiOf(privateKey.export({ type: 'pkcs8', format: 'pem' })));
    expect(fromPrivate).toBe(extensionIdFromSpki(spkiOf(publicKey)));
    expect(extensionIdFromSpki(spkiOf(privateKey))).toBe(fromPrivate);
    expect(isExtensionId(fromPrivate)).toBe(true);
  });

  it('refuses keys that are not RSA, and base64 that is not a public key', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    expect(() => spkiOf(privateKey)).toThrow(/RSA/);
    expect(() => spkiFromBase64('not base64!')).toThrow(PUBLIC_KEY_ENV);
    expect(() => spkiFromBase64(Buffer.from('hello').toString('base64'))).toThrow(/SubjectPublicKeyInfo/);
  });
});

describe('manifest key', () => {
  const keyFile = join(dir, 'public.pem');
  writeFileSync(keyFile, KNOWN_PEM);

  it('is absent unless an env var gives a key', () => {
    expect(manifestKey({ browser: 'chrome', env: {}, argv: BUILD_ARGV })).toBeUndefined();
    expect(manifestKey({ browser: 'chrome', env: { [PUBLIC_KEY_ENV]: '  ' }, argv: BUILD_ARGV })).toBeUndefined();
  });

  it('comes from a base64 SPKI or from a PEM key file, for Chrome and Edge builds', () => {
    expect(manifestKey({ browser: 'chrome', env: { [PUBLIC_KEY_ENV]: KNOWN_SPKI }, argv: BUILD_ARGV })).toBe(KNOWN_SPKI);
    expect(manifestKey({ browser: 'edge', env: { [KEY_FILE_ENV]: keyFile }, argv: BUILD_ARGV })).toBe(KNOWN_SPKI);
  });

  it('is never given to Firefox', () => {
    expect(manifestKey({ browser: 'firefox', env: { [PUBLIC_KEY_ENV]: KNOWN_SPKI }, argv: BUILD_ARGV })).toBeUndefined();
  });

  it('is never put in the store packages (wxt zip), even with the env var set', () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      for (const browser of ['chrome', 'edge', 'firefox']) {
        expect(manifestKey({ browser, env: { [PUBLIC_KEY_ENV]: KNOWN_SPKI }, argv: ZIP_ARGV })).toBeUndefined();
        expect(manifestKey({ browser, env: { [KEY_FILE_ENV]: keyFile }, argv: ZIP_ARGV })).toBeUndefined();
      }
    } finally {
      console.warn = warn;
    }
  });

  it('refuses two keys at once and a value that is not a key', () => {
    expect(() =>
      manifestKey({ browser: 'chrome', env: { [PUBLIC_KEY_ENV]: KNOWN_SPKI, [KEY_FILE_ENV]: keyFile }, argv: BUILD_ARGV }),
    ).toThrow(/only one/);
    expect(() => manifestKey({ browser: 'chrome', env: { [PUBLIC_KEY_ENV]: 'AAAA' }, argv: BUILD_ARGV })).toThrow(PUBLIC_KEY_ENV);
  });
});
