/**
 * docs/performance.md, rewritten by every successful `npm run bench`: the latest figures,
 * the naive baseline beside ours, the machine, and how to read them.
 */
import type { Figure } from './bench-section';
import { LIMITS, limitFor, verdict } from './budgets';
import { formatFigure, formatLimit } from './format-figure';
import type { Machine } from './machine';

const f = (figures: Record<string, Figure>, key: string) => formatFigure(key, figures[key]);

function searchTable(figures: Record<string, Figure>): string {
  const records = figures['search.stress.records'] ?? 20_000;
  const budget = (key: string) => verdict(limitFor(key), figures[key]);
  return [
    `| per keystroke | ours, real content | ours, stress corpus (${records.toLocaleString('en-GB')} records) | naive Fuse.js, stress corpus | Fuse.js on our fields, stress corpus |`,
    '|---|---|---|---|---|',
    `| p50 | ${f(figures, 'search.real.p50_ms')} | ${f(figures, 'search.stress.p50_ms')} | ${f(figures, 'search.baseline_naive.p50_ms')} | ${f(figures, 'search.baseline_fields.p50_ms')} |`,
    `| p95 | ${f(figures, 'search.real.p95_ms')} | ${f(figures, 'search.stress.p95_ms')} | ${f(figures, 'search.baseline_naive.p95_ms')} | ${f(figures, 'search.baseline_fields.p95_ms')} |`,
    `| budget (p95) | ≤ 2 ms: ${budget('search.real.p95_ms')} | ≤ 16 ms: ${budget('search.stress.p95_ms')} | — | — |`,
    `| index build (sidebar open) | ${f(figures, 'search.real.build_ms')} | ${f(figures, 'search.stress.build_ms')}; at 5,000 records ${f(figures, 'search.build_5k_ms')} (≤ 100 ms: ${budget('search.build_5k_ms')}) | — | — |`,
    `| ranking set, top-1 | ${f(figures, 'search.ranking.top1_pct')} (≥ 85%: ${budget('search.ranking.top1_pct')}) | — | ${f(figures, 'search.baseline_naive.top1_pct')} | ${f(figures, 'search.baseline_fields.top1_pct')} |`,
    `| ranking set, top-3 | ${f(figures, 'search.ranking.top3_pct')} (≥ 97%: ${budget('search.ranking.top3_pct')}) | — | ${f(figures, 'search.baseline_naive.top3_pct')} | ${f(figures, 'search.baseline_fields.top3_pct')} |`,
  ].join('\n');
}

/** Each page beside the empty extension's, measured alternately in one browser (floor-bench.ts). */
function floorTable(figures: Record<string, Figure>): string {
  const rows: Array<[string, string, string]> = [
    ['Popup: "Log contact" painted and enabled', 'popup.interactive_ms', 'popup'],
    ['Side panel: topic list painted', 'sidebar.topic_list_ms', 'topic_list'],
    ['First results: first key to results painted', 'sidebar.first_results_ms', 'first_results'],
    ['Service worker: stopped to a message answered', 'worker.start_ms', 'worker_start'],
  ];
  return [
    '| page | ours (median) | empty extension (median) | ratio | target ≤ 1.5× |',
    '|---|---|---|---|---|',
    ...rows.map(([label, ours, page]) => {
      const ratio = `floor.${page}_ratio`;
      return `| ${label} | ${f(figures, ours)} | ${f(figures, `floor.${page}_ms`)} | ${f(figures, ratio)} | ${verdict(limitFor(ratio), figures[ratio])} |`;
    }),
  ].join('\n');
}

function figuresTable(figures: Record<string, Figure>): string {
  const rows = Object.entries(figures).map(([key, value]) => {
    const limit = limitFor(key);
    return `| \`${key}\` | ${formatFigure(key, value)} | ${formatLimit(limit)} | ${verdict(limit, value)} |`;
  });
  return ['| figure | value | limit | status |', '|---|---|---|---|', ...rows].join('\n');
}

