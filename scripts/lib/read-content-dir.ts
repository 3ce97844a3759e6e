/**
 * Reads every content file below a directory (the publisher's `content/`), in a
 * stable order, for validation and feed building. `schema/` holds the generated
 * JSON Schema and `freshness/` the freshness check's state and waivers: not content, so
 * both are skipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFileInput } from '../../utils/content/validate-content';

const NOT_CONTENT = new Set(['schema', 'freshness']);

export function listContentFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (!NOT_CONTENT.has(name)) walk(full);
      } else if (name.endsWith('.json')) {
        out.push(full);
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * "… in JSON at position 213" → "… in JSON at line 9, column 14": an editor shows lines and
 * columns, not character offsets.
 */
export function describeJsonError(message: string, raw: string): string {
  const at = /at position (\d+)/.exec(message);
  // A file cut short (or empty) has no position in the message: the fault is at its end.
  if (!at) return /end of JSON input/.test(message) ? `${message} at ${lineAndColumn(raw, raw.length)} (the end of the file)` : message;
  return message.replace(/at position \d+(?: \(line \d+ column \d+\))?/, `at ${lineAndColumn(raw, Number(at[1]))}`);
}

function lineAndColumn(raw: string, offset: number): string {
  const before = raw.slice(0, offset);
  return `line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
}

/** Unparseable JSON becomes a problem for the validator to report, not a crash. */
export function readContentDir(dir: string, shownRelativeTo = process.cwd()): ContentFileInput[] {
  return listContentFiles(dir).map((full) => {
    const path = relative(shownRelativeTo, full);
    const raw = readFileSync(full, 'utf8');
    try {
      return { path, data: JSON.parse(raw) };
    } catch (error) {
      return { path, data: undefined, parseError: describeJsonError((error as Error).message, raw) };
    }
  });
}
