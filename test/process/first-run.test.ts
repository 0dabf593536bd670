import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeBinaries, isRoot, postgresIds } from '../../src/platform/db/embedded-root.ts';
import { killAll, runCli, startServer, stopEmbeddedPostgres } from '../support/process.ts';

/**
 * First run anywhere (issue #10, item 2): a data directory under a private (0700) directory — a clone in
 * /root — started as root, where the embedded PostgreSQL runs as the OS user `postgres`; and a data
 * directory whose recorded PostgreSQL port another program took. One server start and two CLI runs: the
 * machine is shared.
 */
const ADMIN = { STEWARD_ADMIN_EMAIL: 'owner@first.test', STEWARD_ADMIN_PASSWORD: 'first-run-password-1' };

describe('first run anywhere', () => {
  let privateDir: string;
  let pgHome: string;
  let dataDir: string;
  let squatter: Server | null = null;

  beforeAll(() => {
    privateDir = mkdtempSync('/tmp/steward-private-');
    chmodSync(privateDir, 0o700); // like /root: `postgres` cannot enter it
    pgHome = mkdtempSync('/tmp/steward-pghome-');
    chmodSync(pgHome, 0o755);
    dataDir = join(privateDir, 'data');
  });

  afterAll(async () => {
    squatter?.close();
    await killAll();
    await stopEmbeddedPostgres(dataDir); // left running if a failure killed its server
    rmSync(privateDir, { recursive: true, force: true });
    rmSync(pgHome, { recursive: true, force: true });
  });

  it('as root, a data directory under a 0700 directory starts: the cluster is kept where postgres can reach it', async () => {
    if (!isRoot()) console.log('not root: the embedded PostgreSQL runs as this user, nothing to arrange');
    const env = { STEWARD_DATA_DIR: dataDir, STEWARD_PG_HOME: pgHome, ...ADMIN };
    const server = await startServer(env, { timeoutMs: 60_000 });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    const doctor = await runCli(['doctor', '--json'], { env });
    expect(doctor.code, doctor.stderr).toBe(0);
    const report = JSON.parse(doctor.stdout) as {
      checks: { name: string; value: string; detail?: string }[];
    };
    const place = report.checks.find((c) => c.name === 'database location');
    if (isRoot()) {
      expect(lstatSync(join(dataDir, 'pg')).isSymbolicLink()).toBe(true);
      const target = readlinkSync(join(dataDir, 'pg'));
      expect(target).toMatch(new RegExp(`^${pgHome}/data-[0-9a-f]{16}$`));
      expect(place?.value).toContain(`cluster in ${target}`);
      expect(place?.detail).toContain(`cannot reach ${dataDir}`);
    } else {
      expect(place?.value).toContain(`cluster in ${join(dataDir, 'pg')}`);
    }
    expect(await server.stop()).toEqual({ code: 0, signal: null });
  });

  it('with its recorded port taken, a command picks a free port and records it; with STEWARD_PG_PORT it says which', async () => {
    const settingsFile = join(dataDir, 'pg.json');
    const saved = (JSON.parse(readFileSync(settingsFile, 'utf8')) as { port: number }).port;
    const listening = createServer();
    squatter = listening;
    await new Promise<void>((res) => listening.listen(saved, '127.0.0.1', () => res()));
    const env = { STEWARD_DATA_DIR: dataDir, STEWARD_PG_HOME: pgHome };

    const pinned = await runCli(['doctor', '--json'], { env: { ...env, STEWARD_PG_PORT: String(saved) } });
    expect(pinned.code).toBe(1);
    // doctor reports it as its database check; the sentence names the port and the variable
    expect(pinned.stdout).toContain(
      `Port ${saved}, which STEWARD_PG_PORT asks the embedded PostgreSQL to use, is taken by another program`,
    );

    const listed = await runCli(['company', 'list'], { env: { ...env, STEWARD_PG_PORT: String(saved) } });
    expect(listed.code).toBe(1);
    expect(listed.stderr).toMatch(
      /^steward: Port \d+, which STEWARD_PG_PORT .* set STEWARD_PG_PORT to a free port\.\n$/,
    );

    const doctor = await runCli(['doctor', '--json'], { env });
    expect(doctor.code, doctor.stdout + doctor.stderr).toBe(0);
    const now = (JSON.parse(readFileSync(settingsFile, 'utf8')) as { port: number }).port;
    expect(now).not.toBe(saved);
  });

  it('as root, when no reachable place can be made, fails before doing anything with one sentence', async () => {
    if (!isRoot()) return console.log('not root: nothing to arrange, nothing to refuse');
    const hidden = join(privateDir, 'pg-home'); // inside the 0700 directory: postgres cannot reach it either
    const elsewhere = join(privateDir, 'other-data');
    const env = { STEWARD_DATA_DIR: elsewhere, STEWARD_PG_HOME: hidden };
    const listed = await runCli(['company', 'list'], { env });
    expect(listed.code).toBe(1);
    expect(listed.stderr).toBe(
      `steward: The embedded PostgreSQL runs as the OS user postgres, which cannot reach the data directory ${elsewhere}, and Steward could not arrange a place it can in ${hidden}: set STEWARD_PG_HOME to a root-owned directory every user can traverse (mode 755), or clone Steward outside a private (0700) directory, or set DATABASE_URL.\n`,
    );
    expect(existsSync(join(elsewhere, 'pg'))).toBe(false); // no cluster, no link left behind
  });

  it('the binaries are copied (hard-linked) to a place postgres can run them from', () => {
    if (!isRoot()) return console.log('not root: the binaries are run as this user, never copied');
    const ids = postgresIds();
    const native = arrangeBinaries(pgHome, ids);
    expect(native.startsWith(`${pgHome}/pg-`)).toBe(true);
    const version = spawnSync(join(native, 'bin', 'postgres'), ['--version'], { ...ids, cwd: '/' });
    expect(version.status, String(version.stderr)).toBe(0);
    expect(String(version.stdout)).toMatch(/PostgreSQL\) 17/);
  });
});
