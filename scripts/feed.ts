/**
 * `npm run feed -- <verb>`: the content publisher's tool for the signed feed
 * (issue #3; how to use it: docs/publishing.md).
 *
 *   keygen --out DIR [--name NAME]
 *   build  --content DIR --feed NAME --version N [--expires-days 30] [--out FILE]
 *          [--overlay-of MAIN_DIR --areas ID ... [--hide ID ...] [--allow-replace ID ...] [--allow-hide ID ...] [--other-overlay NAME ...]]
 *   sign   --payload FILE --key PEM [--key PEM ...] --out FILE
 *   verify --envelope FILE --trusted KEY.public.json [--trusted ...] [--threshold N]
 *          [--feed NAME] [--min-version N]
 *          [--overlay-of MAIN_DIR --areas ID ... [--allow-replace ID ...] [--allow-hide ID ...] [--other-overlay NAME ...]]
 *   check  [--content DIR] [--report PREFIX] [--concurrency N] [--interval-ms N] [--timeout-ms N]
 *
 * `check` is the freshness check (docs/publishing.md, "Freshness check"): `build` refuses
 * while its last run has a critical finding that no unexpired waiver covers.
 *
 * `verify` runs utils/feed/verify-feed.ts, the code the extension runs. Exit codes:
 * 0 ok, 1 the feed or content was refused, 2 the command was used wrongly.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentBundle } from '../utils/content/content-schema';
import { DEFAULT_EXPIRES_DAYS, MAX_VALIDITY_DAYS } from '../utils/feed/feed-constants';
import type { FeedError } from '../utils/feed/feed-error';
import { checkOverlayScope, type OverlayScope } from '../utils/feed/overlay-scope';
import { findDuplicateKey } from '../utils/feed/duplicate-keys';
import { parseTrustedKey, type TrustedKey } from '../utils/feed/trusted-keys';
import { effectiveThreshold } from '../utils/feed/verify-envelope';
import { verifyFeed } from '../utils/feed/verify-feed';
import { one, parseArgs, positiveInt, required, UsageError } from './lib/feed-args';
import { buildFeedPayload, loadContentDir } from './lib/feed-build';
import { enclosingRepo, generateFeedKeyPair, readPrivateKey, trustedKeyOf } from './lib/feed-keys';
import { signEnvelope } from './lib/feed-sign';
import { checkContentDir } from './lib/freshness/check-content-dir';
import { freshnessGate } from './lib/freshness/gate';
import { reportText } from './lib/freshness/report';
import { todayIso } from '../utils/content/today';

const VERBS = {
  keygen: ['out', 'name'],
  build: [
    'content',
    'feed',
    'version',
    'expires-days',
    'out',
    'overlay-of',
    'areas',
    'hide',
    'allow-replace',
    'allow-hide',
    'other-overlay',
  ],
  sign: ['payload', 'key', 'out'],
  verify: [
    'envelope',
    'trusted',
    'threshold',
    'feed',
    'min-version',
    'overlay-of',
    'areas',
    'allow-replace',
    'allow-hide',
    'other-overlay',
  ],
  check: ['content', 'report', 'concurrency', 'interval-ms', 'timeout-ms'],
} as const;

const USAGE = `usage: npm run feed -- <verb> [options]
  keygen --out DIR [--name NAME]
  build  --content DIR --feed NAME --version N [--expires-days ${DEFAULT_EXPIRES_DAYS}] [--out FILE]
         [--overlay-of MAIN_DIR --areas ID ... [--hide ID ...] [--allow-replace ID ...] [--allow-hide ID ...] [--other-overlay NAME ...]]
  sign   --payload FILE --key PEM [--key PEM ...] --out FILE
  verify --envelope FILE --trusted KEY.public.json [--trusted ...] [--threshold N] [--feed NAME]
         [--min-version N] [--overlay-of MAIN_DIR --areas ID ... [--allow-replace ID ...] [--allow-hide ID ...] [--other-overlay NAME ...]]
  check  [--content content] [--report freshness-report] [--concurrency 4] [--interval-ms 1000] [--timeout-ms 15000]`;

/** A refusal: one line on stderr, exit 1. */
class Refused extends Error {}

type Flags = Map<string, string[]>;

