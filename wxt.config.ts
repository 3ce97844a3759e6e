import { defineConfig } from 'wxt';
import { bundledContentJson } from './scripts/lib/bundled-content-json';
import { manifestKey } from './scripts/lib/extension-id';
import { firstFrameHtml } from './scripts/lib/first-frame-html';
import { BUNDLED_CONTENT_ASSET } from './utils/content/bundled-content-asset';

/**
 * One config for Chrome, Edge (Chromium MV3 side panel) and Firefox (MV3 sidebar_action).
 * Explicit imports only (docs/architecture.md, "Architecture"): no auto-imported globals.
 */

// Firefox needs a fixed add-on id for MV3 and for policies.json (`3rdparty` → Extensions → <id>).
export const GECKO_ID = '{0c3c27bf-577f-4746-b007-b4dc71b6c84a}';

/**
 * Which chunk a content file goes in: the areas and topics lists on their own (settings and
 * the popup need just those), everything else together as "content-data".
 */
function contentChunk(id: string): string | undefined {
  const match = /[\\/]content[\\/](.*)\.json$/.exec(id);
  if (!match || id.includes('node_modules')) return undefined;
  return match[1] === 'areas' || match[1] === 'topics' ? `content-${match[1]}` : 'content-data';
}

export default defineConfig({
  imports: false,
  // Self-hosted and test builds go to their own directory (MECC_OUT_DIR), so they never
  // replace the ordinary build in .output/ that other work and the browser tests use.
  outDir: process.env.MECC_OUT_DIR || '.output',
  // Firefox defaults to MV2 in WXT; we ship MV3 everywhere (Firefox ≥ 140).
  manifestVersion: 3,
  // `wxt/browser` becomes webextension-polyfill: on Chrome/Edge 137–147 it gives Firefox's
  // promise-based `browser` (onMessage listeners may return a promise); on 148+ and Firefox it
  // does nothing. Remove once minimum_chrome_version reaches 148 (docs/architecture.md).
  modules: ['@wxt-dev/webextension-polyfill'],
  // Preact's automatic JSX runtime; no Babel preset needed.
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // Every browser we support has modulepreload; Vite's polyfill was one more file each page
    // fetched before its first frame.
    build: { modulePreload: { polyfill: false } },
    plugins: [firstFrameHtml()],
  }),
  hooks: {
    // The bundled content as one JSON file beside the code, read only when needed
    // (utils/feed/built-in-content.ts), not a module every page and the worker parse on start.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: BUNDLED_CONTENT_ASSET.replace(/^\//, ''), contents: bundledContentJson() });
    },
    // The bundled content (content/**/*.json) in a chunk of its own for the pages, so
    // `npm run bench` can report each page's code apart from the content data it carries.
    // Not for the background or the first-frame script: WXT builds each as one file (inlineDynamicImports).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'background' || e.type === 'unlisted-script')) return;
      const output = ((config.build ??= {}).rollupOptions ??= {}).output ?? {};
      if (Array.isArray(output)) return;
      config.build.rollupOptions.output = {
        ...output,
        manualChunks: contentChunk,
      };
    },
  },
  zip: {
    artifactTemplate: 'mecc-sidebar-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'mecc-sidebar-{{version}}-sources.zip',
    // The receiver's data, exports and viewer list (npm run receiver) never go into the sources zip sent to a store.
    excludeSources: ['.receiver-data/**', 'export/**', 'receiver.config.json'],
  },
  manifest: ({ browser }) => {
    const firefox = browser === 'firefox';
    // A fixed id for self-hosted and test builds: `key` only when MECC_EXTENSION_PUBLIC_KEY or
    // MECC_EXTENSION_KEY_FILE gives one, never for Firefox and never in the store zips
    // (`wxt zip`; the Chrome Web Store rejects `key`). See scripts/lib/extension-id.ts.
    const key = manifestKey({ browser, env: process.env, argv: process.argv });
    return {
      name: 'MECC Sidebar — Making Every Contact Count',
      short_name: 'MECC Sidebar',
      description: 'Consistent health messages and London signposting beside any work page, for Making Every Contact Count conversations.',
      // alarms: the feed refresh survives the MV3 worker being stopped. The feed itself is
      // fetched with CORS (the publisher's host sends Access-Control-Allow-Origin), so no host permissions.
      permissions: ['storage', 'alarms', ...(firefox ? [] : ['sidePanel'])],
      action: { default_title: 'Log a MECC contact' },
      commands: {
        ...(firefox
          ? {
              // Firefox's reserved command opens/closes the sidebar natively.
              _execute_sidebar_action: {
                suggested_key: { default: 'Alt+Shift+M' },
                description: 'Open the MECC sidebar',
              },
            }
          : {
              'open-sidebar': {
                suggested_key: { default: 'Alt+Shift+M' },
                description: 'Open the MECC sidebar',
              },
            }),
        'log-contact': {
          suggested_key: { default: 'Alt+Shift+L' },
          description: 'Log a MECC contact (anonymised)',
        },
      },
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                // 140 is the current ESR line and the first with data_collection_permissions.
                strict_min_version: '140.0',
                // Nothing is collected or transmitted by default (uploads are an admin's opt-in).
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {
            // Side panel API and native Ed25519 WebCrypto both need 137+.
            minimum_chrome_version: '137',
            ...(key === undefined ? {} : { key }),
            // Chrome/Edge read managed policy (storage.managed) only through this schema;
            // generated from utils/settings/setting-definitions.ts (a test keeps it in step).
            storage: { managed_schema: 'managed_schema.json' },
          }),
    };
  },
});
