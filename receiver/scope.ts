/**
 * What a summary or dashboard view covers: London (everything), one borough (the
 * organisations the configuration places in it) or one organisation (its ODS code, as sent
 * in the batches). Turned into one SQL condition on `records`, with its parameters.
 */
export type Scope =
  { kind: 'london' } | { kind: 'borough'; id: string; organisations: readonly string[] } | { kind: 'organisation'; code: string };

/** `WHERE` text for the records table, using parameters from `$first` on. */
export function scopeCondition(scope: Scope, first: number): { sql: string; params: unknown[] } {
  if (scope.kind === 'london') return { sql: 'true', params: [] };
  if (scope.kind === 'borough') return { sql: `organisation_code = ANY($${first}::text[])`, params: [[...scope.organisations]] };
  return { sql: `organisation_code = $${first}`, params: [scope.code] };
}

/** For file names: "london", "borough-camden", "organisation-RV3". */
export function scopeSlug(scope: Scope): string {
  if (scope.kind === 'london') return 'london';
  const id = scope.kind === 'borough' ? scope.id : scope.code;
  return `${scope.kind}-${id.replace(/[^A-Za-z0-9-]/g, '_')}`;
}
