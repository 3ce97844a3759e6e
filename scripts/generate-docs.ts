/**
 * `npm run docs:generate`: regenerates the files made from the content, so that checking the
 * content never rewrites tracked files. `npm run docs:check` (`--check`) writes nothing and
 * exits 1 naming each file that is stale; `npm test` runs it.
 *
 *   content/schema/content.schema.json   the JSON Schema of the content model
 *   docs/coverage.md                     areas × signposting needs (its "Reviews due" section is
 *                                        dated, so it may age without counting as stale)
 *   docs/content.md                      the needs × languages translation table, between its markers
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { contentJsonSchema } from '../utils/content/content-json-schema';
import { coverageReport, DATED_SECTION_HEADING } from '../utils/content/coverage-report';
import { todayIso } from '../utils/content/today';
import { translationTableMarkdown, withTranslationTable } from '../utils/content/translation-table';
import { formatProblem, validateContent } from '../utils/content/validate-content';
import { readContentDir } from './lib/read-content-dir';

const check = process.argv.includes('--check');
const { bundle, problems } = validateContent(readContentDir('content'), todayIso());
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error('\ndocs: the content has problems; fix them first (npm run content:check).');
  process.exit(1);
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
};
const undated = (text: string) => (text.includes(DATED_SECTION_HEADING) ? text.slice(0, text.indexOf(DATED_SECTION_HEADING)) : text);

const generated: Array<{ path: string; text: string; same: (now: string, next: string) => boolean }> = [
  {
    path: 'content/schema/content.schema.json',
    text: `${JSON.stringify(contentJsonSchema(), null, 2)}\n`,
    same: (a, b) => a === b,
  },
  { path: 'docs/coverage.md', text: coverageReport(bundle, todayIso()), same: (a, b) => undated(a) === undated(b) },
  {
    path: 'docs/content.md',
    text: withTranslationTable(read('docs/content.md'), translationTableMarkdown(bundle)),
    same: (a, b) => a === b,
  },
];

const stale = generated.filter((g) => !g.same(read(g.path), g.text));
if (check) {
  for (const g of stale) console.error(`${g.path}: out of date with content/; run \`npm run docs:generate\` and commit it`);
  if (stale.length) process.exit(1);
  console.log(`docs:check ok: ${generated.map((g) => g.path).join(', ')} match the content.`);
} else {
  for (const g of generated) writeFileSync(g.path, g.text);
  console.log(`docs:generate wrote ${generated.map((g) => g.path).join(', ')}.`);
}
