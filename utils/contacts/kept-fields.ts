/**
 * What a logged contact keeps, in words, for the popup and the evaluation page. It follows the policy in force: with `dateGranularity: "hour"` the hour is kept too, so a
 * fixed "only the date and topic" would be untrue. The full list is in docs/privacy.md.
 */
export function keptFieldsSentence(dateGranularity: 'day' | 'hour'): string {
  const when = dateGranularity === 'hour' ? 'the date and hour' : 'the date';
  return (
    `Each contact keeps only ${when}, the topics and services signposted, the level, outcome, intention and handover ` +
    'if given, how it was logged and the content version: nothing about the person, the page you were on, or you.'
  );
}
