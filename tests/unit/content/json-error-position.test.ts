/** A JSON syntax error in a content file is reported by line and column. */
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

  it('A5: places a file cut short at its end, by line and column', () => {
    expect(describeJsonError('Unexpected end of JSON input', '{\n  "topics": [')).toBe(
      'Unexpected end of JSON input at line 2, column 14 (the end of the file)',
    );
    expect(errorOf('')).toBe('Unexpected end of JSON input at line 1, column 1 (the end of the file)');
  });

  it('leaves any other message without a position as it is', () => {
    expect(describeJsonError('Something else went wrong', '{')).toBe('Something else went wrong');
  });
});
