// @vitest-environment node
/**
 * Who sees what on the dashboard (receiver/access.ts): the configuration is checked with a
 * clear message, a token is needed for every view and download, and a viewer limited to some
 * organisations gets 403 for the rest. Downloads are the publishable summary only.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadRecord } from '../../../utils/contacts/upload-format';
import { parseAccessConfig, sha256, type AccessConfig } from '../../../receiver/access';
import { dashboardRoutes } from '../../../receiver/dashboard-routes';
import { createReceiver } from '../../../receiver/server';
import { storeBatch } from '../../../receiver/store-batch';
import { freshPglite, type TestDatabase } from './test-databases';
import { sampleRecords } from './sample-records';

describe('the access configuration', () => {
  it('refuses a plain token, an unknown field and a bad borough, naming each', () => {
    const bad = JSON.stringify({
      viewers: [{ name: 'Lead', token: 'secret', organisations: '*' }],
      organisations: { RV3: { borough: 'Camden!' } },
      extra: true,
    });
    expect(() => parseAccessConfig(bad, 'receiver.config.json')).toThrow(
      /receiver.config.json is not a valid receiver configuration:[\s\S]*viewers\.0\.tokenSha256[\s\S]*viewers\.0[\s\S]*token[\s\S]*organisations\.RV3\.borough/,
    );
    expect(() => parseAccessConfig('{', 'x.json')).toThrow('x.json is not JSON');
  });
});

describe('the dashboard', () => {
  let t: TestDatabase;
  let server: Server;
  let base: string;
  const access: AccessConfig = {
    viewers: [
      { name: 'Lead', tokenSha256: sha256('lead'), organisations: '*' },
      { name: 'Riverside', tokenSha256: sha256('riverside'), organisations: ['RV3'] },
    ],
    organisations: { RV3: { borough: 'camden' }, OTH: { borough: 'hackney' } },
  };

  beforeAll(async () => {
    t = await freshPglite();
    for (const [code, seed] of [
      ['RV3', 1],
      ['OTH', 2],
    ] as const) {
      const records = sampleRecords(60, seed, code).map(uploadRecord);
      await storeBatch(
        t.db,
        { schema: 'mecc-contacts/2', batchId: randomUUID(), organisation: { code, name: `${code} Trust` }, team: null, records },
        randomUUID(),
      );
    }
    server = createReceiver({ db: t.db, dashboard: dashboardRoutes({ db: t.db, access, now: () => new Date('2026-12-07T12:00:00Z') }) });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await t.drop();
  });

  const get = (path: string, token?: string) =>
    fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, redirect: 'manual' });

  it('asks for a token first, on every view and download', async () => {
    for (const path of ['/dashboard', '/dashboard/london', '/dashboard/organisation/RV3/summary.csv']) {
      const res = await get(path);
      expect(res.status, path).toBe(401);
      expect(await res.text(), path).toContain('Dashboard token');
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
    expect((await get('/dashboard/london', 'wrong')).status).toBe(401);
  });

  it('signs in with a form, into an HttpOnly, SameSite=Strict cookie', async () => {
    const res = await fetch(`${base}/dashboard/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'token=riverside',
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('set-cookie')).toBe('mecc_dashboard=riverside; HttpOnly; SameSite=Strict; Path=/dashboard');
    const page = await fetch(`${base}/dashboard`, { headers: { cookie: 'mecc_dashboard=riverside' } });
    expect(await page.text()).toContain('Signed in as Riverside.');
  });

  it('shows a limited viewer its organisations only, and refuses the rest', async () => {
    const index = await (await get('/dashboard', 'riverside')).text();
    expect(index).toContain('href="/dashboard/organisation/RV3"');
    expect(index).not.toMatch(/OTH|london|borough/);
    for (const path of [
      '/dashboard/london',
      '/dashboard/borough/camden',
      '/dashboard/organisation/OTH',
      '/dashboard/organisation/OTH/summary.csv',
    ]) {
      expect((await get(path, 'riverside')).status, path).toBe(403);
    }
    expect((await get('/dashboard/organisation/RV3', 'riverside')).status).toBe(200);
  });

  it('shows the lead London, each configured borough and each organisation', async () => {
    const index = await (await get('/dashboard', 'lead')).text();
    for (const href of [
      '/dashboard/london',
      '/dashboard/borough/camden',
      '/dashboard/borough/hackney',
      '/dashboard/organisation/RV3',
      '/dashboard/organisation/OTH',
    ]) {
      expect(index).toContain(`href="${href}"`);
    }
    expect(index).toContain('>Hackney<');
    expect((await get('/dashboard/borough/nowhere', 'lead')).status).toBe(404);
  });

  it('suppresses small numbers on every view and download', async () => {
    for (const path of ['/dashboard/london', '/dashboard/borough/camden', '/dashboard/organisation/RV3']) {
      const text = await (await get(path, 'lead')).text();
      const cells = [...text.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]!);
      expect(cells.length, path).toBeGreaterThan(10);
      for (const cell of cells) expect(cell, path).toMatch(/^(\*|0|\d*[05])$/);
    }
    for (const path of ['/dashboard/london/summary.csv?kind=month', '/dashboard/organisation/RV3/services.csv']) {
      const res = await get(path, 'lead');
      expect(res.headers.get('content-disposition'), path).toMatch(/publishable/);
      const rows = (await res.text()).trim().split('\r\n').slice(1);
      expect(rows.length, path).toBeGreaterThan(3);
      for (const row of rows) expect(row, path).toMatch(/,(\*|0|\d*[05])(,|$)/);
    }
    expect((await get('/dashboard/london/summary.csv?kind=year', 'lead')).status).toBe(400);
  });
});
