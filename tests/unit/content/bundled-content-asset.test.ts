/** The bundled content file the build writes (wxt.config.ts) is the content the tests check, merged the same way. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../../utils/content/bundled-content';
import { bundledContentJson } from '../../../scripts/lib/bundled-content-json';

describe('the bundled content file', () => {
  it('holds exactly the merged content/ files, in the same order', () => {
    expect(JSON.parse(bundledContentJson())).toEqual(bundledContent());
  });

  it('refuses to build from a content file that is not JSON, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mecc-content-'));
    writeFileSync(join(dir, 'topics.json'), '{"topics": [');
    expect(() => bundledContentJson(dir)).toThrow(/topics\.json/);
  });
});