function machineTable(m: Machine): string {
  return [
    '| | |',
    '|---|---|',
    `| date (UTC) | ${m.date} |`,
    `| CPU | ${m.cpu}, ${m.cores} cores |`,
    `| memory | ${m.memoryGb} GB |`,
    `| OS | ${m.os} |`,
    `| Node.js | ${m.node} |`,
    `| Chromium | ${m.chromium} |`,
    `| fuse.js | ${m.fuse} |`,
    `| load average when the bench started | ${m.loadAtStart} (on ${m.cores} cores) |`,
  ].join('\n');
}

/**
 * A section another tool writes into docs/performance.md between `<!-- name:start -->` and
 * `<!-- name:end -->` (the receiver's load test): replaced there by that tool, and kept by the bench.
 */
export function replaceBlock(doc: string, name: string, text: string): string {
  const block = `<!-- ${name}:start -->\n\n${text.trim()}\n\n<!-- ${name}:end -->`;
  const found = new RegExp(`<!-- ${name}:start -->[\\s\\S]*?<!-- ${name}:end -->`);
  return found.test(doc) ? doc.replace(found, block) : `${doc.trimEnd()}\n\n${block}\n`;
}

/** Every block other tools wrote into the doc, to carry into the bench's new version. */
export function keptBlocks(doc: string): string {
  return [...doc.matchAll(/<!-- ([a-z-]+):start -->[\s\S]*?<!-- \1:end -->/g)].map((m) => m[0]).join('\n\n');
}

/** The whole page: one function per `##` section, each ending with the blank line before the next. */
export function performanceDoc(figures: Record<string, Figure>, notes: string[], machine: Machine, kept = ''): string {
  return (
    intro(machine) +
    searchSection(figures) +
    floorSection(figures) +
    allFiguresSection(figures) +
    notesSection(notes) +
    machineSection(machine) +
    howToReadSection(figures) +
    howSearchIsFastSection(kept)
  );
}

/** The title, what the page is for, and when it was measured. */
function intro(machine: Machine): string {
  return `# Performance

<!-- Written by \`npm run bench\` (scripts/bench.ts). Edit scripts/bench/performance-doc.ts, not this file. -->

What staff feel, measured by \`npm run bench\`: search per keystroke, accepting a feed,
logging and exporting contacts, what each part of the extension weighs, and how soon the
sidebar shows something. Budgets come from [architecture](architecture.md) ("Budgets");
the same figures are in \`bench/results.json\` (flat keys, git-ignored) for tools.

Latest run: ${machine.date}, on the machine described [below](#machine).

`;
}

