/**
 * The whole acceptance decision for one downloaded feed: envelope first, payload
 * second, never the other way round (DSSE: verify before parsing). The extension's
 * background and the publisher's `npm run feed -- verify` both call this, so a
 * publisher sees exactly the verdict every browser will reach.
 */
import { checkFeedPayload, type CheckPayloadOptions, type CheckPayloadResult } from './check-payload';
import { verifyEnvelope, type VerifyOptions } from './verify-envelope';

export type VerifyFeedOptions = VerifyOptions & CheckPayloadOptions;

export type VerifyFeedResult =
  | (Extract<CheckPayloadResult, { ok: true }> & { keyids: string[]; payload: Uint8Array<ArrayBuffer> })
  | Extract<CheckPayloadResult, { ok: false }>;

export async function verifyFeed(envelopeText: string, opts: VerifyFeedOptions): Promise<VerifyFeedResult> {
  const envelope = await verifyEnvelope(envelopeText, opts);
  if (!envelope.ok) return envelope;
  const checked = await checkFeedPayload(envelope.payloadText, envelope.payload, opts);
  if (!checked.ok) return checked;
  return { ...checked, keyids: envelope.keyids, payload: envelope.payload };
}
