/**
 * Who may see which organisation on the dashboard, from a JSON file (RECEIVER_CONFIG, default
 * receiver.config.json; docs/evaluation.md "Who sees what"):
 *
 *   {
 *     "viewers": [
 *       { "name": "London MECC evaluation lead", "tokenSha256": "<hex>", "organisations": "*" },
 *       { "name": "Riverside evaluation lead", "tokenSha256": "<hex>", "organisations": ["RV3"] }
 *     ],
 *     "organisations": { "RV3": { "borough": "camden" } }
 *   }
 *
 * A viewer signs in with a token; the file holds only its SHA-256, so the file is no secret.
 * "*" sees London, every borough and every organisation; a list sees those organisations only.
 * `organisations` places organisation codes (as policy sends them) in boroughs (ids from
 * content/areas.json) for the borough views. With no file, one token that sees everything is
 * made for the run and printed at start-up, so a fresh machine works.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Scope } from './scope';

const configSchema = z
  .object({
    viewers: z
      .array(
        z
          .object({
            name: z.string().min(1),
            tokenSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 of the token, 64 lower-case hex digits'),
            organisations: z.union([z.literal('*'), z.array(z.string().min(1)).min(1)]),
          })
          .strict(),
      )
      .min(1),
    organisations: z.record(z.string(), z.object({ borough: z.string().regex(/^[a-z0-9-]+$/) }).strict()).default({}),
  })
  .strict();

export type AccessConfig = z.infer<typeof configSchema>;
export type Viewer = AccessConfig['viewers'][number];

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function parseAccessConfig(text: string, source: string): AccessConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${source} is not JSON`);
  }
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n');
    throw new Error(`${source} is not a valid receiver configuration:\n${problems}`);
  }
  return parsed.data;
}

export function loadAccessConfig(path: string, log: (line: string) => void): AccessConfig {
  if (existsSync(path)) return parseAccessConfig(readFileSync(path, 'utf8'), path);
  const token = randomBytes(18).toString('base64url');
  log(`no ${path}: dashboard sign-in token for this run (sees everything): ${token}`);
  return { viewers: [{ name: 'Everyone (no configuration file)', tokenSha256: sha256(token), organisations: '*' }], organisations: {} };
}

/** The viewer a token belongs to, compared in constant time. */
export function viewerFor(config: AccessConfig, token: string | undefined): Viewer | null {
  if (!token) return null;
  const given = Buffer.from(sha256(token), 'hex');
  return config.viewers.find((v) => timingSafeEqual(Buffer.from(v.tokenSha256, 'hex'), given)) ?? null;
}

/** The organisation codes the configuration places in a borough. */
export function boroughOrganisations(config: AccessConfig, borough: string): string[] {
  return Object.entries(config.organisations)
    .filter(([, o]) => o.borough === borough)
    .map(([code]) => code);
}

export function maySee(viewer: Viewer, scope: Scope): boolean {
  if (viewer.organisations === '*') return true;
  return scope.kind === 'organisation' && viewer.organisations.includes(scope.code);
}
