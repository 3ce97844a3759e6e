/**
 * The translation table in docs/content.md: the eight core needs × London's most spoken
 * languages after English, each cell a publisher's translated page or a dated "none
 * found" (issue 19, item 4). Generated from the content so that it cannot drift from
 * what the sidebar shows.
 */
import type { ContentBundle, TranslationSet } from './content-schema';
import { languageName } from './language-names';
import { SIGNPOSTING_NEEDS } from './local-coverage';
import { primaryLanguage } from './validate-translations';

/**
 * Romanian, Spanish, Polish, Bengali, Portuguese, Turkish, Arabic and Urdu: the London
 * languages after English named in issue 19 (Census 2021 TS024; see docs/content.md).
 */
export const CORE_TRANSLATION_LANGUAGES = ['ro', 'es', 'pl', 'bn', 'pt', 'tr', 'ar', 'ur'] as const;

export const TRANSLATION_TABLE_START =
  '<!-- translation-table:start (generated from content/translations by `npm run docs:generate`; do not edit) -->';
export const TRANSLATION_TABLE_END = '<!-- translation-table:end -->';

export type TableCell =
  | { kind: 'links'; links: { organisation: string; url: string; title: string }[] }
  | { kind: 'none-found'; checked: string }
  | { kind: 'not-searched' };

export interface TableRow {
  need: string;
  title: string;
  cells: TableCell[];
}

/** The sets that speak for a need: the topic's own and those of its messages. */
function setsFor(content: Pick<ContentBundle, 'translations' | 'messages'>, need: string): TranslationSet[] {
  const messages = new Set(content.messages.filter((m) => m.topic === need).map((m) => m.id));
  return content.translations.filter((t) => t.topic === need || (t.message !== undefined && messages.has(t.message)));
}

export function translationTable(content: Pick<ContentBundle, 'translations' | 'messages' | 'topics'>): TableRow[] {
  return SIGNPOSTING_NEEDS.map((need) => {
    const sets = setsFor(content, need);
    const cells = CORE_TRANSLATION_LANGUAGES.map((code): TableCell => {
      const links = sets.flatMap((s) => s.links).filter((l) => primaryLanguage(l.code) === code);
      if (links.length > 0) return { kind: 'links', links };
      const gap = sets.filter((s) => s.notFound?.languages.some((l) => primaryLanguage(l) === code)).map((s) => s.checked);
      // The latest search speaks for the cell.
      if (gap.length > 0) return { kind: 'none-found', checked: gap.sort().at(-1)! };
      return { kind: 'not-searched' };
    });
    return { need, title: content.topics.find((t) => t.id === need)?.title ?? need, cells };
  });
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/[[\]]/g, '');

function cellText(cell: TableCell): string {
  if (cell.kind === 'links') return cell.links.map((l) => `[${escapeCell(l.organisation)}](${l.url})`).join('<br>');
  if (cell.kind === 'none-found') return `none found (${cell.checked})`;
  return '**not searched**';
}

/** The Markdown that goes between the markers: the table, the count, and where we looked. */
export function translationTableMarkdown(content: Pick<ContentBundle, 'translations' | 'messages' | 'topics'>): string {
  const rows = translationTable(content);
  const header = ['Need', ...CORE_TRANSLATION_LANGUAGES.map((c) => languageName(c).english)];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${escapeCell(r.title)} | ${r.cells.map(cellText).join(' | ')} |`),
  ];
  const cells = rows.flatMap((r) => r.cells);
  const linked = cells.filter((c) => c.kind === 'links').length;
  const unsearched = cells.filter((c) => c.kind === 'not-searched').length;
  const looked = SIGNPOSTING_NEEDS.flatMap((need) =>
    setsFor(content, need)
      .filter((s) => s.notFound)
      .map((s) => {
        const title = rows.find((r) => r.need === need)!.title;
        const langs = s.notFound!.languages.map((l) => languageName(l).english).join(', ');
        return `- **${title}** (${langs}; searched ${s.checked}): ${s.notFound!.searched.join('; ')}.`;
      }),
  );
  return [
    ...lines,
    '',
    `Cells with a publisher's page: ${linked} of ${cells.length}. Dated "none found": ${cells.length - linked - unsearched}.` +
      (unsearched ? ` Not yet searched: ${unsearched}.` : ''),
    '',
    'Where we looked for the "none found" cells:',
    '',
    ...looked,
  ].join('\n');
}

/** `doc` with the text between the markers replaced; an error names what is missing. */
export function withTranslationTable(doc: string, table: string): string {
  const start = doc.indexOf(TRANSLATION_TABLE_START);
  const end = doc.indexOf(TRANSLATION_TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`docs/content.md: the translation table markers are missing (${TRANSLATION_TABLE_START} … ${TRANSLATION_TABLE_END})`);
  return `${doc.slice(0, start + TRANSLATION_TABLE_START.length)}\n\n${table}\n\n${doc.slice(end)}`;
}
