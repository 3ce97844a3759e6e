/**
 * The Chrome build the bundle and sidebar figures come from, made the way `npm test`
 * makes it. Other work on the same checkout may rebuild or clean .output at any time,
 * so the sidebar step rebuilds if the build has gone missing.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const CHROME_BUILD_DIR = resolve('.output/chrome-mv3');

export async function buildChrome(): Promise<void> {
  try {
    await promisify(execFile)('npx', ['wxt', 'build'], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    const tail = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`npx wxt build failed:\n${tail || e.message}`);
  }
}

export async function ensureChromeBuild(): Promise<void> {
  if (!existsSync(join(CHROME_BUILD_DIR, 'manifest.json'))) await buildChrome();
}
