/**
 * The Chromium launcher lives in scripts/lib/ because the bench and the screenshot script use it
 * too, and nothing outside tests/ may import from tests/ (eslint.config.js). Tests keep this path.
 */
export * from '../../../scripts/lib/chromium';