/** `--overlay-of DIR`: the main content an overlay is built and checked against. */
function mainContent(flags: Flags, now: Date): ContentBundle | undefined {
  const dir = one(flags, 'overlay-of');
  if (dir === undefined) return undefined;
  const loaded = loadContentDir(dir, now);
  if (!loaded.ok) throw new Refused(`the main content in ${dir} is invalid: ${loaded.problems[0]}`);
  return loaded.bundle;
}

/**
 * `--areas` and the grants: the overlay's scope, as its policy entry declares it
 * (admin.md, overlayFeeds). Required with --overlay-of, so the publisher's check is the
 * browsers' check (utils/feed/overlay-scope.ts).
 */
function overlayScope(flags: Flags, name: string): OverlayScope {
  const areas = flags.get('areas') ?? [];
  if (areas.length === 0) throw new UsageError("--areas is required with --overlay-of (the area ids in the overlay's policy entry)");
  return {
    name,
    areas,
    allowReplace: flags.get('allow-replace') ?? [],
    allowHide: flags.get('allow-hide') ?? [],
    // The other overlays in the same policy: their `<name>-` ids are theirs (T3-OVERLAY-CROSS).
    otherOverlays: flags.get('other-overlay') ?? [],
  };
}

/** The reason for the publisher: the precise detail, then the fixed sentence browsers show. */
const reason = (error: FeedError) => (error.detail ? error.detail : error.message);

async function keygen(flags: Flags) {
  const dir = required(flags, 'out');
  const name = one(flags, 'name') ?? 'feed-key';
  if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new UsageError('--name may only use letters, digits, ".", "_" and "-"');
  const { privateKey, privatePem } = generateFeedKeyPair();
  const pub = await trustedKeyOf(privateKey);
  const privateFile = join(dir, `${name}.private.pem`);
  const publicFile = join(dir, `${name}.public.json`);
  // A new folder is readable by its owner only; an existing one is left as it is.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // 'wx': never overwrite a key; mode 0600: only the owner may read the private key.
  writeFileSync(privateFile, privatePem, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicFile, `${JSON.stringify(pub, null, 2)}\n`, { flag: 'wx' });
  console.log(`keyid ${pub.keyid}`);
  console.log(`wrote ${publicFile} (public: share it, add it to the extension's trusted keys)`);
  console.log(`wrote ${privateFile} (PRIVATE)`);
  console.warn('WARNING: the private key must never be committed, uploaded or put in a build. Keep it offline.');
  const repo = enclosingRepo(dir);
  if (repo) console.warn(`WARNING: ${resolve(dir)} is inside the git repository ${repo}: move the private key out now.`);
}

async function build(flags: Flags) {
  const feed = required(flags, 'feed');
  const version = positiveInt(required(flags, 'version'), 'version');
  const expiresDays = positiveInt(one(flags, 'expires-days') ?? String(DEFAULT_EXPIRES_DAYS), 'expires-days');
  if (expiresDays > MAX_VALIDITY_DAYS) {
    throw new UsageError(`--expires-days may be at most ${MAX_VALIDITY_DAYS}: browsers refuse a feed valid for longer`);
  }
  const out = one(flags, 'out') ?? `${feed}-v${version}.payload.json`;
  const now = new Date();
  const overlayOf = mainContent(flags, now);
  const scope = overlayOf ? overlayScope(flags, feed) : undefined;
  const hide = flags.get('hide');
  const result = buildFeedPayload({
    contentDir: required(flags, 'content'),
    feed,
    version,
    expiresDays,
    now,
    ...(overlayOf ? { overlayOf } : {}),
    ...(hide ? { hide } : {}),
  });
  if (!result.ok) {
    console.error(result.problems.join('\n'));
    throw new Refused(`build refused: ${result.problems.length} content problem(s)`);
  }
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  if (overlayOf && scope) {
    const checked = checkOverlayScope({ content: result.payload.content, hide: result.payload.hide }, overlayOf, scope);
    for (const id of checked.unknownHides)
      console.warn(`warning: --hide ${id}: no message, service or topic has that id in ${one(flags, 'overlay-of')}`);
    if (checked.problems.length) {
      console.error(checked.problems.join('\n'));
      throw new Refused(`build refused: ${checked.problems.length} change(s) outside the overlay's scope`);
    }
  }
  // The release gate: the last freshness check's critical findings, unless waived.
  const gate = freshnessGate(required(flags, 'content'), result.payload.content, todayIso(now));
  for (const n of gate.notes) console.log(`note: ${n}`);
  for (const w of gate.warnings) console.warn(`warning: ${w}`);
  if (gate.problems.length) {
    console.error(gate.problems.join('\n'));
    throw new Refused(`build refused: ${gate.problems.length} critical freshness finding(s) without a valid waiver`);
  }
  writeFileSync(out, `${JSON.stringify(result.payload, null, 2)}\n`, { flag: 'w' });
  const c = result.payload.content;
  console.log(
    `wrote ${out}: feed ${feed} version ${version}, expires ${result.payload.expires}; ` +
      `${c.topics.length} topics, ${c.messages.length} messages, ${c.services.length} services`,
  );
}

