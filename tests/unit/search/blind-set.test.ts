/**
 * The blind ranking set (tests/search-ranking/blind-set.json): queries written by someone
 * who had not seen the content, the synonyms or the first set, hashed before anyone
 * labelled them (blind-queries.json and its .sha256), then labelled with what staff mean.
 * It measures how search holds up on wording nobody tuned for (held-out-set.ts).
 */
import blindSet from '../../search-ranking/blind-set.json';
import { BLIND_CASES } from '../../search-ranking/evaluate-ranking';
import { describeHeldOutSet } from './held-out-set';

describeHeldOutSet({
  name: 'the blind ranking set',
  queriesFile: 'tests/search-ranking/blind-queries.json',
  shaFile: 'tests/search-ranking/blind-queries.sha256',
  labelledSha: blindSet.queriesSha256,
  cases: BLIND_CASES,
  minimum: { queries: 200, urgent: 30, honestEmpty: 15 },
  honestEmptyAsserted: true,
});
