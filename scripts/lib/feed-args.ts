/**
 * The tiny argument parser of `npm run feed -- <verb> --flag value ...`: every flag
 * takes a value, and a flag may repeat (`--key a.pem --key b.pem`). Unknown flags are
 * errors, so a typo never silently falls back to a default.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  verb: string | undefined;
  flags: Map<string, string[]>;
}

export function parseArgs(argv: readonly string[], allowed: Record<string, readonly string[]>): ParsedArgs {
  const [verb, ...rest] = argv;
  const flags = new Map<string, string[]>();
  if (verb === undefined || !(verb in allowed)) return { verb, flags };
  const known = new Set(allowed[verb]);
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i]!;
    const value = rest[i + 1];
    if (!flag.startsWith('--') || !known.has(flag.slice(2))) throw new UsageError(`unknown option ${flag} for ${verb}`);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    flags.set(flag.slice(2), [...(flags.get(flag.slice(2)) ?? []), value]);
  }
  return { verb, flags };
}

export function one(flags: Map<string, string[]>, name: string): string | undefined {
  const values = flags.get(name);
  if (values && values.length > 1) throw new UsageError(`--${name} may be given only once`);
  return values?.[0];
}

export function required(flags: Map<string, string[]>, name: string): string {
  const value = one(flags, name);
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}

export function positiveInt(value: string, name: string): number {
  if (!/^[1-9][0-9]*$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`--${name} must be a whole number of at least 1, not ${JSON.stringify(value)}`);
  }
  return Number(value);
}
