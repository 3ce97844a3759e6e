/**
 * The committed record of the last freshness check (`<content>/freshness/state.json`): each
 * page's fingerprint and the day it was last seen to change, and the findings of that run.
 * And the waivers (`<content>/freshness/waivers.json`): a person's recorded decision that a
 * critical finding may ship for now, with a reason and an expiry date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { FLAG_KINDS, type FreshnessFlag } from './flags';

export const stateFile = (contentDir: string) => join(contentDir, 'freshness', 'state.json');
export const waiversFile = (contentDir: string) => join(contentDir, 'freshness', 'waivers.json');

const isoDay = z.iso.date();

const pageStateSchema = z.object({
  fingerprint: z.string(),
  /** The first check that saw the page with this fingerprint's predecessor changed. */
  changedOn: isoDay.optional(),
  lastSeen: isoDay,
});
export type PageState = z.infer<typeof pageStateSchema>;

const flagSchema = z.object({
  kind: z.enum(FLAG_KINDS),
  critical: z.boolean(),
  item: z.string(),
  url: z.string().optional(),
  role: z.enum(['link', 'source']).optional(),
  detail: z.string(),
  boroughs: z.array(z.string()),
  needs: z.array(z.string()),
});

const stateSchema = z.object({
  checkedAt: z.iso.datetime(),
  pages: z.record(z.string(), pageStateSchema),
  flags: z.array(flagSchema),
});
export type FreshnessState = z.infer<typeof stateSchema>;

const waiverSchema = z
  .object({
    item: z.string().min(1),
    flag: z.enum(FLAG_KINDS),
    /** Omitted: every page of the item with that finding. */
    url: z.string().optional(),
    reason: z.string().trim().min(10, 'must say why the finding may ship (at least 10 characters)'),
    expires: isoDay,
    by: z.string().trim().min(1).optional(),
  })
  .strict();
export type Waiver = z.infer<typeof waiverSchema>;
const waiversSchema = z.object({ waivers: z.array(waiverSchema) }).strict();

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: is not valid JSON: ${(error as Error).message}`);
  }
}

const issues = (path: string, error: z.ZodError) =>
  `${path}: ${error.issues.map((i) => `${i.path.join('.') || 'file'} ${i.message}`).join('; ')}`;

export function readState(contentDir: string): FreshnessState | null {
  const path = stateFile(contentDir);
  if (!existsSync(path)) return null;
  const parsed = stateSchema.safeParse(readJson(path));
  if (!parsed.success) throw new Error(issues(path, parsed.error));
  return parsed.data;
}

export function writeState(contentDir: string, state: FreshnessState) {
  const path = stateFile(contentDir);
  mkdirSync(dirname(path), { recursive: true });
  // Sorted keys: a re-run that finds nothing new leaves the committed file byte-identical.
  const pages = Object.fromEntries(Object.entries(state.pages).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path, `${JSON.stringify({ ...state, pages }, null, 2)}\n`);
}

export function readWaivers(contentDir: string): Waiver[] {
  const path = waiversFile(contentDir);
  if (!existsSync(path)) return [];
  const parsed = waiversSchema.safeParse(readJson(path));
  if (!parsed.success) throw new Error(issues(path, parsed.error));
  return parsed.data.waivers;
}

/** The waiver that covers a finding today, if any; an expired waiver covers nothing. */
export function waiverFor(flag: FreshnessFlag, waivers: readonly Waiver[], today: string): Waiver | undefined {
  return waivers.find(
    (w) => w.item === flag.item && w.flag === flag.kind && (w.url === undefined || w.url === flag.url) && w.expires >= today,
  );
}
