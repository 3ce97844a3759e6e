/**
 * The Chromium extension id and the manifest `key` of a self-hosted (or test) build.
 *
 * A Chromium extension's id is the first 16 bytes of SHA-256 over its public key (DER
 * SubjectPublicKeyInfo), written as 32 hex digits with 0–f mapped to a–p
 * (components/crx_file/id_util.cc). Putting that SPKI, base64, in the manifest's `key`
 * gives an unpacked build the same id as the packed CRX, so policy keyed by id applies.
 *
 * Store builds must never carry `key` (the Chrome Web Store rejects it, and the store
 * assigns its own id), and Firefox builds never do: Firefox uses the gecko id.
 */
import { createHash, createPublicKey, KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Base64 DER SubjectPublicKeyInfo (what the manifest's `key` holds). */
export const PUBLIC_KEY_ENV = 'MECC_EXTENSION_PUBLIC_KEY';
/** Path to a PEM private or public key; its public half becomes `key`. */
export const KEY_FILE_ENV = 'MECC_EXTENSION_KEY_FILE';

/** The DER SubjectPublicKeyInfo of a PEM private or public key (or a KeyObject). */
export function spkiOf(key: string | Buffer | KeyObject): Buffer {
  const publicKey = key instanceof KeyObject && key.type === 'public' ? key : createPublicKey(key);
  if (publicKey.asymmetricKeyType !== 'rsa') {
    throw new Error(`expected an RSA key (as \`openssl genrsa\` makes), got ${publicKey.asymmetricKeyType ?? 'an unknown key type'}`);
  }
  return publicKey.export({ type: 'spki', format: 'der' });
}

/** The 16-byte id Chromium derives from an SPKI: also the CRX3 header's crx_id. */
export function crxIdBytes(spki: Uint8Array): Buffer {
  return createHash('sha256').update(spki).digest().subarray(0, 16);
}

/** 32 letters a–p: the extension id Chromium shows and policy is keyed by. */
export function extensionIdFromSpki(spki: Uint8Array): string {
  return [...crxIdBytes(spki).toString('hex')].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export function isExtensionId(id: string): boolean {
  return /^[a-p]{32}$/.test(id);
}

/** Checks that a base64 string really is a DER SubjectPublicKeyInfo and returns its bytes. */
export function spkiFromBase64(base64: string): Buffer {
  const trimmed = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) throw new Error(`${PUBLIC_KEY_ENV} must be base64 (DER SubjectPublicKeyInfo)`);
  const der = Buffer.from(trimmed, 'base64');
  try {
    return spkiOf(createPublicKey({ key: der, format: 'der', type: 'spki' }));
  } catch (error) {
    throw new Error(`${PUBLIC_KEY_ENV} is not a DER SubjectPublicKeyInfo: ${(error as Error).message}`);
  }
}

export interface ManifestKeyContext {
  /** WXT's target browser: "chrome", "edge", "firefox", … */
  browser: string;
  env: Readonly<Record<string, string | undefined>>;
  /** The process's arguments: `wxt zip` (the store packages) never gets a key. */
  argv: readonly string[];
}

/** True when the WXT command is `zip`: the packages uploaded to the stores. */
export function isStorePackaging(argv: readonly string[]): boolean {
  return argv.slice(2).includes('zip');
}

/**
 * The manifest `key` for this build, or undefined for none. Only when an env var gives a
 * key, only for Chromium browsers, and never while making the store zips (`wxt zip`), even
 * if the variable is set (e.g. left in a shell or a .env file).
 */
export function manifestKey({ browser, env, argv }: ManifestKeyContext): string | undefined {
  const base64 = env[PUBLIC_KEY_ENV]?.trim() || undefined;
  const file = env[KEY_FILE_ENV]?.trim() || undefined;
  if (base64 === undefined && file === undefined) return undefined;
  if (browser === 'firefox' || browser === 'safari') return undefined;
  if (isStorePackaging(argv)) {
    console.warn(`[mecc] ${PUBLIC_KEY_ENV}/${KEY_FILE_ENV} ignored: store packages (wxt zip) never carry a manifest "key".`);
    return undefined;
  }
  if (base64 !== undefined && file !== undefined) throw new Error(`set only one of ${PUBLIC_KEY_ENV} and ${KEY_FILE_ENV}`);
  const spki = base64 !== undefined ? spkiFromBase64(base64) : spkiOf(readFileSync(file!));
  return spki.toString('base64');
}