/** Search per keystroke and its ranking, beside the two Fuse.js baselines. */
function searchSection(figures: Record<string, Figure>): string {
  const speedup = figures['search.speedup_naive_p95'];
  const speedupFields = figures['search.speedup_fields_p95'];
  return `## Search, beside two Fuse.js baselines

${searchTable(figures)}

On the same keystrokes at p95, our search is **${speedup ?? '—'}×** faster than the naive Fuse.js set-up
and **${speedupFields ?? '—'}×** faster than Fuse.js searching our fields; the ranking rows say how often
each puts what staff mean first (the public ranking set, on the real content).
${figures['search.names_first_pct'] === undefined ? '' : `Typed in full, ${f(figures, 'search.names_first_pct')} of the services' names show that service first.`}

`;
}

/** Each page beside the empty extension, the bundle sizes behind it, and where the time still goes. */
function floorSection(figures: Record<string, Figure>): string {
  return `## Against an empty extension

How long staff wait for each page, beside an empty MV3 extension (a popup with one button, a
side panel with a search box and one line of text, a worker that answers a message) loaded
into the same Chromium and measured alternately with ours, so both see the same machine at the
same moment. The ratio is what the extension adds to what the browser itself costs; on a
shared, busy machine it moves far less than the milliseconds do.

${floorTable(figures)}

Side panel code the panel loads before it draws itself: ${f(figures, 'bundle.sidepanel_code_gzip_bytes')} gzip (target ≤ 60,000 B:
${verdict(limitFor('bundle.sidepanel_code_gzip_bytes'), figures['bundle.sidepanel_code_gzip_bytes'])}), apart from the content data, which is a JSON file
(${f(figures, 'bundle.content_json_gzip_bytes')} gzip) read only when no verified feed replaces it; ${f(figures, 'bundle.sidepanel_later_gzip_bytes')}
more may load after that (the feed verifier with zod when a stored feed is checked, dialogs when opened). From the
second open, none of it comes before the first paint: only the 2.4 KB first-frame script does (below).
The service worker is ${f(figures, 'bundle.background_gzip_bytes')} gzip and carries no content.

What was done for these (issue 18), first: the bundled content is a JSON file read only when
needed, no longer ~310 KB of module parsed before the first frame and at every worker start; the
stored-feed verifier and zod load only when a stored feed is checked; the sidebar no longer opens
the contact log before drawing. Then, from profiles of each page (in-page marks, long-animation-frame
entries, CPU profiles of an unminified build) rather than guesses, each checked in an A/B run with
both builds loaded into one Chromium beside the floor. Before these (a quiet run, load average 0.8):
popup 1.74×, topic list 3.75×, first results 3.19×, worker 1.84×.

- **Service worker**: a worker cannot import code later, so it evaluated every zod schema (content,
  feed frame, upload batch) at each start; building them was most of its start-up script time. They
  are now built the first time a feed is checked or a batch formed (\`contentSchemas()\`,
  \`feedPayloadFrameSchema()\`, \`uploadSchemas()\`). An A/B run (both builds loaded, alternating):
  2.11× → 1.49× the floor. Then the zod library itself: with classic zod's chained methods the whole
  library (92 KB of the worker's 186 KB) was in the worker, read from the code cache and its module
  code run at every start (a trace of the worker thread: 6.3 ms to compile and run the script against
  the floor's 0.8 ms). The schemas are now written with \`zod/mini\`, of which the worker keeps the
  35 KB they use; the same inputs are accepted and refused with the same messages, and the published
  JSON Schemas are unchanged. A/B in four runs: 1.55× → 1.38×, 1.40×, 1.45×, and 1.57× → 1.47× (a
  throwaway build with no zod at all: 1.28× to 1.38×).
- **Popup**: its props no longer come from the file that also builds the sidebar's search, and the
  contact log (IndexedDB) is imported after the first frame, when the count is read or a button
  pressed: its code before the first frame went from about 35.7 KB to
  ${f(figures, 'bundle.popup_code_gzip_bytes')} gzip. That barely moved the time (A/B 1.61× → 1.45×
  in one run, unchanged in another). What did is the first frame (below): "Log contact" is in the
  browser's first paint, and pressing it before the code has run logs once the popup is ready.
- **First results**: the first two letters drew about two dozen cards (and the folded "Other
  results") before the first frame, and the first partial match built the common-word set (about
  16 ms) on the way. New results now draw a screenful (urgent card, local strip, best match and
  three cards, messages first, services filling what they leave) and the rest in the task after
  that frame; headings and the screen-reader summary count all results throughout; with a first
  frame on screen the index and the common words are built before the panel is drawn, so the
  cursor comes to the search box when a search can be answered at once. A/B: 4.16× → 1.91×; the
  shared three cards then 1.9× → 1.1×.
- **Topic list, and the popup: the first frame.** Neither page can draw from its code sooner than
  the code, the settings and the content are read. So from the second open each page shows what it
  last first drew (kept in the extension's \`localStorage\`, only that first view), drawn by a 2.4 KB
  script in the page's head before the first paint; the page's code, which the build keeps inert in
  a \`<template>\`, starts after that paint, and the stylesheets are written into the HTML, so only
  the HTML and that one script stand before the first paint (utils/pages/first-frame-*.ts,
  scripts/lib/first-frame-html.ts; docs/architecture.md). Earlier steps for the topic list (the index
  built when idle, the bundled content preloaded) had taken it from 3.42× to 2.60×; the first frame
  took it to 1.6× to 1.9×, and the popup from 1.66× to 1.3× to 1.45×. The bench waits 400 ms between
  the popup and the side panel, for both extensions: an extension's pages share one renderer, and
  without it our popup's code, still loading after its first frame, was timed into the panel's.

How much a ratio moves from run to run on this shared machine, in the runs of this round with all
of the above before the one in the table (\`npm run bench\`, or \`-- floor\`, 30 runs a page, load
average 1.7 to 2.6): popup 1.42×, 1.35×, 1.35×, 1.39×, 1.31×, 1.32×, 1.37×; topic list 1.65×, 1.85×,
1.68×, 1.70×, 1.66×, 1.61×, 1.74×; first results 1.32×, 1.65×, 1.28×, 1.12×, 1.17×, 1.22×, 1.68×;
worker 1.39×, 1.29×, 1.45×, 1.38×, 1.40×, 1.40×, 1.38×. In those seven runs the popup and the worker
met 1.5× every time, first results five times out of seven, and the topic list never. So: not met
for the topic list; first results met on a quiet machine, and over the line when the machine is busy
at the moment of typing (its times are some twenty milliseconds, so a few milliseconds of waiting
for a core shared with other work move its ratio by a quarter).

${whereTheTimeStillGoes()}`;
}

/** The floor section's last part: what each page still spends beyond the floor, and why. */
function whereTheTimeStillGoes(): string {
  return `Where the time still goes, and why the ratios above 1.5× stay there:

- **Topic list**: the empty side panel's line is in its HTML, painted as the page is parsed. Ours
  is drawn by the first-frame script, so the first paint waits for that one file to be read (a
  trace: requested at 42 ms, answered at 62 ms; the floor's script takes as long, but its line does
  not wait for it), then about 4 ms to draw the kept frame and 10 ms to style and lay out a panel of
  100-odd elements and 13 KB of CSS, against one line. The rest of the panel's code is no longer on
  this path. Less would take the topic list in the HTML itself, built with the extension: it would
  then show the topics and the borough of the content as built, not the organisation's (a topic IT
  has hidden, for a frame or two), which we decline.
- **Popup**: the popup is the first page each run opens, so both extensions pay for starting their
  renderer process; ours then reads its first-frame script and draws the kept frame. The first time
  a build's popup opens, it still draws from its code, after the settings and the topics are read.
- **First results**: what is left is the key events, one search, Preact rendering the panel again
  with the first screenful of cards, and its style and layout, against the empty page writing one line.
- **Worker**: what is left is its 128 KB of code (the feed verifier, the settings, storage, idb,
  webextension-polyfill and zod/mini: a worker cannot load code later, so all of it is read and
  compiled at each start, used or not), and the listeners it must register before its first
  event (commands, toolbar, alarms, install, storage, messages; each API's first use sets up the
  browser's bindings for it). In one run with throwaway builds beside it: the whole worker 1.47×,
  the same code registering only the message listener 1.32×, a 10 KB worker with only that listener
  1.01×. Its start-up duties (alarms, retention, the badge) run after the event is answered:
  skipping them changed nothing (1.42× and 1.41×). Less would take moving the feed checks, and with
  them zod and the content validator, out of the worker.

`;
}

/** Every figure with its limit, and what a budget and a target are. */
function allFiguresSection(figures: Record<string, Figure>): string {
  return `## All figures

${figuresTable(figures)}

Limits: a **budget** is a number [architecture](architecture.md) states; a **target** is our reading of a budget
that page states in words (${LIMITS.filter((l) => l.kind === 'target')
    .map((l) => `"${l.why}"`)
    .join(', ')}), kept in \`scripts/bench/budgets.ts\`.

`;
}

function notesSection(notes: string[]): string {
  return `## Notes from this run

${notes.map((n) => `- ${n}`).join('\n')}

`;
}

function machineSection(machine: Machine): string {
  return `## Machine

${machineTable(machine)}

`;
}

/** What each figure measures and how, so a reader can judge a change between runs. */
function howToReadSection(figures: Record<string, Figure>): string {
  return `## How to read these

- **One run, one machine.** Timings move with the machine and whatever else it is doing;
  a load average above the core count means other work competed for the CPU. Compare runs
  on the same machine; re-run before concluding that something got slower. The bench never
  fails because a budget was missed (CI machines are noisy), only when something errors.
- **Search** types every query of the public ranking set, \`tests/search-ranking/ranking-set.json\`
  ("fags", "morning after pill", "samaratins", "hackney stop smoking", ...) letter by letter,
  "f", "fa", "fag", "fags", and times each keystroke's \`runSearch\` call. **p50** is the typical keystroke; **p95** is the slowest
  1 in 20, which is what decides whether typing feels instant: a frame is 16 ms. No borough
  is chosen, which returns the most results (the slowest case). Each measured pass starts
  from a newly built index after a warm-up pass, so no cache from the warm-up helps; within
  a pass the index lives on, as it does while someone types.
- **Stress corpus**: ${(figures['search.stress.records'] ?? 20_000).toLocaleString('en-GB')} generated records (a full borough directory import is that size) (1 message to 4 services, mostly
  borough services) made from realistic words, slang and service names by a seeded generator
  (\`scripts/bench/stress-corpus.ts\`), so every run and every machine searches the same data.
  It passes the same validation as \`content/\`.
- **Naive baseline**: one Fuse.js instance over messages and services, every text field a
  key (titles, all message prose, descriptions, facts), Fuse's default options. **Fuse.js on
  our fields**: the same records and fields ours searches (title, keywords, organisation,
  weighted 3, 2, 1) with our typo threshold, like for like. Both type the same sample of the
  set's keystrokes with the same two-letter minimum (\`scripts/bench/naive-baseline.ts\`).
- **Ranking set**: for each query, is what staff mean the first result on screen (top-1), or
  among the first three (top-3)? Queries about content not yet published are pending, not
  counted (the notes name them). The baselines are judged on Fuse's own order.
- **Feed**: \`verifyFeed\`, which checks the Ed25519 signature, parses and validates the
  payload, as the extension does on every update and start-up.
- **Bundle**: gzip size of the JavaScript each page loads (its script plus preloaded chunks)
  and of the background service worker, from the Chrome build; \`injected_bytes\` is the
  content scripts declared in the manifest, which must stay 0.
- **Against an empty extension**: headless Chromium with the built extension and the empty one
  (\`scripts/bench/floor-extension.ts\`), pages opened in tabs, the two alternating, median of 30 runs
  each after a warm-up. The popup and the topic list are timed from navigation start to painted;
  first results from the first key of "booze" (typed once the topic list is painted and the
  search box has focus; the keydown's own time stamp, so a busy page's delay counts) to the first
  result painted; the worker from stopped (DevTools protocol) to a page's message answered.
- **—** means not measured; the notes say why.

`;
}

/** Ends with the blocks other tools wrote (keptBlocks), carried over unchanged. */
function howSearchIsFastSection(kept: string): string {
  return `## How search is kept fast

The ranking rules and how they are kept fast are in [search](search.md). In short: names and
whole words are looked up in indexes built when the sidebar opens (no scan of every record);
typos are tried only when nothing matches every word as typed, with one bit-parallel pass
over the distinct values that scores exactly as Fuse.js does; the borough and topic filters
come before any scoring; and the dozen results per list are picked in one pass. The slow,
obvious version of the same rules gives the same results, checked keystroke by keystroke in
\`tests/unit/search/search-equivalence.test.ts\`.
${kept ? `\n${kept}\n` : ''}`;
}
