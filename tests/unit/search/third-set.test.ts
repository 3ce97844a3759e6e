/**
 * The third ranking set (tests/search-ranking/third-set.json): 110 queries written on
 * 2026-12-08 by someone who had read nothing of the repository, hashed (third-queries.json
 * and its .sha256), then labelled. Written after the blind set had been used to tune search,
 * it measures again how search holds up on wording nobody tuned for (held-out-set.ts).
 */
import thirdSet from '../../search-ranking/third-set.json';
import { THIRD_CASES } from '../../search-ranking/evaluate-ranking';
import { describeHeldOutSet } from './held-out-set';

describeHeldOutSet({
  name: 'the third ranking set',
  queriesFile: 'tests/search-ranking/third-queries.json',
  shaFile: 'tests/search-ranking/third-queries.sha256',
  labelledSha: thirdSet.queriesSha256,
  cases: THIRD_CASES,
  minimum: { queries: 90, urgent: 15, honestEmpty: 15 },
  honestEmptyAsserted: false,
});
