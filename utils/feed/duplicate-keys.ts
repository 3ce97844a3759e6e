/**
 * Finds an object key that appears twice in one JSON object. JSON.parse keeps the last
 * one, so a reviewer reading the first `"phone"` of a hand-made payload would see
 * something other than what browsers show (security review I2). `build` never writes
 * duplicates; a signed payload that has them is refused.
 *
 * Expects text JSON.parse has already accepted, so it only tracks strings and nesting.
 */
export function findDuplicateKey(json: string): string | null {
  /** One entry per open container: the keys seen so far (objects) or null (arrays). */
  const stack: Array<Set<string> | null> = [];
  let expectKey = false;
  for (let i = 0; i < json.length; i += 1) {
    const c = json[i];
    if (c === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top && expectKey) {
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        if (top.has(key)) return key;
        top.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      stack.push(null);
      expectKey = false;
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') {
      expectKey = stack[stack.length - 1] instanceof Set;
    }
  }
  return null;
}