async function signCommand(flags: Flags) {
  const payloadFile = required(flags, 'payload');
  const out = required(flags, 'out');
  const keyFiles = flags.get('key') ?? [];
  if (keyFiles.length === 0) throw new UsageError('--key is required (repeat it to sign with several keys)');
  const payload = new Uint8Array(readFileSync(payloadFile));
  // A sanity check only: the signature covers these exact bytes, whatever they are.
  try {
    const p = JSON.parse(new TextDecoder().decode(payload)) as { feed?: unknown; version?: unknown };
    if (typeof p.feed !== 'string' || typeof p.version !== 'number') throw new Error('no feed name or version');
  } catch (error) {
    throw new Refused(`sign refused: ${payloadFile} is not a feed payload made by build (${(error as Error).message})`);
  }
  const privateKeys = keyFiles.map(readPrivateKey);
  const envelope = await signEnvelope(payload, privateKeys);
  // Sign nothing a browser would refuse (review I8): the same checks as verify, with the
  // signing keys as the trusted ones. An overlay's scope is checked by verify --overlay-of.
  const trusted = await Promise.all(privateKeys.map(trustedKeyOf));
  const text = new TextDecoder().decode(payload);
  const parsed = JSON.parse(text) as { issued?: string; expires?: string; content?: { areas?: unknown } };
  // Only main content carries areas; an overlay's content is checked against the main
  // content by `verify --overlay-of`, so here it gets the checks that need no base.
  const isMain = Array.isArray(parsed.content?.areas) && parsed.content.areas.length > 0;
  if (isMain) {
    const checked = await verifyFeed(JSON.stringify(envelope), {
      trustedKeys: trusted,
      threshold: 1,
      feedName: null,
      now: new Date(),
      stored: null,
    });
    if (!checked.ok) {
      // Signing the same payload again cannot help: its dates are inside the signed bytes, so only a new build gives new dates.
      const next =
        checked.error.code === 'expired' ? ': re-build the payload (`feed build` with a new --version), then sign the new one' : '';
      throw new Refused(`sign refused (${checked.error.code}): ${reason(checked.error)}${next}`);
    }
  } else {
    const duplicate = findDuplicateKey(text);
    if (duplicate !== null)
      throw new Refused(`sign refused (malformed-payload): the key ${JSON.stringify(duplicate)} appears twice in one object`);
    if (Date.parse(parsed.expires ?? '') - Date.parse(parsed.issued ?? '') > MAX_VALIDITY_DAYS * 86_400_000) {
      throw new Refused(`sign refused (validity-too-long): the feed is valid for more than ${MAX_VALIDITY_DAYS} days`);
    }
  }
  writeFileSync(out, `${JSON.stringify(envelope, null, 2)}\n`);
  console.log(`wrote ${out}, signed by ${envelope.signatures.map((s) => s.keyid).join(', ')}`);
}

