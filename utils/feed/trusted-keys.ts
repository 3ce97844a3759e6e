/**
 * The keys a feed must be signed by. A key is identified the TUF way, by the
 * lower-case hex SHA-256 of its raw public key bytes, so a key id can always be
 * recomputed and never has to be believed.
 * https://theupdateframework.github.io/specification/latest/#keyid
 *
 * Uses WebCrypto's native Ed25519 (Chrome/Edge 137+, Firefox 129+, Node 20): no
 * JS crypto in the bundle. See shared/reference/platform-notes.md §0.2.
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

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available in this context');
  return s;
}

export function toHex(bytes: Uint8Array): string {
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
  return bytes;
}

export async function importVerifyKey(publicKey: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
}

/** Builds a TrustedKey (with its computed keyid) from a base64 raw public key. */
export async function trustedKeyFromPublicKey(publicKey: string): Promise<TrustedKey> {
  return { keyid: await computeKeyId(decodePublicKey(publicKey)), publicKey };
}

/**
 * Imports trusted keys for verification. Keys are de-duplicated by their *computed*
 * keyid: the threshold counts distinct keys, and two list entries holding the same
 * key (say, one from the build and one from policy) must count once. An entry whose
 * stated keyid disagrees with its key, or which is not an Ed25519 key, is left out
 * and reported, so a typo in a policy can only ever remove trust, never add it.
 */
export async function importTrustedKeys(
  keys: readonly TrustedKey[],
): Promise<{ keys: ImportedKey[]; problems: string[] }> {
  const imported = new Map<string, ImportedKey>();
  const problems: string[] = [];
  for (const entry of keys) {
    try {
      const raw = decodePublicKey(entry.publicKey);
      const keyid = await computeKeyId(raw);
      if (entry.keyid.toLowerCase() !== keyid) {
        problems.push(`trusted key ${entry.keyid}: keyid does not match its public key (expected ${keyid})`);
        continue;
      }
      if (!imported.has(keyid)) imported.set(keyid, { keyid, key: await importVerifyKey(raw) });
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
