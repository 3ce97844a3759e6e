/**
 * Which parts of `npm run bench` to run: all of them, or only those named on the command line
 * (`npm run bench -- search`), so that working on one part does not wait for the slow others
 * (the floor part builds the extension and drives Chromium). A partial run prints its figures
 * but never rewrites docs/performance.md or bench/results.json, which describe a full run.
 */
export function chooseParts<T>(parts: ReadonlyArray<readonly [string, T]>, args: readonly string[]): Array<readonly [string, T]> {
  const names = parts.map(([name]) => name);
  const unknown = args.filter((a) => !names.includes(a));
  if (unknown.length > 0) {
    throw new Error(`npm run bench: no part called ${unknown.map((u) => `"${u}"`).join(', ')}; the parts are ${names.join(', ')}.`);
  }
  return args.length === 0 ? [...parts] : parts.filter(([name]) => args.includes(name));
}
