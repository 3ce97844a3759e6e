/**
 * Where the built extension keeps its bundled content: one JSON file, merged from content/ at
 * build time (scripts/lib/bundled-content-json.ts, written by the hook in wxt.config.ts) and read
 * by the pages and the worker only when they need it (utils/feed/built-in-content.ts).
 */
export const BUNDLED_CONTENT_ASSET = '/bundled-content.json';
