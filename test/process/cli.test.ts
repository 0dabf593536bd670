import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, findUserByEmail } from '../../src/modules/org/index.ts';
import { authenticateSecret } from '../../src/modules/org/service/sessions.ts';
import { verifyAuditChain } from '../../src/platform/audit/index.ts';
import type { Sql } from '../../src/platform/db/index.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { killAll, runCli } from '../support/process.ts';

/**
 * The real `steward` command, run as a child process against a database of its own (DATABASE_URL).
 * One scenario per describe, steps in order: the state each step builds on is what the CLI itself made.
 */
const ID = /^co_[0-9A-Za-z]+$/;
let tmp: string;
const databases: FreshDatabase[] = [];

async function fresh(): Promise<FreshDatabase> {
  const db = await freshDatabase();
  databases.push(db);
  return db;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'steward-cli-'));
});

afterAll(async () => {
  await killAll();
  for (const db of databases) await dropFreshDatabase(db);
  rmSync(tmp, { recursive: true, force: true });
});

/** Every public table's rows, as sorted JSON text, for comparing two databases. */
async function snapshot(sql: Sql): Promise<Record<string, string[]>> {
  const { rows: tables } = await sql.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'steward_migrations' ORDER BY 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const { rows } = await sql.query<{ j: string }>(
      `SELECT row_to_json(t)::text AS j FROM "${name}" t ORDER BY 1`,
    );
    out[name] = rows.map((r) => r.j);
  }
  return out;
}

