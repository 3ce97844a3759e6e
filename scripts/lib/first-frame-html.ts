/**
 * A Vite plugin for the pages that draw a first frame (the side panel and the popup: their HTML
 * loads /first-frame.js, utils/pages/first-frame-draw.ts). It leaves on those pages' critical
 * path only what the first frame needs, the HTML and that one small script:
 *
 * - the stylesheets are written into the HTML (`<style>`), so no file has to be read before the
 *   first paint but the script; extension pages allow inline styles, only scripts must be files;
 * - the page's code (its module script, the modules it preloads, the bundled content preload)
 *   goes into `<template id="page-code">`, inert until the first-frame script adds it to the
 *   page once the frame is on screen (at once when there is no frame). Read from disk in
 *   parallel with the stylesheets and the frame script, those files held the first paint back
 *   (a trace of the side panel: requested at 33 ms, answered at 71 to 95 ms).
 *
 * Build only: `wxt dev` serves the pages as they are written.
 */
import type { WxtViteConfig } from 'wxt';

import { PAGE_CODE_ID as TEMPLATE } from '../../utils/pages/first-frame-format';

const STYLESHEET = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>\s*/g;
/** The page's code and what it reads. */
const CODE = /<script type="module"[^>]*><\/script>\s*|<link rel="modulepreload"[^>]*>\s*|<link rel="preload"[^>]*>\s*/g;

/** A Vite plugin as WXT's own Vite takes it (the project's `vite` is another copy, with other types). */
type WxtVitePlugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

export function firstFrameHtml(): WxtVitePlugin {
  return {
    name: 'mecc-first-frame-html',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!html.includes('src="/first-frame.js"')) return html;
        const inlined = html.replace(STYLESHEET, (tag, file: string) => {
          const asset = ctx.bundle?.[file];
          if (asset?.type !== 'asset') throw new Error(`first-frame-html: ${ctx.path} links ${file}, which the build did not make`);
          return `<style>${String(asset.source).trim()}</style>\n    `;
        });
        const code: string[] = [];
        const rest = inlined.replace(CODE, (tag) => {
          code.push(tag.trim());
          return '';
        });
        if (!code.some((tag) => tag.startsWith('<script'))) throw new Error(`first-frame-html: ${ctx.path} has no module script`);
        // At the end of the body: the first-frame script is deferred, so it runs once all is parsed.
        return rest.replace('</body>', `  <template id="${TEMPLATE}">${code.join('')}</template>\n  </body>`);
      },
    },
  };
}
