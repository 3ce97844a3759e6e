/**
 * `npm run receiver`: the reference receiver and its dashboard, on one port.
 *
 * Settings (environment):
 *   PORT            8080
 *   HOST            127.0.0.1 (set 0.0.0.0 behind a load balancer or reverse proxy)
 *   DATABASE_URL    postgres://… for a PostgreSQL server; without it, PGlite in RECEIVER_DATA
 *   RECEIVER_DATA   .receiver-data (PGlite's folder)
 *   RECEIVER_CONFIG receiver.config.json (who may see which organisation; receiver/access.ts)
 *   MAX_BODY_BYTES  1048576
 *   DB_POOL_SIZE    10 (connections per process, server only)
 */
import { loadAccessConfig } from './access';
import { dashboardRoutes } from './dashboard-routes';
import { openDatabase } from './database';
import { migrate } from './schema';
import { createReceiver } from './server';
import { UPLOAD_PATH } from './upload';

const env = process.env;
const port = Number(env.PORT ?? 8080);
const host = env.HOST ?? '127.0.0.1';
const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);

const db = openDatabase({
  url: env.DATABASE_URL,
  dataDir: env.RECEIVER_DATA ?? '.receiver-data',
  poolSize: Number(env.DB_POOL_SIZE ?? 10),
});
let access;
try {
  await migrate(db);
  access = loadAccessConfig(env.RECEIVER_CONFIG ?? 'receiver.config.json', log);
} catch (error) {
  // A wrong DATABASE_URL or a bad configuration file: say so plainly, without a stack.
  console.error(`✖ The receiver could not start: ${(error as Error).message}`);
  await db.close().catch(() => undefined);
  process.exit(1);
}
const server = createReceiver({
  db,
  log,
  maxBodyBytes: env.MAX_BODY_BYTES ? Number(env.MAX_BODY_BYTES) : undefined,
  dashboard: dashboardRoutes({ db, access }),
});
server.listen(port, host, () => {
  const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  log(`receiver on ${db.engine === 'pglite' ? `PGlite in ${env.RECEIVER_DATA ?? '.receiver-data'}` : 'PostgreSQL (DATABASE_URL)'}`);
  log(`upload endpoint for policy: "uploadEndpoint": "${base}${UPLOAD_PATH}"`);
  log(`dashboard: ${base}/dashboard`);
});

async function stop() {
  server.close();
  server.closeAllConnections();
  await db.close();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
