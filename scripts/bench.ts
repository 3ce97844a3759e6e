/**
 * `npm run bench`: measures what staff feel (issue 6), in one run, and reports it.
 *
 *   search    p50/p95 per keystroke (real content, a 20,000-record stress corpus, two Fuse.js baselines), index build, ranking-set accuracy
 *   feed      accepting a signed feed: the real content and a ~1 MB feed
 *   contacts  logging one contact, exporting 100,000 (null until issue 4 lands)
 *   bundle    gzip size per entrypoint, bytes injected into host pages
 *   floor     popup, side panel topic list, first results and worker start, ours and an empty
 *             MV3 extension's in the same headless Chromium, as ratios to that floor
 *
 * Writes bench/results.json (flat dotted keys, git-ignored), prints a table with each
 * budget met or not, and rewrites docs/performance.md. `npm run bench -- search` (any part
 * names) runs only those parts and only prints (choose-parts.ts). A missed budget never fails the
 * run (machines are noisy); an error does (exit code 1, and the docs are left alone).
 * Each part lives in scripts/bench/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ContentFile } from '../utils/content/content-schema';
import { mergeContentFiles } from '../utils/content/merge-content-files';
import { readContentDir } from './lib/read-content-dir';
import type { BenchSection, Figure } from './bench/bench-section';
import { measureBundle } from './bench/bundle-bench';
import { measureContacts } from './bench/contacts-bench';
import { measureFeed } from './bench/feed-bench';
import { describeMachine } from './bench/machine';
import { keptBlocks, performanceDoc } from './bench/performance-doc';
import { reportTable } from './bench/report-table';
import { measureSearch } from './bench/search-bench';
import { measureAgainstFloor } from './bench/floor-bench';
import { chooseParts } from './bench/choose-parts';

const RESULTS_FILE = 'bench/results.json';
const DOC_FILE = 'docs/performance.md';

function realContent() {
  const files = readContentDir('content');
  const broken = files.filter((f) => f.parseError !== undefined);
  if (broken.length) throw new Error(`content files that are not JSON: ${broken.map((f) => f.path).join(', ')}`);
  return mergeContentFiles(files.map((f) => f.data as ContentFile));
}

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const machine = await describeMachine();
  const content = realContent();
  // CPU-bound parts first, before the build and the browser warm the machine up.
  const parts: Array<[string, () => Promise<BenchSection>]> = [
    ['search', () => measureSearch(content)],
    ['feed', () => measureFeed(content)],
    ['contacts', () => measureContacts()],
    ['bundle', () => measureBundle()],
    ['floor', () => measureAgainstFloor()],
  ];

  const figures: Record<string, Figure> = {};
  const notes: string[] = [];
  const errors: string[] = [];
  for (const [name, measure] of chooseParts(parts, only)) {
    const start = performance.now();
    process.stdout.write(`bench: ${name}… `);
    try {
      const section = await measure();
      Object.assign(figures, section.figures);
      notes.push(...section.notes);
      console.log(`done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    } catch (error) {
      console.log('FAILED');
      errors.push(`${name}: ${(error as Error).stack ?? String(error)}`);
    }
  }

  if (only.length === 0) {
    mkdirSync('bench', { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify(figures, null, 2)}\n`);
  }
  console.log(`\n${reportTable(figures)}\n`);
  for (const note of notes) console.log(`- ${note}`);
  console.log(
    `\nMachine: ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, ${machine.chromium}, load ${machine.loadAtStart} at start.`,
  );

  if (errors.length) {
    console.error(`\nThe bench failed (${DOC_FILE} left unchanged):\n${errors.join('\n\n')}`);
    return 1;
  }
  if (only.length > 0) {
    console.log(`\nOnly ${only.join(', ')} measured: ${RESULTS_FILE} and ${DOC_FILE} left unchanged.`);
    return 0;
  }
  // Sections other tools wrote (the receiver's load test) stay.
  const kept = existsSync(DOC_FILE) ? keptBlocks(readFileSync(DOC_FILE, 'utf8')) : '';
  writeFileSync(DOC_FILE, performanceDoc(figures, notes, machine, kept));
  console.log(`Wrote ${RESULTS_FILE} and ${DOC_FILE}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
