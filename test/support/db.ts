import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Database, openDatabase } from '../../src/platform/db/index.ts';

/**
 * A database of one's own, cloned from the migrated template that test/support/global-setup.ts builds
 * (CREATE DATABASE … TEMPLATE takes some 20 ms). Usual use, once per test file:
 *
 *   const fresh = withFreshDatabase();            // registers beforeAll + afterAll
 *   it('…', async () => { await fresh.db.query('…'); });
 *
 * or call freshDatabase() yourself and dropFreshDatabase() when done.
 *
 * `db` and `url` connect as the application's role (not a superuser, owns no table: the grants of
 * src/platform/db/roles.ts), as the app runs in production; `owner` and `ownerUrl` as the tables' owner, for
 * what only an owner may do (tampering with the audit trail on purpose, DDL, restore).
 */
export interface FreshDatabase {
  db: Database;
  url: string;
  name: string;
  owner: Database;
  ownerUrl: string;
}

/** inject() works only inside a vitest worker; processes a test spawns read the environment instead. */
function provided(key: 'pgAdminUrl' | 'pgAppUrl' | 'pgTemplate' | 'pgRunTag'): string | undefined {
  try {
    return inject(key);
  } catch {
    return undefined;
  }
}

function settings(): { adminUrl: string; appUrl: string; template: string; runTag: string } {
  const adminUrl = provided('pgAdminUrl') ?? process.env.STEWARD_TEST_ADMIN_URL;
  const appUrl = provided('pgAppUrl') ?? process.env.STEWARD_TEST_APP_URL;
  if (!adminUrl || !appUrl)
    throw new Error('No test database server: run the tests through vitest (its globalSetup starts one).');
  return {
    adminUrl,
    appUrl,
    template: provided('pgTemplate') ?? process.env.STEWARD_TEST_TEMPLATE ?? 'steward_template',
    runTag: provided('pgRunTag') ?? '',
  };
}

async function asAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: settings().adminUrl });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/** The URL of database `name` as the application's role, or as the owner (the test server's superuser). */
export function databaseUrl(name: string, as: 'app' | 'owner' = 'app'): string {
  const s = settings();
  const url = new URL(as === 'app' ? s.appUrl : s.adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function freshDatabase(): Promise<FreshDatabase> {
  const { template, runTag } = settings();
  const worker = process.env.VITEST_POOL_ID ?? '0';
  const name = `t_${worker}_${runTag}${randomBytes(4).toString('hex')}`;
  const appRole = new URL(settings().appUrl).username;
  await asAdmin(async (admin) => {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    // Table grants come with the template; database-level ones do not (pg-boss creates its schema).
    await admin.query(`GRANT CONNECT, TEMPORARY, CREATE ON DATABASE ${name} TO ${appRole}`);
  });
  const url = databaseUrl(name);
  const ownerUrl = databaseUrl(name, 'owner');
  return {
    db: openDatabase(url, { max: 5, applicationName: 'steward-test' }),
    url,
    name,
    // A pool connects on first use only: files that never need the owner pay nothing.
    owner: openDatabase(ownerUrl, { max: 2, applicationName: 'steward-test-owner' }),
    ownerUrl,
  };
}

/** Closes the pool and drops the database; WITH (FORCE) ends connections a test left behind (PG ≥ 13). */
export async function dropFreshDatabase(fresh: FreshDatabase): Promise<void> {
  await fresh.db.close().catch(() => {});
  await fresh.owner?.close().catch(() => {});
  await asAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${fresh.name} WITH (FORCE)`));
}

/** Registers beforeAll/afterAll for the current file (or describe block); read the fields inside tests. */
export function withFreshDatabase(): FreshDatabase {
  const handle = {} as FreshDatabase;
  beforeAll(async () => {
    Object.assign(handle, await freshDatabase());
  });
  afterAll(async () => {
    if (handle.name) await dropFreshDatabase(handle);
  });
  return handle;
}
