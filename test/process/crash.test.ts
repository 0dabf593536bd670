import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit/index.ts';
import { urlFor } from '../../src/platform/db/embedded.ts';
import { openDatabase, type Sql } from '../../src/platform/db/index.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import {
  api,
  createToken,
  freePort,
  isAlive,
  killAll,
  postmasterPid,
  runCli,
  type ServerHandle,
  signIn,
  startServer,
  stopEmbeddedPostgres,
} from '../support/process.ts';

/**
 * kill -9 in the middle of a stream of writes, restart, and the data is consistent: every committed change
 * has its audit event, the chain has no gap and verifies, and the server serves again.
 */
const ADMIN = { email: 'owner@crash.test', password: 'crash-test-password-1' };
const ADMIN_ENV = { STEWARD_ADMIN_EMAIL: ADMIN.email, STEWARD_ADMIN_PASSWORD: ADMIN.password };

afterEach(async () => {
  await killAll();
});

/** Writers hammer the API until the server dies under them; returns how many writes answered 201. */
async function writeUntilKilled(server: ServerHandle, token: string, killAfterMs: number): Promise<number> {
  let stop = false;
  let ok = 0;
  const writer = async (w: number) => {
    for (let i = 0; !stop; i++) {
      const kind = i % 3;
      try {
        const r =
          kind === 0
            ? await api(server.url, token, 'POST', '/departments', {
                code: `W${w}N${i}`,
                name: `Writer ${w} #${i}`,
              })
            : kind === 1
              ? await api(server.url, token, 'POST', '/invitations', {
                  email: `w${w}n${i}@crash.test`,
                  role: 'assistant',
                })
              : await api(server.url, token, 'POST', '/me/tokens', { name: `w${w}n${i}` });
        if (r.status === 201) ok++;
        else throw new Error(`unexpected ${r.status}: ${JSON.stringify(r.body)}`);
      } catch (err) {
        if (stop) return;
        throw err;
      }
    }
  };
  const writers = Array.from({ length: 4 }, (_, w) => writer(w));
  await new Promise((r) => setTimeout(r, killAfterMs));
  stop = true; // from here on a failed request is the kill, not a bug; up to 4 are in flight
  server.child.kill('SIGKILL');
  const exit = await server.exited;
  expect(exit.signal).toBe('SIGKILL');
  await Promise.all(writers);
  return ok;
}

/** The consistency checks after a crash, straight against the database. */
async function expectConsistent(sql: Sql, acknowledged: number): Promise<void> {
  const counts = await sql.query<{ departments: number; invitations: number; tokens: number }>(
    `SELECT (SELECT count(*)::int FROM departments) AS departments,
            (SELECT count(*)::int FROM invitations) AS invitations,
            (SELECT count(*)::int FROM api_tokens) AS tokens`,
  );
  const c = counts.rows[0]!;
  // Every write the client saw succeed is there (the setup made one token before the stream).
  expect(c.departments + c.invitations + c.tokens - 1).toBeGreaterThanOrEqual(acknowledged);
  expect(c.departments).toBeGreaterThan(0);
  for (const [table, entity] of [
    ['departments', 'department'],
    ['invitations', 'invitation'],
    ['api_tokens', 'api_token'],
  ]) {
    const missing = await sql.query(
      `SELECT t.id FROM ${table} t
        WHERE NOT EXISTS (SELECT 1 FROM audit_events e
                           WHERE e.entity_type = $1 AND e.entity_id = t.id AND e.action = 'create')`,
      [entity],
    );
    expect(missing.rows, `${table} without a create event`).toEqual([]);
  }
  // no gaps: each chain's events are exactly 1..head.seq
  const gaps = await sql.query(
    `SELECT h.chain FROM audit_heads h
       JOIN (SELECT chain, count(*) AS n, max(seq) AS top FROM audit_events GROUP BY chain) e USING (chain)
      WHERE e.n <> h.seq OR e.top <> h.seq`,
  );
  expect(gaps.rows).toEqual([]);
  const verified = await verifyAuditChain(sql);
  expect(verified.firstProblem).toBeNull();
  expect(verified.ok).toBe(true);
}

async function servesAgain(server: ServerHandle, token: string): Promise<void> {
  const list = await api(server.url, token, 'GET', '/departments?limit=5');
  expect(list.status).toBe(200);
  const made = await api(server.url, token, 'POST', '/departments', {
    code: 'AFTER',
    name: 'After the crash',
  });
  expect(made.status).toBe(201);
}

describe('kill -9 with DATABASE_URL', () => {
  let fresh: FreshDatabase | null = null;
  afterAll(async () => {
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('restarts consistent: audit events for every change, no gaps, chain verifies', {
    timeout: 180_000,
  }, async () => {
    fresh = await freshDatabase();
    const env = { DATABASE_URL: fresh.url, ...ADMIN_ENV };
    const first = await startServer(env);
    const token = await createToken(first.url, await signIn(first.url, ADMIN.email, ADMIN.password));
    const acknowledged = await writeUntilKilled(first, token, 2500);
    expect(acknowledged).toBeGreaterThan(10);

    const second = await startServer(env);
    await expectConsistent(fresh.db, acknowledged);
    const cli = await runCli(['audit', 'verify'], { env: { DATABASE_URL: fresh.url } });
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    await servesAgain(second, token);
    expect(await second.stop()).toEqual({ code: 0, signal: null });
  });
});

describe('kill -9 with the embedded PostgreSQL', () => {
  // Under /tmp with world-traversable parents: as root, PostgreSQL runs as the OS user `postgres`.
  const root = mkdtempSync('/tmp/steward-crash-');
  chmodSync(root, 0o755);
  const dataDir = join(root, 'data');

  afterAll(async () => {
    await killAll();
    await stopEmbeddedPostgres(dataDir);
    rmSync(root, { recursive: true, force: true });
  });

  it('stops the orphaned PostgreSQL on restart and comes back consistent', { timeout: 180_000 }, async () => {
    const env = { STEWARD_DATA_DIR: dataDir, STEWARD_PG_PORT: String(await freePort()), ...ADMIN_ENV };
    const first = await startServer(env, { timeoutMs: 50_000 });
    const token = await createToken(first.url, await signIn(first.url, ADMIN.email, ADMIN.password));
    const acknowledged = await writeUntilKilled(first, token, 2000);
    expect(acknowledged).toBeGreaterThan(10);
    // The node process is gone; its PostgreSQL is not.
    const orphan = postmasterPid(dataDir);
    expect(orphan).not.toBeNull();

    const second = await startServer(env, { timeoutMs: 50_000 });
    const now = postmasterPid(dataDir);
    expect(now).not.toBeNull();
    expect(now).not.toBe(orphan);
    expect(isAlive(orphan!)).toBe(false); // the orphan was stopped, not left running beside the new one

    const settings = JSON.parse(readFileSync(join(dataDir, 'pg.json'), 'utf8'));
    const db = openDatabase(urlFor(settings), { max: 2 });
    try {
      await expectConsistent(db, acknowledged);
    } finally {
      await db.close();
    }
    await servesAgain(second, token);
    expect(await second.stop()).toEqual({ code: 0, signal: null });
    expect(postmasterPid(dataDir)).toBeNull(); // a clean stop takes its PostgreSQL along
  });
});
