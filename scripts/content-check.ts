/**
 * `npm run content:check`: validates everything in content/ and exits non-zero with
 * one line per problem, naming the file and the item. `--dir DIR` checks another directory. `--write-schema` regenerates
 * content/schema/content.schema.json from the model (the check fails when it is stale). Checking content/ also
 * writes docs/coverage.md (areas × signposting needs; `--coverage FILE` writes it elsewhere) and the translation
 * table in docs/content.md (needs × languages, between its markers).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { contentJsonSchema } from '../utils/content/content-json-schema';
import { formatProblem, validateContent } from '../utils/content/validate-content';
import { readContentDir } from './lib/read-content-dir';
import { todayIso } from '../utils/content/today';
import { coverageReport } from '../utils/content/coverage-report';
import { translationTableMarkdown, withTranslationTable } from '../utils/content/translation-table';

const SCHEMA_PATH = 'content/schema/content.schema.json';
const schemaText = `${JSON.stringify(contentJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--write-schema')) {
  writeFileSync(SCHEMA_PATH, schemaText);
  console.log(`wrote ${SCHEMA_PATH}`);
}

// `--dir DIR` checks another content directory (an overlay, a test fixture).
const dirFlag = process.argv.indexOf('--dir');
const dir = dirFlag > 0 ? process.argv[dirFlag + 1]! : 'content';
const files = readContentDir(dir);
const { bundle, problems } = validateContent(files, todayIso());
const lines = problems.map(formatProblem);

let stored = '';
try {
  stored = readFileSync(SCHEMA_PATH, 'utf8');
} catch {
  /* reported below */
}
if (dir === 'content' && stored !== schemaText)
  lines.push(`${SCHEMA_PATH}: file: out of date; run \`npm run content:check -- --write-schema\``);

if (lines.length > 0) {
  console.error(lines.join('\n'));
  console.error(`\ncontent:check found ${lines.length} problem(s) in ${files.length} file(s).`);
  process.exit(1);
}
const coverageFlag = process.argv.indexOf('--coverage');
const coveragePath = coverageFlag > 0 ? process.argv[coverageFlag + 1]! : dir === 'content' ? 'docs/coverage.md' : null;
if (coveragePath) writeFileSync(coveragePath, coverageReport(bundle, todayIso()));
const CONTENT_DOC = 'docs/content.md';
if (dir === 'content')
  writeFileSync(CONTENT_DOC, withTranslationTable(readFileSync(CONTENT_DOC, 'utf8'), translationTableMarkdown(bundle)));

console.log(
  `content:check ok: ${files.length} files, ${bundle.topics.length} topics, ${bundle.messages.length} messages, ` +
    `${bundle.services.length} services, ${bundle.areas.length} areas, ${bundle.synonyms.length} synonyms` +
    `${bundle.resources.length ? `, ${bundle.resources.length} staff resources` : ''}.` +
    (coveragePath ? ` Wrote ${coveragePath}.` : '') +
    (dir === 'content' ? ` Wrote the translation table in ${CONTENT_DOC}.` : ''),
);
