/**
 * What each entrypoint costs to load, and what the extension puts into other sites'
 * pages. Builds the Chrome extension (`npx wxt build`, as `npm test` does), then gzips
 * each entrypoint's JavaScript with node:zlib: an HTML page's own script plus the chunks
 * it preloads, and the background service worker. Chunks shared by two pages count
 * for both: each page loads them. Injected bytes are the content scripts (JS and CSS)
 * the built manifest declares: docs/architecture.md wants 0 unless the user asks for the in-page sidebar.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLED_CONTENT_ASSET } from '../../utils/content/bundled-content-asset';
import type { BenchSection, Figure } from './bench-section';
import { buildChrome, CHROME_BUILD_DIR } from './build-chrome';

interface BuiltManifest {
  background?: { service_worker?: string };
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
}

const gzipBytes = (file: string) => gzipSync(readFileSync(join(CHROME_BUILD_DIR, file))).length;

/** The scripts an HTML entrypoint loads: its module script and the chunks Vite preloads for it. */
export function scriptsOfPage(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set([...scripts, ...preloads])].map((src) => src.replace(/^\//, ''));
}

/**
 * The chunks a page may load after its first frame: every chunk its scripts import dynamically
 * (`import("./x.js")`), with what those import in turn, less what the page already loaded.
 */
export function lazyChunksOf(pageScripts: string[], read: (file: string) => string): string[] {
  const loaded = new Set(pageScripts);
  const reached = new Set<string>();
  const visit = (file: string) => {
    for (const [, name] of read(file).matchAll(/(?:import\(|from|import)\s*"\.\/([\w.-]+\.js)"/g)) {
      const chunk = `${file.slice(0, file.lastIndexOf('/') + 1)}${name}`;
      if (loaded.has(chunk) || reached.has(chunk)) continue;
      reached.add(chunk);
      visit(chunk);
    }
  };
  pageScripts.forEach(visit);
  return [...reached];
}

/** A chunk holding only bundled content JSON (content-areas, content-topics; wxt.config.ts). */
export const isContentChunk = (file: string) => /(^|\/)content-(data|areas|topics)-[^/]*\.js$/.test(file);

export async function measureBundle(): Promise<BenchSection> {
  await buildChrome();
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD_DIR, 'manifest.json'), 'utf8')) as BuiltManifest;
  const figures: Record<string, Figure> = {};
  const pages = readdirSync(CHROME_BUILD_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
  for (const page of pages) {
    const scripts = scriptsOfPage(readFileSync(join(CHROME_BUILD_DIR, page), 'utf8'));
    const name = basename(page, '.html');
    // The bundled content sits in chunks of its own (wxt.config.ts, contentChunk): the page's
    // code and the content data it carries are reported apart.
    const content = scripts.filter(isContentChunk).reduce((sum, s) => sum + gzipBytes(s), 0);
    const all = scripts.reduce((sum, s) => sum + gzipBytes(s), 0);
    figures[`bundle.${name}_gzip_bytes`] = all;
    figures[`bundle.${name}_code_gzip_bytes`] = all - content;
    figures[`bundle.${name}_content_gzip_bytes`] = content;
    const lazy = lazyChunksOf(scripts, (f) => readFileSync(join(CHROME_BUILD_DIR, f), 'utf8'));
    figures[`bundle.${name}_later_gzip_bytes`] = lazy.reduce((sum, s) => sum + gzipBytes(s), 0);
  }
  figures['bundle.content_json_gzip_bytes'] = gzipBytes(BUNDLED_CONTENT_ASSET.replace(/^\//, ''));
  const worker = manifest.background?.service_worker;
  if (worker) figures['bundle.background_gzip_bytes'] = gzipBytes(worker);
  const injected = (manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  figures['bundle.injected_bytes'] = injected.reduce((sum, f) => sum + readFileSync(join(CHROME_BUILD_DIR, f)).length, 0);
  return {
    figures,
    notes: [
      `bundle: chrome-mv3 build; gzip (node:zlib, default level) of each page's script and preloaded chunks, and of the ` +
        `service worker; _code excludes and _content is the bundled content data (its own chunks); _later is what a ` +
        `page may import after its first frame (dynamic imports: the feed verifier with zod, dialogs); content_json is ` +
        `the bundled content file (${BUNDLED_CONTENT_ASSET}), fetched only when no verified feed replaces it; ` +
        `injected = content scripts in the manifest (${injected.length} file(s)).`,
    ],
  };
}
