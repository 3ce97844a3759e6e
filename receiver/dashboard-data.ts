/**
 * The dashboard's figures, counted in SQL for one scope and the last quarters: contacts and
 * signposted contacts per quarter, and contacts per quarter by topic, level, outcome and
 * service. Exact counts here; every page and download shows them through the publishable
 * rule (receiver/dashboard-pages.ts), never as they are.
 */
import { periodsBetween, type Period } from '../utils/evaluation/period';
import { EARLIEST_CONTACT_DATE } from '../utils/contacts/plausible-date';
import type { Queryable } from './database';
import { scopeCondition, type Scope } from './scope';

export type Dimension = 'topic' | 'level' | 'outcome' | 'service';

/** Per record, the values it counts under (each once). */
const VALUES: Record<Dimension, string> = {
  topic: "SELECT DISTINCT unnest(CASE WHEN cardinality(topics) = 0 THEN ARRAY['(none)'] ELSE topics END)",
  level: "SELECT coalesce(level, 'not-recorded')",
  outcome: "SELECT coalesce(outcome, 'not-recorded')",
  service: 'SELECT DISTINCT unnest(services)',
};

export interface Cell {
  start: string;
  value: string;
  contacts: number;
}

export interface ScopeFigures {
  quarters: Period[];
  totals: Map<string, { contacts: number; signposted: number }>;
  by: Record<Dimension, Cell[]>;
}

export async function scopeFigures(db: Queryable, scope: Scope, today: string, quarters = 4): Promise<ScopeFigures> {
  const all = periodsBetween(EARLIEST_CONTACT_DATE, today, 'quarter');
  const shown = all.slice(-quarters);
  const from = shown[0]!.start;
  const where = scopeCondition(scope, 2);
  const params = [from, ...where.params];
  const scoped = `SELECT to_char(date_trunc('quarter', date), 'YYYY-MM-DD') AS start, * FROM records WHERE date >= $1::date AND ${where.sql}`;
  const totals = await db.query<{ start: string; contacts: number; signposted: number }>(
    `SELECT start, count(*)::int AS contacts,
            count(*) FILTER (WHERE cardinality(services) > 0 OR outcome = 'signposted')::int AS signposted
     FROM (${scoped}) s GROUP BY start`,
    params,
  );
  const by = {} as Record<Dimension, Cell[]>;
  for (const dimension of Object.keys(VALUES) as Dimension[]) {
    by[dimension] = await db.query<Cell>(
      `SELECT start, v.value, count(*)::int AS contacts
       FROM (${scoped}) s CROSS JOIN LATERAL (${VALUES[dimension]} AS value) AS v
       GROUP BY start, v.value ORDER BY v.value COLLATE "C"`,
      params,
    );
  }
  return { quarters: shown, totals: new Map(totals.map((t) => [t.start, t])), by };
}

/**
 * The organisations that have sent batches, each with one name its batches gave (the receiver
 * keeps no arrival times, so "the latest" is unknown; names under one code rarely differ).
 */
export async function knownOrganisations(db: Queryable): Promise<{ code: string; name: string | null }[]> {
  return db.query(
    `SELECT organisation_code AS code, max(organisation_name) AS name
     FROM batches WHERE organisation_code IS NOT NULL GROUP BY organisation_code ORDER BY organisation_code`,
  );
}
