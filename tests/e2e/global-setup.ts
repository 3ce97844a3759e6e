/**
 * Browser tests need the built extension and Debian's Chromium. `npm test` builds
 * first; this only checks, so a missing piece fails with a clear message.
 */
import { existsSync } from 'node:fs';
import { CHROME_BUILD, CHROMIUM } from './support/chromium';

export default function setup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with \`apt-get install chromium\` or set CHROMIUM_PATH.`);
  }
  if (!existsSync(`${CHROME_BUILD}/manifest.json`)) {
    throw new Error(`No extension build in ${CHROME_BUILD}. Run \`npx wxt build\` (npm test does this).`);
  }
}
