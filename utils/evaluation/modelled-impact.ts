/**
 * The board report's optional "modelled impact" (issue 12): what published rates
 * would suggest the logged conversations might lead to. A model, not a measurement:
 * every figure is a range, with its source and the assumption it rests on, and only
 * for the three topics with usable published evidence (smoking, alcohol, physical
 * activity). Figures re-checked against docs/evaluation.md ("Modelled impact"),
 * which names the sources; never apply two of these to the same person.
 */

export interface ImpactRange {
  topic: 'smoking' | 'alcohol' | 'physical-activity';
  /** Logged conversations on the topic in the period (the activity figure). */
  conversations: number;
  outcome: string;
  low: number;
  high: number;
  unit: 'people' | 'pounds';
  assumption: string;
  source: string;
}

/**
 * One shared pessimistic share for "how many of these conversations were the kind of
 * advice the studies measured": the 1 in 10 figure (signposted people who go on to
 * access support) that the evidence file says to use only as a pessimistic
 * sensitivity value.
 */
const PESSIMISTIC_SHARE = 0.1;

export function modelledImpact(conversationsByTopic: ReadonlyMap<string, number>): ImpactRange[] {
  const n = (t: string) => conversationsByTopic.get(t) ?? 0;
  const out: ImpactRange[] = [];
  if (n('smoking') > 0) {
    out.push({
      topic: 'smoking',
      conversations: n('smoking'),
      outcome: 'extra people stopping smoking (beyond the 2–3% a year who stop unaided)',
      low: n('smoking') * 0.01,
      high: n('smoking') * 0.03,
      unit: 'people',
      assumption:
        'every logged smoking conversation was brief advice to someone who smokes; brief advice adds 1 to 3 percentage points to the yearly quit rate',
      source:
        'Review summary of brief-advice trials (treatobacco.net, SRNT/SSA); not combined with stop-smoking-service quit rates for the same people',
    });
  }
  if (n('alcohol') > 0) {
    out.push({
      topic: 'alcohol',
      conversations: n('alcohol'),
      outcome: 'return over four years',
      low: n('alcohol') * 27 * PESSIMISTIC_SHARE,
      high: n('alcohol') * 27,
      unit: 'pounds',
      assumption:
        'between 1 in 10 and all of the logged alcohol conversations were identification and brief advice as costed; £27 return per patient over four years',
      source:
        'Public Health England figure for alcohol identification and brief advice, as reported by alcoholpolicy.net (2019); no primary copy found',
    });
  }
  if (n('physical-activity') > 0) {
    out.push({
      topic: 'physical-activity',
      conversations: n('physical-activity'),
      outcome: 'extra people reaching recommended activity levels at 12 months',
      low: (n('physical-activity') * PESSIMISTIC_SHARE) / 12,
      high: n('physical-activity') / 12,
      unit: 'people',
      assumption:
        'between 1 in 10 and all of the logged conversations were brief advice as in primary-care trials, where 12 people need advice for one more to become active (NNT ≈ 12)',
      source:
        'Meta-analysis of brief physical-activity advice in primary care (NNT ≈ 12), as cited in the British Journal of Sports Medicine; a secondary citation',
    });
  }
  return out;
}

/** "0.4 to 1.2 people", "£270 to £2,700": one decimal below 10, whole numbers above. */
export function formatRange(range: ImpactRange): string {
  const f = (v: number) => {
    const rounded = v < 10 ? Math.round(v * 10) / 10 : Math.round(v);
    const text = rounded.toLocaleString('en-GB', { maximumFractionDigits: 1 });
    return range.unit === 'pounds' ? `£${text}` : text;
  };
  return `${f(range.low)} to ${f(range.high)}${range.unit === 'people' ? ' people' : ''}`;
}
