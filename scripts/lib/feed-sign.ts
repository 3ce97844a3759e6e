/**
 * Makes a DSSE envelope: one Ed25519 signature per key over PAE(payloadType, payload).
 * https://github.com/secure-systems-lab/dsse/blob/v1.0.0/protocol.md
 */
import { sign, type KeyObject } from 'node:crypto';
import { encodeBase64 } from '../../utils/feed/base64';
import { PAYLOAD_TYPE } from '../../utils/feed/feed-constants';
import { pae } from '../../utils/feed/pae';
import { trustedKeyOf } from './feed-keys';

export interface Envelope {
  payloadType: string;
  payload: string;
  signatures: Array<{ keyid: string; sig: string }>;
}

export async function signEnvelope(
  payload: Uint8Array,
  privateKeys: readonly KeyObject[],
  payloadType: string = PAYLOAD_TYPE,
): Promise<Envelope> {
  const message = pae(payloadType, payload);
  const signatures = [];
  for (const key of privateKeys) {
    // Ed25519 hashes internally, so node:crypto takes `null` as the digest.
    signatures.push({ keyid: (await trustedKeyOf(key)).keyid, sig: encodeBase64(sign(null, message, key)) });
  }
  return { payloadType, payload: encodeBase64(payload), signatures };
}
