/** The board report's modelled impact: ranges only, sourced, and only for the three evidenced topics. */
import { describe, expect, it } from 'vitest';
import { formatRange, modelledImpact } from '../../../utils/evaluation/modelled-impact';

describe('modelledImpact', () => {
  it('models only smoking, alcohol and physical activity, always as a range with a source and an assumption', () => {
    const ranges = modelledImpact(
      new Map([
        ['smoking', 200],
        ['alcohol', 100],
        ['physical-activity', 120],
        ['money', 500],
        ['housing', 40],
      ]),
    );
    expect(ranges.map((r) => r.topic)).toEqual(['smoking', 'alcohol', 'physical-activity']);
    for (const r of ranges) {
      expect(r.high).toBeGreaterThan(r.low);
      expect(r.source.length).toBeGreaterThan(20);
      expect(r.assumption.length).toBeGreaterThan(20);
    }
    expect(ranges.map(formatRange)).toEqual(['2 to 6 people', '£270 to £2,700', '1 to 10 people']);
  });

  it('leaves out topics with no conversations', () => {
    expect(
      modelledImpact(
        new Map([
          ['smoking', 0],
          ['money', 3],
        ]),
      ),
    ).toEqual([]);
  });
});
