import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { compose, type Steward } from '../../compose.ts';
import { DEMO_OWNER, seedDemo } from '../../demo/index.ts';
import { bootstrap } from '../../flows/bootstrap.ts';
import { sealClearTotpSecrets } from '../../modules/org/index.ts';
import { loadConfig } from '../../platform/config.ts';
import { type Jobs, startJobs } from '../../platform/jobs/index.ts';
import { createLogger } from '../../platform/log.ts';
import { deliverOutbox } from '../../platform/mail/index.ts';
import { openConfiguredDatabase } from '../../platform/runtime.ts';
import { buildApp, WEB_DIST } from '../../server.ts';

/** Writes a message for the person at the console (not a log line: it may carry a one-time secret). */
function tell(message: string): void {
  process.stderr.write(`\n${message}\n\n`);
}

async function ensureWebBuilt(log: { info: (m: string) => void; warn: (m: string) => void }): Promise<void> {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  try {
    log.info('building the web UI (first start)');
    const vite = await import('vite');
    await vite.build({
      configFile: new URL('../../../vite.config.ts', import.meta.url).pathname,
      logLevel: 'warn',
    });
  } catch (err) {
    log.warn(`could not build the web UI: ${(err as Error).message}; the API still works`);
  }
}

/** Seeds the demo (once) and returns the sign-in line, which is printed last, after the request log has started. */
async function seedDemoSignIn(db: Parameters<typeof seedDemo>[0], steward: Steward): Promise<string> {
  const demo = await seedDemo(db, steward);
  if (demo)
    return `Demo company ready. Sign in as ${demo.email} with the password ${demo.password}\n(every demo person, e.g. bookkeeper@demo.steward.local, has the same password).`;
  // The password is only stored hashed, so it cannot be shown again; a new one is one command away.
  return `Demo company: sign in as ${DEMO_OWNER} with the password printed when it was created.\nLost it? Run: npx steward user reset-password ${DEMO_OWNER}`;
}

export async function startCommand(opts: { demo?: boolean; port?: string; worker?: boolean }): Promise<void> {
  const config = loadConfig();
  if (opts.port) config.port = Number(opts.port);
  if (opts.worker === false) config.runWorker = false;
  const log = createLogger(config.logLevel);
  // Wired before anything runs: the demo, the worker's jobs (approval executors) and the HTTP routes.
  const steward = compose();
  await ensureWebBuilt({ info: (m) => log.info(m), warn: (m) => log.warn(m) });
  const opened = await openConfiguredDatabase(config, log, {
    exclusive: true,
    applicationName: 'steward-server',
  });
  const { db } = opened;
  let jobs: Jobs | null = null;
  let server: ServerType | null = null;
  let mailTimer: NodeJS.Timeout | null = null;
  let stopping = false;

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: no new requests, finishing the ones in flight');
    if (mailTimer) clearInterval(mailTimer);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await jobs?.stop().catch((err) => log.error({ err }, 'stopping jobs'));
    await opened.close().catch((err) => log.error({ err }, 'closing database'));
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const applied = await opened.migrate((m) => log.info(m));
    if (applied.length) log.info({ applied }, 'migrations applied');
    // Two-factor secrets written before they were sealed are sealed now (others are sealed on first use too).
    // Without a field key (DATABASE_URL and no STEWARD_FIELD_KEY) it cannot; the server still starts and says so.
    await sealClearTotpSecrets(db).then(
      (sealed) => sealed && log.info({ sealed }, 'sealed two-factor secrets stored in clear'),
      (err) => log.warn({ err }, 'two-factor secrets stored in clear could not be sealed'),
    );
    // With --demo and no admin from the environment, the demo company is the first company: no setup token.
    const demoFirst = Boolean(opts.demo) && !config.admin;
    let signIn: string | null = null;
    if (demoFirst) signIn = await seedDemoSignIn(db, steward);
    const first = await bootstrap(db, config, steward.companies);
    if (first.createdAdmin)
      tell(`Created the first company and its owner ${first.createdAdmin} (from STEWARD_ADMIN_EMAIL).`);
    if (opts.demo && !demoFirst) signIn = await seedDemoSignIn(db, steward);
    jobs = await startJobs(db, log, { work: config.runWorker });
    const app = buildApp({ db, config, log, jobs: () => jobs, steward });
    server = serve({
      fetch: app.fetch,
      port: config.port,
      ...(config.host ? { hostname: config.host } : {}),
    });
    await new Promise<void>((resolve, reject) => {
      server?.once('listening', () => resolve());
      server?.once('error', reject);
    });
    if (config.smtpUrl)
      mailTimer = setInterval(
        () =>
          void deliverOutbox(db, config.smtpUrl, config.mailFrom).catch((err) => log.error({ err }, 'mail')),
        5000,
      );
    log.info(
      { port: config.port, database: opened.embedded ? 'embedded' : 'DATABASE_URL' },
      'Steward is running',
    );
    tell(`Steward is running at http://localhost:${config.port}`);
    if (signIn) tell(signIn);
    if (first.setupToken) {
      tell(
        `First run: open http://localhost:${config.port}/setup and enter this one-time setup token:\n\n    ${first.setupToken}`,
      );
    }
  } catch (err) {
    await jobs?.stop().catch(() => {});
    await opened.close().catch(() => {});
    throw err;
  }
}
