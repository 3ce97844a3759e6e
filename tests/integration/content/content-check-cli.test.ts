/** `npm run content:check` as a publisher runs it: exit status and one line per problem. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureFiles } from '../../fixtures/content-fixture';

let dir: string;
function writeFixture(mutate: (files: ReturnType<typeof fixtureFiles>) => void = () => {}) {
  dir = mkdtempSync(join(tmpdir(), 'mecc-content-'));
  const files = fixtureFiles();
  mutate(files);
  for (const f of files) {
    const path = join(dir, f.path.replace(/^content\//, ''));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(f.data, null, 2));
  }
  return dir;
}
const run = (contentDir: string) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/content-check.ts', '--dir', contentDir], { encoding: 'utf8' });

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('content:check', () => {
  it('passes valid content and summarises it', () => {
    const result = run(writeFixture());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/content:check ok: 5 files, 2 topics, 1 messages, 2 services, 2 areas, 1 synonyms/);
  });

  it('fails with a line naming the file and the item', () => {
    const result = run(
      writeFixture((files) => {
        const services = (files[2]!.data.services ??= []);
        services[0]!.url = 'http://insecure.example.org/';
      }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('services/all.json: service "quit-line": url must be an https:// link');
    expect(result.stderr).toMatch(/found 1 problem\(s\) in 5 file\(s\)/);
  });

  it('reports a file that is not JSON instead of crashing', () => {
    const contentDir = writeFixture();
    writeFileSync(join(contentDir, 'broken.json'), '{ "topics": [');
    const result = run(contentDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.json: file: is not valid JSON/);
  });
});
