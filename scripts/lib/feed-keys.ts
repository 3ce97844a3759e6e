/**
 * Publisher-side Ed25519 keys, with node:crypto. The private key is a PKCS#8 PEM that
 * lives offline with the publisher; the public half is `{keyid, publicKey}` JSON,
 * the same TrustedKey shape the extension ships and policy adds.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { encodeBase64 } from '../../utils/feed/base64';
import { computeKeyId, type TrustedKey } from '../../utils/feed/trusted-keys';

/** The raw 32-byte Ed25519 public key (JWK `x`), which is what keyids are computed over. */
export function rawPublicKey(key: KeyObject): Uint8Array<ArrayBuffer> {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  if (publicKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`expected an Ed25519 key, got ${publicKey.asymmetricKeyType ?? 'an unknown key type'}`);
  }
  const jwk = publicKey.export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(jwk.x!, 'base64url'));
}

export async function trustedKeyOf(key: KeyObject): Promise<TrustedKey> {
  const raw = rawPublicKey(key);
  return { keyid: await computeKeyId(raw), publicKey: encodeBase64(raw) };
}

export function generateFeedKeyPair(): { privateKey: KeyObject; publicKey: KeyObject; privatePem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey, privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

export function readPrivateKey(pemFile: string): KeyObject {
  const key = createPrivateKey(readFileSync(pemFile));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${pemFile} is not an Ed25519 private key`);
  return key;
}

/** The nearest enclosing git work tree, if any: private keys must never be written inside one. */
export function enclosingRepo(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    if (existsSync(resolve(d, '.git'))) return d;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}