describe('steward CLI against DATABASE_URL', () => {
  let source: FreshDatabase;
  let env: Record<string, string>;
  let companyId = '';
  const owner = 'owner@cli.test';
  const assistant = 'assistant@cli.test';

  beforeAll(async () => {
    source = await fresh();
    env = { DATABASE_URL: source.url };
  });

  it('company create prints only the new id', async () => {
    const r = await runCli(['company', 'create', '--name', 'Acme', '--currency', 'EUR'], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^co_\w+\n$/);
    companyId = r.stdout.trim();
    expect(companyId).toMatch(ID);
    const row = await source.db.query('SELECT base_currency FROM companies WHERE id = $1', [companyId]);
    expect(row.rows[0]?.base_currency).toBe('EUR');
  });

  it('a bad currency is a usage error: exit 2 and one sentence on stderr', async () => {
    const r = await runCli(['company', 'create', '--name', 'Bad', '--currency', 'EURO'], { env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^steward: --currency EURO is not an ISO 4217 code[^\n]*\.\n$/);
    const n = await source.db.query('SELECT count(*)::int AS n FROM companies');
    expect(n.rows[0]?.n).toBe(1);
  });

  it('user create with a department and a password from stdin, then token create prints only the token', async () => {
    const first = await runCli(
      ['user', 'create', '--email', owner, '--name', 'Olga Owner', '--role', 'owner', '--password-stdin'],
      { env, input: 'owner-password-123\n' },
    );
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const ownerRow = await findUserByEmail(source.db, owner);
    expect(ownerRow).not.toBeNull();
    const ctx = {
      actor: { type: 'user' as const, userId: ownerRow!.id, tokenId: null, label: owner },
      companyId,
      requestId: 'test',
    };
    const ops = await source.db.tx((tx) => createDepartment(tx, ctx, { code: 'OPS', name: 'Operations' }));
    await source.db.tx((tx) =>
      createDepartment(tx, ctx, { code: 'OPS-N', name: 'Operations North', parentId: ops.id }),
    );

    const made = await runCli(
      [
        ...['user', 'create', '--email', assistant, '--name', 'Anna Assistant', '--role', 'assistant'],
        ...['--department', 'OPS', '--password-stdin'],
      ],
      { env, input: 'assistant-password-123\n' },
    );
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^usr_\w+\n$/);
    const userId = made.stdout.trim();
    const member = await source.db.query(
      'SELECT 1 FROM department_members WHERE department_id = $1 AND user_id = $2',
      [ops.id, userId],
    );
    expect(member.rowCount).toBe(1);

    const tok = await runCli(['token', 'create', '--email', assistant], { env });
    expect(tok.stderr).toBe('');
    expect(tok.code).toBe(0);
    expect(tok.stdout.split('\n')).toHaveLength(2); // the token and the final newline, nothing else
    const secret = tok.stdout.trim();
    const auth = await authenticateSecret(source.db, 'token', secret);
    expect(auth?.userId).toBe(userId);
  });

  it('acting --as an assistant, user create is forbidden (exit 1) and writes nothing', async () => {
    const before = await source.db.query('SELECT count(*)::int AS n FROM users');
    const r = await runCli(
      ['user', 'create', '--email', 'x@cli.test', '--name', 'X', '--role', 'admin', '--as', assistant],
      { env, input: 'whatever-password-1\n' },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^steward: Your role \(assistant\) does not allow/);
    const after = await source.db.query('SELECT count(*)::int AS n FROM users');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('audit events of CLI actions carry the acting user, the first owner, or the system', async () => {
    const asSelf = await runCli(
      ['token', 'create', '--email', assistant, '--name', 'mine', '--as', assistant],
      {
        env,
      },
    );
    expect(asSelf.code).toBe(0);
    const { rows } = await source.db.query<{
      entity_type: string;
      action: string;
      actor_type: string;
      actor_label: string;
      entity_id: string;
    }>(
      `SELECT entity_type, action, actor_type, actor_label, entity_id FROM audit_events
        WHERE request_id LIKE 'cli-%' ORDER BY occurred_at, seq`,
    );
    const companyEvent = rows.find((r) => r.entity_type === 'company' && r.entity_id === companyId);
    expect(companyEvent).toMatchObject({ actor_type: 'system', actor_label: 'system' });
    const assistantId = (await findUserByEmail(source.db, assistant))!.id;
    const byOwner = rows.filter((r) => r.entity_id === assistantId || r.entity_type === 'membership');
    expect(byOwner.length).toBeGreaterThan(0);
    const tokenEvents = rows.filter((r) => r.entity_type === 'api_token');
    expect(tokenEvents.map((r) => r.actor_label)).toEqual([owner, assistant]);
    // the assistant's own membership/user events were made while acting as the first owner
    const assistantEvents = rows.filter(
      (r) => r.entity_type !== 'api_token' && r.entity_type !== 'company' && r.actor_type === 'user',
    );
    expect(assistantEvents.length).toBeGreaterThan(0);
    for (const e of assistantEvents) expect(e.actor_label).toBe(owner);
  });

  it('audit verify exits 0 on an intact chain', async () => {
    const r = await runCli(['audit', 'verify'], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^audit chain ok: \d+ events verified\n$/);
    // more than 9 events in one chain: seq must be ordered as a number, not as text ('10' < '2')
    expect(Number(/ok: (\d+)/.exec(r.stdout)?.[1])).toBeGreaterThanOrEqual(10);
  });

  it('backup → restore into another database gives the same rows in every table', {
    timeout: 180_000,
  }, async () => {
    await source.db.query(
      `INSERT INTO signin_attempts (email, ip, succeeded) VALUES ('a@b.c', '127.0.0.1', false)`,
    );
    const file = join(tmp, 'acme.backup.gz');
    const b = await runCli(['backup', file], { env });
    expect(b.stderr).toMatch(/^backup written to /);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe('');
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0] ?? '{}');
    expect(header).toMatchObject({ format: 'steward-backup', version: 1 });
    expect(header.serverVersion).toMatch(/^1[5-9]/);
    expect(header.migrations.length).toBeGreaterThan(0);
    const tables = header.tables.map((t: { name: string }) => t.name);
    expect(tables).toContain('departments');
    expect(tables.indexOf('companies')).toBeLessThan(tables.indexOf('departments'));
    expect(tables.indexOf('memberships')).toBeLessThan(tables.indexOf('department_members'));

    const target = await fresh();
    // Restore empties tables and lifts the audit guards for its transaction: it runs as the tables' owner.
    const restoreEnv = { DATABASE_URL: target.url, STEWARD_MIGRATE_URL: target.ownerUrl };
    const r = await runCli(['restore', file], { env: restoreEnv });
    expect(r.stderr).toMatch(/^restored \d+ rows/);
    expect(r.code).toBe(0);
    const want = await snapshot(source.db);
    expect(want.departments).toHaveLength(2);
    expect(want.audit_events!.length).toBeGreaterThan(5);
    expect(await snapshot(target.db)).toEqual(want);
    expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true });
    // the serial sequence moved past the restored ids
    await target.db.query(`INSERT INTO signin_attempts (email, ip, succeeded) VALUES ('d@e.f', '::1', true)`);

    const again = await runCli(['restore', file], { env: restoreEnv });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already has companies or users.*--force/);

    await target.db.query(`DELETE FROM signin_attempts WHERE email = 'd@e.f'`);
    const forced = await runCli(['restore', file, '--force'], { env: restoreEnv });
    expect(forced.stderr).toMatch(/^restored/);
    expect(forced.code).toBe(0);
    expect(await snapshot(target.db)).toEqual(want);
    expect(await verifyAuditChain(target.db)).toMatchObject({ ok: true });
    // the append-only guards are back after a forced restore (even for the owner)
    await expect(target.owner.query('TRUNCATE audit_events CASCADE')).rejects.toThrow(/append-only/);
    await expect(target.owner.query(`UPDATE audit_heads SET hash = 'x'`)).rejects.toThrow(/moves forward/);
  });

  it('backup refuses a symlink planted at FILE.partial and leaves its target untouched', async () => {
    const victim = join(tmp, 'victim.conf');
    writeFileSync(victim, 'precious');
    const file = join(tmp, 'linked.backup.gz');
    symlinkSync(victim, `${file}.partial`);
    const r = await runCli(['backup', file], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/linked\.backup\.gz\.partial already exists \(a file or a link\)/);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(existsSync(file)).toBe(false);
  });

  it('a damaged or truncated backup is refused with a clear error and nothing is written', {
    timeout: 120_000,
  }, async () => {
    const file = join(tmp, 'acme.backup.gz');
    const good = readFileSync(file);
    const plain = gunzipSync(good).toString('utf8');
    const target = await fresh();
    const count = async () =>
      (
        await target.db.query<{ n: number }>(
          'SELECT (SELECT count(*) FROM companies) + (SELECT count(*) FROM audit_events) AS n',
        )
      ).rows[0]?.n;

    const flipped = Buffer.from(good);
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 0xff;
    writeFileSync(join(tmp, 'flipped.gz'), flipped);
    // a valid gzip file whose last rows are cut off
    writeFileSync(join(tmp, 'cut.gz'), gzipSync(plain.slice(0, Math.floor(plain.length * 0.8))));
    writeFileSync(join(tmp, 'junk.gz'), gzipSync('hello\n'));
    writeFileSync(join(tmp, 'notgzip.gz'), 'plain text');

    for (const [name, message] of [
      // Where the flip lands decides which check sees it first (with 80 tables the header line is long).
      ['flipped.gz', /not a readable Steward backup|not a Steward backup|damaged|does not fit/],
      ['cut.gz', /truncated/],
      ['junk.gz', /not a Steward backup/],
      ['notgzip.gz', /not a readable Steward backup/],
    ] as const) {
      const r = await runCli(['restore', join(tmp, name)], {
        env: { DATABASE_URL: target.url, STEWARD_MIGRATE_URL: target.ownerUrl },
      });
      expect(r.code, `${name}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(Number(await count())).toBe(0);
    }
  });

  it('with two companies and no --company, a command asks for one', async () => {
    const second = await runCli(['company', 'create', '--name', 'Beta', '--currency', 'USD'], { env });
    expect(second.code).toBe(0);
    const r = await runCli(['token', 'create', '--email', assistant], { env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/several companies; choose one with --company/);
    const ok = await runCli(['token', 'create', '--email', assistant, '--company', companyId], { env });
    expect(ok.code).toBe(0);
  });

  it('company list names every company; an unknown --company is named as such, not as a foreign key', async () => {
    const list = await runCli(['company', 'list'], { env });
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${companyId}\t`));
    const r = await runCli(['ledger', 'fiscal-year', 'create', '2026', '--company', 'co_nosuch'], { env });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^steward: There is no company co_nosuch; `steward company list` shows/);
    expect(r.stderr).not.toMatch(/fkey|undefined/);
  });

  it('doctor --json reports the database, migrations and job queue', async () => {
    const r = await runCli(['doctor', '--json'], { env });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(true);
    expect(report.config.database).not.toContain(new URL(source.url).password);
    expect(report.config.database).toContain('***');
    const byName = Object.fromEntries(report.checks.map((c: { name: string }) => [c.name, c])) as Record<
      string,
      { ok: boolean; value: string }
    >;
    expect(byName['database server']).toMatchObject({ ok: true });
    expect(byName['database server']!.value).toMatch(/^PostgreSQL 1[5-9]/);
    expect(byName.migrations!.value).toMatch(/^\d+ applied, 0 pending$/);
    expect(byName['database mode']!.value).toBe('external (DATABASE_URL)');
    expect(byName.disk!.value).toMatch(/GiB free/);
    expect(byName['job queue']).toMatchObject({ ok: true });
    // the harness connects as a role like an install's steward_app: no warning
    expect(byName['database role']).toMatchObject({ ok: true });
    expect(byName['database role']).not.toHaveProperty('warning');
  });

  it('doctor warns (but passes) when the application connects as a superuser', async () => {
    const r = await runCli(['doctor'], { env: { DATABASE_URL: source.ownerUrl } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/WARN database role\s+\S+ is a superuser/);
    expect(r.stdout).toMatch(/could disable the audit trail's triggers.*STEWARD_MIGRATE_URL/);
  });

  it('doctor exits 1 when the database cannot be reached', async () => {
    const url = new URL(source.url);
    url.pathname = '/steward_no_such_database';
    const r = await runCli(['doctor'], { env: { DATABASE_URL: url.toString() } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL database server\s+unreachable/);
    expect(r.stdout).not.toContain(new URL(source.url).password);
  });
});

describe('steward audit verify on a tampered chain', () => {
  it('exits 1 and names the edited event', async () => {
    const db = await fresh();
    const env = { DATABASE_URL: db.url };
    const made = await runCli(['company', 'create', '--name', 'Tamper', '--currency', 'CZK'], { env });
    expect(made.code).toBe(0);
    expect((await runCli(['audit', 'verify'], { env })).code).toBe(0);
    const { rows } = await db.db.query<{ id: string }>(
      'SELECT id FROM audit_events ORDER BY chain, seq LIMIT 1',
    );
    const victim = rows[0]!.id;
    // As the database owner, past the append-only trigger: what an attacker with the owner's access could do
    // (the application's role cannot: test/api/db-role.test.ts).
    await db.owner.tx(async (tx) => {
      await tx.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
      await tx.query(`UPDATE audit_events SET actor_label = 'someone else' WHERE id = $1`, [victim]);
      await tx.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
    });
    const r = await runCli(['audit', 'verify'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(victim);
    expect(r.stderr).toMatch(/BROKEN.*edited/);
  });
});
