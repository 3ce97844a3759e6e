/** Docs walkthrough A5: a JSON syntax error in a content file is reported by line and column. */
import { describe, expect, it } from 'vitest';
import { describeJsonError } from '../../../scripts/lib/read-content-dir';

const errorOf = (raw: string) => {
  try {
    JSON.parse(raw);
  } catch (error) {
    return describeJsonError((error as Error).message, raw);
  }
  throw new Error('parsed');
};

describe('describeJsonError', () => {
  it('A5: names the line and column of a missing comma, not a character offset', () => {
    const raw = '{\n  "topics": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}';
    const message = errorOf(raw);
    expect(message).toMatch(/at line 4, column 5/);
    expect(message).not.toMatch(/position/);
  });

  it('leaves a message without a position as it is', () => {
    expect(describeJsonError('Unexpected end of JSON input', '{')).toBe('Unexpected end of JSON input');
  });
});