async function verify(flags: Flags) {
  const trustedFiles = flags.get('trusted') ?? [];
  if (trustedFiles.length === 0) throw new UsageError('--trusted is required (a KEY.public.json; repeat for several)');
  const trustedKeys: TrustedKey[] = trustedFiles.map((f) => {
    try {
      return parseTrustedKey(JSON.parse(readFileSync(f, 'utf8')));
    } catch (error) {
      throw new UsageError(`${f}: ${(error as Error).message}`);
    }
  });
  const threshold = effectiveThreshold(positiveInt(one(flags, 'threshold') ?? '1', 'threshold'));
  const minVersionFlag = one(flags, 'min-version');
  const now = new Date();
  const overlayBase = mainContent(flags, now);
  const feedName = one(flags, 'feed') ?? null;
  if (overlayBase && feedName === null) throw new UsageError("--feed is required with --overlay-of (the overlay's name)");
  const result = await verifyFeed(readFileSync(required(flags, 'envelope'), 'utf8'), {
    trustedKeys,
    threshold,
    feedName,
    now,
    stored: null,
    ...(overlayBase ? { overlayBase, overlayScope: overlayScope(flags, feedName!) } : {}),
    ...(minVersionFlag === undefined ? {} : { minVersion: positiveInt(minVersionFlag, 'min-version') }),
  });
  if (!result.ok) throw new Refused(`verify FAILED (${result.error.code}): ${reason(result.error)}`);
  const { feed } = result;
  const c = feed.content;
  console.log(`verify ok: feed ${feed.feed} version ${feed.version}${overlayBase ? ' (overlay)' : ''}`);
  console.log(`  issued  ${feed.issued}`);
  console.log(`  expires ${feed.expires}`);
  console.log(`  signed by ${result.keyids.length} of ${trustedKeys.length} trusted key(s), threshold ${threshold}:`);
  for (const k of result.keyids) console.log(`    ${k}`);
  console.log(
    `  content: ${c.topics.length} topics, ${c.messages.length} messages, ${c.services.length} services, ` +
      `${c.areas.length} areas, ${c.synonyms.length} synonyms`,
  );
  if (feed.hide?.length) console.log(`  hides: ${feed.hide.join(', ')}`);
  if (overlayBase) {
    const { unknownHides } = checkOverlayScope({ content: feed.content, hide: feed.hide }, overlayBase, overlayScope(flags, feed.feed));
    for (const id of unknownHides)
      console.warn(`warning: hide ${id}: no message, service or topic has that id in ${one(flags, 'overlay-of')}`);
  }
  console.log(`  payload sha256 ${result.sha256}`);
}

async function check(flags: Flags) {
  const contentDir = one(flags, 'content') ?? 'content';
  const reportPrefix = one(flags, 'report') ?? 'freshness-report';
  const tty = process.stderr.isTTY;
  const report = await checkContentDir({
    contentDir,
    reportPrefix,
    now: new Date(),
    concurrency: positiveInt(one(flags, 'concurrency') ?? '4', 'concurrency'),
    intervalMs: positiveInt(one(flags, 'interval-ms') ?? '1000', 'interval-ms'),
    timeoutMs: positiveInt(one(flags, 'timeout-ms') ?? '15000', 'timeout-ms'),
    onProgress: (done, total, url) => {
      if (tty) process.stderr.write(`\r\x1b[Kchecked ${done}/${total} ${url.slice(0, 60)}`);
      else if (done % 20 === 0 || done === total) console.error(`checked ${done}/${total} pages`);
    },
  });
  if (tty) process.stderr.write('\n');
  console.log(reportText(report));
  console.log(`\nwrote ${reportPrefix}.md, ${reportPrefix}.json and ${contentDir}/freshness/state.json (commit the state file)`);
  if (report.critical > 0) {
    throw new Refused(`check: ${report.critical} critical finding(s): fix them, or waive them in ${contentDir}/freshness/waivers.json`);
  }
}

async function main(argv: string[]) {
  const { verb, flags } = parseArgs(argv, VERBS);
  switch (verb) {
    case 'keygen':
      return keygen(flags);
    case 'build':
      return build(flags);
    case 'sign':
      return signCommand(flags);
    case 'verify':
      return verify(flags);
    case 'check':
      return check(flags);
    default:
      throw new UsageError(verb === undefined ? 'no verb given' : `unknown verb ${JSON.stringify(verb)}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`feed: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  // Refusals and file errors alike end in one line: the reason.
  console.error(error instanceof Refused ? error.message : `feed: ${(error as Error).message}`.split('\n')[0]);
  process.exit(1);
});
