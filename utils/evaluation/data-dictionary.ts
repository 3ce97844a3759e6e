/**
 * The data dictionary (issue 12): every column of every download, what it means, and
 * how our words map to the MECC evaluation guide's, CQUIN's and NICE's. It is both
 * a download (mecc-data-dictionary.csv) and the table in docs/evaluation.md (a test
 * keeps the two equal). Sources are listed in docs/evaluation.md ("Data dictionary").
 *
 * The mappings are deliberately cautious: every CQUIN and NICE indicator is a
 * percentage of an eligible population, and the extension only ever counts
 * conversations, so it supplies numerators, never the indicator itself.
 */
import { csvCell } from './export-csv';

export interface DictionaryEntry {
  file: 'contacts' | 'summary' | 'all';
  column: string;
  values: string;
  meaning: string;
  meccGuide: string;
  cquin: string;
  nice: string;
}

export const NUMERATORS_ONLY =
  'The extension supplies numerators only: counts of conversations, advice, signposting and referral offers as staff logged them. ' +
  'Every CQUIN and NICE indicator is a percentage of an eligible population (all inpatients, all smokers seen); that denominator comes from the clinical system or an audit sample, never from this log, and the extension does not claim to produce the percentages.';

const NONE = 'no equivalent';

export const DATA_DICTIONARY: readonly DictionaryEntry[] = [
  {
    file: 'contacts',
    column: 'id',
    values: 'random UUID',
    meaning: 'One logged conversation; use it to remove duplicates when combining files',
    meccGuide: NONE,
    cquin: NONE,
    nice: NONE,
  },
  {
    file: 'contacts',
    column: 'date',
    values: 'YYYY-MM-DD',
    meaning: 'Local date the conversation was logged',
    meccGuide: 'period of delivery',
    cquin: 'reporting quarter (derive from date)',
    nice: NONE,
  },
  {
    file: 'contacts',
    column: 'hour',
    values: '0-23 or empty',
    meaning: 'Local hour, only when policy records hours',
    meccGuide: NONE,
    cquin: NONE,
    nice: NONE,
  },
  {
    file: 'all',
    column: 'topics / topic',
    values: 'topic ids, e.g. smoking, alcohol, physical-activity; (none)',
    meaning: 'Behaviours the conversation covered',
    meccGuide: 'lifestyle topic of the MECC conversation',
    cquin: 'smoking = tobacco parts (9a-9c); alcohol = alcohol parts (9d-9e)',
    nice: 'smoking: QS43 / IND99 topic',
  },
  {
    file: 'contacts',
    column: 'services',
    values: 'service ids',
    meaning: 'Services the person was signposted or referred to',
    meccGuide: 'services signposted to',
    cquin: NONE,
    nice: NONE,
  },
  {
    file: 'all',
    column: 'level',
    values: 'very-brief',
    meaning: 'A very brief intervention: a conversation of under two minutes (the one-click default)',
    meccGuide: 'very brief intervention (VBI), "less than two minutes"',
    cquin: 'brief advice (smoking: very brief advice)',
    nice: 'very brief intervention (PH49 levels)',
  },
  {
    file: 'all',
    column: 'level',
    values: 'brief',
    meaning: 'A brief intervention: longer than two minutes, a short structured conversation',
    meccGuide: 'brief intervention',
    cquin: 'brief advice',
    nice: 'brief intervention (PH49 levels)',
  },
  {
    file: 'all',
    column: 'level',
    values: 'extended',
    meaning: 'An extended brief intervention',
    meccGuide: 'extended brief intervention',
    cquin: NONE,
    nice: 'extended brief intervention (PH49 levels)',
  },
  {
    file: 'all',
    column: 'level',
    values: 'not-recorded / empty',
    meaning: 'Logged before levels were recorded',
    meccGuide: NONE,
    cquin: NONE,
    nice: NONE,
  },
  {
    file: 'all',
    column: 'outcome',
    values: 'information',
    meaning: 'Information or advice given',
    meccGuide: '"give information" (the MECC action)',
    cquin: 'numerator of "brief advice given" (9b smoking; 9e alcohol "brief advice or referral")',
    nice: 'QS43 statement 1(b) numerator: advice on how to stop, when the person smokes',
  },
  {
    file: 'all',
    column: 'outcome',
    values: 'signposted',
    meaning: 'Pointed to a service the person can contact themselves',
    meccGuide: '"signpost" (the MECC action); knowing how to use services',
    cquin: NONE,
    nice: NONE,
  },
  {
    file: 'all',
    column: 'outcome',
    values: 'referral-offered',
    meaning: 'A referral was offered (whether or not it was accepted)',
    meccGuide: '"refer" (the MECC action), offer made',
    cquin: 'numerator of "referral offered" (9c smoking: referral and medication offer; 9e alcohol)',
    nice: 'IND99 "offer of support and treatment" only together with a medication or e-cigarette offer, which this log does not record',
  },
  {
    file: 'all',
    column: 'outcome',
    values: 'referral-accepted',
    meaning: 'A referral was offered and accepted (count it as an offer too)',
    meccGuide: '"refer" (the MECC action), accepted',
    cquin: 'counts towards "referral offered"; acceptance is not itself a CQUIN measure',
    nice: 'as referral-offered',
  },
  {
    file: 'all',
    column: 'outcome',
    values: 'referral-offered-or-accepted',
    meaning: 'Older records only: the earlier single outcome "referred" (offered, perhaps accepted)',
    meccGuide: '"refer"',
    cquin: 'counts towards "referral offered"; never towards acceptance',
    nice: 'as referral-offered',
  },
  {
    file: 'all',
    column: 'outcome',
    values: 'declined',
    meaning: 'The person did not want to talk about it or take it further',
    meccGuide: 'declined',
    cquin: NONE,
    nice: NONE,
  },
  {
    file: 'all',
    column: 'outcome',
    values: 'not-recorded / empty',
    meaning: 'No outcome was chosen',
    meccGuide: NONE,
    cquin: NONE,
    nice: NONE,
  },
  {
    file: 'contacts',
    column: 'said_will_contact',
    values: 'yes or empty',
    meaning: "By the staff member's account, the person said they would contact the service",
    meccGuide: 'individual outcome "an expressed intention to use services" (staff-reported, not the person\'s own)',
    cquin: NONE,
    nice: 'VBI outcome "expressed intention" (after NICE, in the guide)',
  },
  {
    file: 'contacts',
    column: 'handover',
    values: 'link-copied; qr-shown; card-printed; sms-text-copied',
    meaning: 'How a service was handed to the person (the method only, never to whom)',
    meccGuide: NONE,
    cquin: NONE,
    nice: NONE,
  },
  {
    file: 'contacts',
    column: 'logged_via',
    values: 'popup; toolbar; shortcut; sidebar',
    meaning: 'How the contact was logged',
    meccGuide: NONE,
    cquin: NONE,
    nice: NONE,
  },
  {
    file: 'contacts',
    column: 'content_version',
    values: 'built-in or feed:<n>',
    meaning: 'Which wording and directory was in use',
    meccGuide: NONE,
    cquin: NONE,
    nice: NONE,
  },
  {
    file: 'summary',
    column: 'period',
    values: '2026/27 Q3; 2026-11; 2026-W47',
    meaning: 'NHS financial-year quarter (Q1 = April to June), calendar month or ISO week',
    meccGuide: 'reporting period',
    cquin: 'quarterly reporting (quarters of the financial year)',
    nice: NONE,
  },
  {
    file: 'summary',
    column: 'period_start / period_end',
    values: 'YYYY-MM-DD',
    meaning: 'First and last day of the period',
    meccGuide: NONE,
    cquin: NONE,
    nice: NONE,
  },
  {
    file: 'summary',
    column: 'contacts',
    values: 'count; in the publishable file * (1 to 7) or a multiple of 5',
    meaning: 'Conversations in that period with that topic, level and outcome; the (all) row counts each conversation once',
    meccGuide: 'number of MECC conversations (VBIs) delivered',
    cquin: 'numerator only (no denominator)',
    nice: 'numerator only (no denominator)',
  },
  {
    file: 'all',
    column: 'organisation_code / organisation_name / team',
    values: 'text from policy',
    meaning: 'Who the export is for, added at export (never stored with a record)',
    meccGuide: 'organisation / team for board reporting',
    cquin: 'provider',
    nice: NONE,
  },
];

const DICTIONARY_COLUMNS = ['file', 'column', 'values', 'meaning', 'mecc_evaluation_guide', 'cquin', 'nice'] as const;

/** The downloadable file: the note first (as a comment row), then one row per entry. */
export function dataDictionaryCsv(): string {
  const lines = [DICTIONARY_COLUMNS.join(','), ['note', '', '', NUMERATORS_ONLY, '', '', ''].map(csvCell).join(',')];
  for (const e of DATA_DICTIONARY) lines.push([e.file, e.column, e.values, e.meaning, e.meccGuide, e.cquin, e.nice].map(csvCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** The table in docs/evaluation.md. */
export function dataDictionaryMarkdown(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const rows = DATA_DICTIONARY.map(
    (e) =>
      `| ${e.file} | \`${esc(e.column)}\` | ${esc(e.values)} | ${esc(e.meaning)} | ${esc(e.meccGuide)} | ${esc(e.cquin)} | ${esc(e.nice)} |`,
  );
  return ['| File | Column | Values | Meaning | MECC evaluation guide | CQUIN | NICE |', '|---|---|---|---|---|---|---|', ...rows].join(
    '\n',
  );
}
