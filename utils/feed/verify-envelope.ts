/**
 * Verifies a DSSE envelope before anything looks inside it.
 *
 * Order, per DSSE protocol.md ("Verification") and TUF's threshold rules:
 *   1. size cap, in bytes, before parsing (TUF "endless data");
 *   2. parse the envelope and decode base64 (reject on failure);
 *   3. payload type must be ours (DSSE: reject unsupported types);
 *   4. Ed25519 over PAE(payloadType, payload), against trusted keys only;
 *   5. count DISTINCT trusted keys that verified against the threshold.
 * The payload is returned as bytes and text but never parsed here.
 *
 * https://github.com/secure-systems-lab/dsse/blob/v1.0.0/protocol.md
 * https://github.com/secure-systems-lab/dsse/blob/v1.0.0/envelope.md
 * https://theupdateframework.github.io/specification/latest/ (§ "threshold")
 */
import { type Base64Error, decodeBase64 } from './base64';
import { DEFAULT_MAX_ENVELOPE_BYTES, MAX_SIGNATURES, PAYLOAD_TYPE } from './feed-constants';
import { feedError, type FeedError } from './feed-error';
import { pae } from './pae';
import { importTrustedKeys, type ImportedKey, type TrustedKey } from './trusted-keys';

export interface VerifyOptions {
  trustedKeys: readonly TrustedKey[];
  /** Distinct trusted keys needed. Anything below 1 is treated as 1: policy cannot switch verification off. */
  threshold: number;
  maxBytes?: number;
}

export type VerifyResult =
  { ok: true; payload: Uint8Array<ArrayBuffer>; payloadText: string; keyids: string[] } | { ok: false; error: FeedError };

interface ParsedSignature {
  /** Unauthenticated hint (DSSE); empty when absent. */
  keyid: string;
  sig: Uint8Array<ArrayBuffer>;
}

interface ParsedEnvelope {
  payloadType: string;
  payload: Uint8Array<ArrayBuffer>;
  signatures: ParsedSignature[];
}

const fail = (...args: Parameters<typeof feedError>): VerifyResult => ({ ok: false, error: feedError(...args) });

/** A threshold that is at least 1 and whole, whatever a setting or policy said. */
export function effectiveThreshold(threshold: number): number {
  return Number.isFinite(threshold) ? Math.max(1, Math.ceil(threshold)) : 1;
}

function parseEnvelope(text: string): ParsedEnvelope | FeedError {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return feedError('malformed-envelope', `the feed is not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return feedError('malformed-envelope', 'the feed is not a signed envelope (expected a JSON object)');
  }
  // DSSE: payload, payloadType, signatures and sig are required; unknown fields are ignored.
  const e = data as { payload?: unknown; payloadType?: unknown; signatures?: unknown };
  if (typeof e.payload !== 'string') return feedError('malformed-envelope', 'the envelope has no "payload" string');
  if (typeof e.payloadType !== 'string') {
    return feedError('malformed-envelope', 'the envelope has no "payloadType" string');
  }
  if (!Array.isArray(e.signatures)) return feedError('malformed-envelope', 'the envelope has no "signatures" list');
  if (e.signatures.length > MAX_SIGNATURES) {
    return feedError('malformed-envelope', `the envelope has ${e.signatures.length} signatures (at most ${MAX_SIGNATURES})`);
  }
  let payload: Uint8Array<ArrayBuffer>;
  try {
    payload = decodeBase64(e.payload);
  } catch (error) {
    return feedError('malformed-envelope', `the envelope payload is not base64 (${(error as Base64Error).message})`);
  }
  const signatures: ParsedSignature[] = [];
  for (const [i, s] of e.signatures.entries()) {
    const entry = s as { keyid?: unknown; sig?: unknown } | null;
    if (typeof entry !== 'object' || entry === null || typeof entry.sig !== 'string') {
      return feedError('malformed-envelope', `signature #${i + 1} has no "sig" string`);
    }
    // DSSE: "keyid is OPTIONAL ... unset is treated the same as set-but-empty".
    if (entry.keyid !== undefined && typeof entry.keyid !== 'string') {
      return feedError('malformed-envelope', `signature #${i + 1} has a "keyid" that is not a string`);
    }
    try {
      signatures.push({ keyid: (entry.keyid ?? '').toLowerCase(), sig: decodeBase64(entry.sig) });
    } catch (error) {
      return feedError('malformed-envelope', `signature #${i + 1} is not base64 (${(error as Error).message})`);
    }
  }
  return { payloadType: e.payloadType, payload, signatures };
}

