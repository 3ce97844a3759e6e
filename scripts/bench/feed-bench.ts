/**
 * Accepting a feed, as the extension does on every update and every start-up:
 * verifyFeed (utils/feed/verify-feed.ts) = DSSE Ed25519 signature check, JSON parse,
 * payload checks and the full content validation. Timed for the real content as a
 * signed feed and for a ~1 MB feed (a pan-London feed with every borough's services),
 * both signed at bench time with a throwaway Ed25519 key that is never written to disk.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { ContentBundle } from '../../utils/content/content-schema';
import { verifyFeed } from '../../utils/feed/verify-feed';
import { trustedKeyOf } from '../lib/feed-keys';
import { signEnvelope } from '../lib/feed-sign';
import type { BenchSection } from './bench-section';
import { median, roundMs, timeRuns } from './stats';
import { stressCorpus } from './stress-corpus';

const FEED_NAME = 'mecc-bench';
const LARGE_FEED_BYTES = 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

async function signedFeed(content: ContentBundle, key: KeyObject, now: Date): Promise<{ text: string; payloadBytes: number }> {
  const payload = {
    feed: FEED_NAME,
    version: 1,
    issued: new Date(now.getTime() - DAY_MS).toISOString(),
    expires: new Date(now.getTime() + 30 * DAY_MS).toISOString(),
    content,
  };
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return { text: JSON.stringify(await signEnvelope(bytes, [key])), payloadBytes: bytes.length };
}

/** A stress corpus sized so its payload is about `bytes` long. */
function contentOfSize(bytes: number): ContentBundle {
  const sample = 500;
  const perRecord = JSON.stringify(stressCorpus({ records: sample })).length / sample;
  return stressCorpus({ records: Math.round(bytes / perRecord) });
}

export async function measureFeed(realContent: ContentBundle): Promise<BenchSection> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const trustedKeys = [await trustedKeyOf(privateKey)];
  const now = new Date();
  const accept = async (text: string) => {
    const result = await verifyFeed(text, { trustedKeys, threshold: 1, feedName: FEED_NAME, now, stored: null });
    // A valid, freshly signed feed refused is a bug, not a slow run: fail the bench.
    if (!result.ok) throw new Error(`verifyFeed refused the bench feed: ${result.error.code}: ${result.error.message}`);
  };

  const real = await signedFeed(realContent, privateKey, now);
  const large = await signedFeed(contentOfSize(LARGE_FEED_BYTES), privateKey, now);
  const realMs = median(await timeRuns(15, 3, () => accept(real.text)));
  const largeMs = median(await timeRuns(7, 2, () => accept(large.text)));
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  return {
    figures: { 'feed.real_ms': roundMs(realMs), 'feed.large_ms': roundMs(largeMs) },
    notes: [
      `feed: verifyFeed (verify signature + parse + validate), median of 15 runs for the real content ` +
        `(payload ${kb(real.payloadBytes)}, envelope ${kb(real.text.length)}) and of 7 for a generated feed ` +
        `(payload ${kb(large.payloadBytes)}, envelope ${kb(large.text.length)}).`,
    ],
  };
}
