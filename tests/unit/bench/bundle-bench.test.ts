/** What the bench counts as a page's code before its first frame, and what it may load after. */
import { describe, expect, it } from 'vitest';
import { lazyChunksOf, scriptsOfPage } from '../../../scripts/bench/bundle-bench';

const chunks: Record<string, string> = {
  'chunks/page.js': 'import{a}from"./shared.js";const v=()=>import("./verifier.js");',
  'chunks/shared.js': 'export const a=1;',
  'chunks/verifier.js': 'import{z}from"./zod.js";import"./shared.js";',
  'chunks/zod.js': 'export const z=2;',
  'chunks/unused.js': '',
};
const read = (file: string) => {
  const text = chunks[file];
  if (text === undefined) throw new Error(`no chunk ${file}`);
  return text;
};

describe('the bundle figures', () => {
  it('reads a page’s script and the chunks it preloads', () => {
    const html = '<script type="module" src="/chunks/page.js"></script><link rel="modulepreload" href="/chunks/shared.js">';
    expect(scriptsOfPage(html)).toEqual(['chunks/page.js', 'chunks/shared.js']);
  });

  it('counts as "later" what the page imports dynamically, with its own imports, less what the page already loaded', () => {
    expect(lazyChunksOf(['chunks/page.js', 'chunks/shared.js'], read).sort()).toEqual(['chunks/verifier.js', 'chunks/zod.js']);
  });

  it('counts nothing later for a page without dynamic imports', () => {
    expect(lazyChunksOf(['chunks/shared.js'], read)).toEqual([]);
  });
});