async function verifies(key: ImportedKey, sig: Uint8Array<ArrayBuffer>, message: Uint8Array<ArrayBuffer>) {
  try {
    return await globalThis.crypto.subtle.verify({ name: 'Ed25519' }, key.key, sig, message);
  } catch {
    // A signature of the wrong length throws in some engines: it is simply not valid.
    return false;
  }
}

/**
 * Which trusted key (if any) made this signature. The keyid only orders the search
 * (DSSE: it "MUST NOT be used for security decisions"): a wrong or missing hint still
 * finds the right key, and a hint naming a trusted key proves nothing by itself.
 */
async function signerOf(sig: ParsedSignature, keys: ImportedKey[], message: Uint8Array<ArrayBuffer>) {
  const ordered = [...keys.filter((k) => k.keyid === sig.keyid), ...keys.filter((k) => k.keyid !== sig.keyid)];
  for (const key of ordered) {
    if (await verifies(key, sig.sig, message)) return key.keyid;
  }
  return undefined;
}

/**
 * The UTF-8 size of the text, without encoding a huge string just to measure it:
 * UTF-8 takes 1 to 3 bytes per UTF-16 unit, so only the middle case needs counting.
 * Exact only when it matters; Infinity when it is certainly over the cap.
 */
function utf8Length(text: string, cap: number): number {
  if (text.length > cap) return Infinity;
  if (text.length * 3 <= cap) return text.length;
  return new TextEncoder().encode(text).length;
}

export async function verifyEnvelope(text: string, opts: VerifyOptions): Promise<VerifyResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_ENVELOPE_BYTES;
  const size = utf8Length(text, maxBytes);
  if (size > maxBytes) {
    const actual = Number.isFinite(size) ? `${size} bytes, ` : '';
    return fail('too-large', `the feed is ${actual}over the ${maxBytes}-byte size limit`);
  }

  const envelope = parseEnvelope(text);
  if ('code' in envelope) return { ok: false, error: envelope };

  if (envelope.payloadType !== PAYLOAD_TYPE) {
    // The type is the host's to choose (unsigned until checked): say only how long it is.
    return fail('wrong-payload-type', `the envelope's payloadType (${envelope.payloadType.length} characters) is not ${PAYLOAD_TYPE}`);
  }

  const threshold = effectiveThreshold(opts.threshold);
  const { keys } = await importTrustedKeys(opts.trustedKeys);
  if (keys.length === 0) return fail('no-trusted-keys', 'no usable trusted keys are configured, so no feed can be accepted');

  const message = pae(envelope.payloadType, envelope.payload);
  const trustedIds = new Set(keys.map((k) => k.keyid));
  // A Set: TUF says each key contributes at most one signature to the threshold.
  const verified = new Set<string>();
  for (const sig of envelope.signatures) {
    const signer = await signerOf(sig, keys, message);
    if (signer) verified.add(signer);
  }
  const keyids = [...verified];

  if (verified.size >= threshold) {
    let payloadText: string;
    try {
      // fatal: bytes that are not UTF-8 are refused, not silently replaced with U+FFFD.
      payloadText = new TextDecoder('utf-8', { fatal: true }).decode(envelope.payload);
    } catch {
      return fail('malformed-payload', 'the signed payload is not UTF-8 text');
    }
    return { ok: true, payload: envelope.payload, payloadText, keyids };
  }
  if (verified.size > 0) {
    return fail('below-threshold', `the feed is signed by ${verified.size} trusted key(s) but ${threshold} are required`);
  }
  const sigs = envelope.signatures;
  if (sigs.length === 0) return fail('below-threshold', `the feed is not signed (${threshold} trusted signature(s) required)`);
  // Nothing verified. Say whether it looks tampered with (a trusted key's signature
  // fails) or simply signed by someone we do not trust. Diagnosis only: both are refused.
  if (sigs.some((s) => trustedIds.has(s.keyid))) {
    return fail('bad-signature', 'the feed signature is not valid: the feed was changed after signing, or signed wrongly');
  }
  const strangers = [...new Set(sigs.map((s) => s.keyid).filter((k) => k !== ''))];
  if (strangers.length > 0) {
    return fail('untrusted-key', `the feed is signed only by untrusted key(s): ${strangers.map((k) => k.slice(0, 16)).join(', ')}`);
  }
  return fail('bad-signature', 'no signature on the feed verifies with a trusted key');
}
