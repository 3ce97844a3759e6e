/**
 * Does the typo fit at the start of a word? People seldom get a word's first letter
 * wrong, and Fuse.js matches anywhere in a text: "arears" is as close to "carers" (from
 * its second letter) as to "arrears". True when some word of the text that begins with
 * the typed word's first letter begins with something within `maxEdits` edits of it.
 */
export function typoAtWordStart(text: string, token: string, maxEdits: number): boolean {
  const first = token[0];
  for (const word of text.split(' ')) {
    if (word[0] === first && prefixDistance(token, word) <= maxEdits) return true;
  }
  return false;
}

/**
 * Does the typo fit inside one word? Fuse.js matches across spaces: "verruca" is two edits
 * from "very ca" in "recovery cafes". Nobody misspells one word as the end of one and the
 * start of the next, so a typo must fit within some word of the text.
 */
export function typoWithinWord(text: string, token: string, maxEdits: number): boolean {
  for (const word of text.split(' ')) if (editDistance(token, word, true) <= maxEdits) return true;
  return false;
}

/** The fewest edits turning `token` into some prefix of `word` (textbook dynamic programming; both are short). */
function prefixDistance(token: string, word: string): number {
  return editDistance(token, word, false);
}

/** The fewest edits turning `token` into a prefix of `word`, or with `anywhere` into any part of it. */
function editDistance(token: string, word: string, anywhere: boolean): number {
  let row = Array.from({ length: word.length + 1 }, (_, j) => (anywhere ? 0 : j));
  for (let i = 1; i <= token.length; i++) {
    const next = [i];
    for (let j = 1; j <= word.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (token[i - 1] === word[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return Math.min(...row);
}
