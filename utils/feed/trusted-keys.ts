/**
 * The keys a feed must be signed by. A key is identified the TUF way, by the
 * lower-case hex SHA-256 of its raw public key bytes, so a key id can always be
 * recomputed and never has to be believed.
 * https://theupdateframework.github.io/specification/latest/#keyid
 *
 * Uses WebCrypto's native Ed25519 (Chrome/Edge 137+, Firefox 129+, Node 20): no
 * JS crypto in the bundle (https://developer.mozilla.org/docs/Web/API/SubtleCrypto/sign#ed25519).
 */
import { Base64Error, decodeBase64 } from './base64';

export interface TrustedKey {
  /** Lower-case hex SHA-256 of the raw public key. Recomputed on import, never trusted. */
  keyid: string;
  /** Base64 of the raw 32-byte Ed25519 public key. */
  publicKey: string;
}

/** A trusted key ready to verify with. `keyid` here is the recomputed one. */
export interface ImportedKey {
  keyid: string;
  key: CryptoKey;
}

const ED25519_PUBLIC_KEY_BYTES = 32;

/** More keys than any real deployment needs; each one costs a verification per signature (review I4). */
export const MAX_TRUSTED_KEYS = 32;

/** p = 2^255 - 19, the field prime; a canonical y coordinate is below it (RFC 8032 §5.1.3). */
const P = (1n << 255n) - 19n;

/**
 * The y coordinates (sign bit ignored) of the 8 points of small order, as in libsodium's
 * blocklist: 0 and 1 (orders 4 and 1), p-1 (order 2) and the two y values of the
 * order-8 points. With such a "public key", R = identity and S = 0 verifies for EVERY
 * message in Node, Chromium and Firefox (security review M2), so they are refused
 * wherever a key comes from. https://eprint.iacr.org/2020/1244 (Ed25519 edge cases)
 */
const SMALL_ORDER_Y = new Set<bigint>([
  0n,
  1n,
  P - 1n,
  0x05fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826n,
  0x7a03ac9277fdc74ec6cc392cfa53202a0f67100d760b3cba4fd84d3d706a17c7n,
]);

/** The key's y coordinate: little-endian, without the top (sign) bit. */
function yOf(bytes: Uint8Array): bigint {
  let y = 0n;
  for (let i = ED25519_PUBLIC_KEY_BYTES - 1; i >= 0; i -= 1) y = (y << 8n) | BigInt(i === 31 ? bytes[i]! & 0x7f : bytes[i]!);
  return y;
}

/** A fixed forged signature: R = the identity point, S = 0. No honest key accepts it. */
const FORGED_SIGNATURE = (() => {
  const sig = new Uint8Array(64);
  sig[0] = 1;
  return sig;
})();
const SELF_TEST_MESSAGE = new TextEncoder().encode('MECC Sidebar trusted-key self-test');

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available in this context');
  return s;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await subtle().digest('SHA-256', bytes)));
}

/** keyid = hex(SHA-256(raw public key)). */
export async function computeKeyId(publicKey: Uint8Array<ArrayBuffer>): Promise<string> {
  return sha256Hex(publicKey);
}

/** Decodes a TrustedKey's public key, checking it is an Ed25519 key's length. */
export function decodePublicKey(publicKey: string): Uint8Array<ArrayBuffer> {
  const bytes = decodeBase64(publicKey);
  if (bytes.length !== ED25519_PUBLIC_KEY_BYTES) {
    throw new Base64Error(`an Ed25519 public key is ${ED25519_PUBLIC_KEY_BYTES} bytes, not ${bytes.length}`);
  }
  const y = yOf(bytes);
  if (y >= P) throw new Base64Error('not a canonical Ed25519 public key (y is not below 2^255-19)');
  if (SMALL_ORDER_Y.has(y)) throw new Base64Error('a small-order Ed25519 point, which would accept forged signatures');
  return bytes;
}

async function importVerifyKey(publicKey: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
}

/**
 * Belt and braces for decodePublicKey's blocklist: a key that accepts the forged
 * identity signature would accept anything, so it is never used.
 */
async function acceptsForgery(key: CryptoKey): Promise<boolean> {
  try {
    return await subtle().verify({ name: 'Ed25519' }, key, FORGED_SIGNATURE, SELF_TEST_MESSAGE);
  } catch {
    return false;
  }
}

/**
 * Imports trusted keys for verification. Keys are de-duplicated by their *computed*
 * keyid: the threshold counts distinct keys, and two list entries holding the same
 * key (say, one from the build and one from policy) must count once. An entry whose
 * stated keyid disagrees with its key, or which is not an Ed25519 key, is left out
 * and reported, so a typo in a policy can only ever remove trust, never add it. A
 * small-order key (which would verify anything) is refused outright (review M2).
 */
export async function importTrustedKeys(keys: readonly TrustedKey[]): Promise<{ keys: ImportedKey[]; problems: string[] }> {
  const imported = new Map<string, ImportedKey>();
  const problems: string[] = [];
  if (keys.length > MAX_TRUSTED_KEYS) problems.push(`only the first ${MAX_TRUSTED_KEYS} of ${keys.length} trusted keys are used`);
  for (const entry of keys.slice(0, MAX_TRUSTED_KEYS)) {
    try {
      const raw = decodePublicKey(entry.publicKey);
      const keyid = await computeKeyId(raw);
      if (entry.keyid.toLowerCase() !== keyid) {
        problems.push(`trusted key ${entry.keyid}: keyid does not match its public key (expected ${keyid})`);
        continue;
      }
      if (imported.has(keyid)) continue;
      const key = await importVerifyKey(raw);
      if (await acceptsForgery(key)) {
        problems.push(`trusted key ${keyid}: accepts a forged signature, so it is not used`);
        continue;
      }
      imported.set(keyid, { keyid, key });
    } catch (error) {
      problems.push(`trusted key ${String(entry.keyid)}: ${(error as Error).message}`);
    }
  }
  return { keys: [...imported.values()], problems };
}

/** Reads a `NAME.public.json` as written by `npm run feed -- keygen`, or throws why not. */
export function parseTrustedKey(data: unknown): TrustedKey {
  const d = data as { keyid?: unknown; publicKey?: unknown } | null;
  if (typeof d?.keyid !== 'string' || typeof d.publicKey !== 'string') {
    throw new Error('a trusted key must be {"keyid": "<hex>", "publicKey": "<base64>"}');
  }
  return { keyid: d.keyid, publicKey: d.publicKey };
}
