/**
 * Reads every content file below a directory (the publisher's `content/`), in a
 * stable order, for validation and feed building. `schema/` holds the generated
 * JSON Schema, not content, so it is skipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFileInput } from '../../utils/content/validate-content';

export function listContentFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'schema') walk(full);
      } else if (name.endsWith('.json')) {
        out.push(full);
      }
    }
  };
  walk(dir);
  return out;
}

/** Unparseable JSON becomes a problem for the validator to report, not a crash. */
export function readContentDir(dir: string, shownRelativeTo = process.cwd()): ContentFileInput[] {
  return listContentFiles(dir).map((full) => {
    const path = relative(shownRelativeTo, full);
    const raw = readFileSync(full, 'utf8');
    try {
      return { path, data: JSON.parse(raw) };
    } catch (error) {
      return { path, data: undefined, parseError: (error as Error).message };
    }
  });
}
