/** Each query as typed letter by letter: "fags" → "f", "fa", "fag", "fags". */
export function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
}
