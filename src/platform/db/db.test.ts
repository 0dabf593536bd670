import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropFreshDatabase, freshDatabase, withFreshDatabase } from '../../../test/support/db.ts';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { translatePgError } from './index.ts';
import { MIGRATIONS_DIR, migrate, migrationFiles, pendingMigrations } from './migrate.ts';

const fresh = withFreshDatabase();

async function insertCompany(sql: { query: (t: string, p?: unknown[]) => Promise<unknown> }, name = 'Acme') {
  const id = newId('company');
  await sql.query(`INSERT INTO companies (id, name, legal_name, base_currency) VALUES ($1, $2, $2, 'EUR')`, [
    id,
    name,
  ]);
  return id;
}

describe('test databases cloned from the migrated template', () => {
  it('has every migration applied', async () => {
    const { rows } = await fresh.db.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM steward_migrations ORDER BY name',
    );
    expect(rows).toEqual(migrationFiles().map(({ name, checksum }) => ({ name, checksum })));
    expect(await pendingMigrations(fresh.db)).toEqual([]);
  });

  it('are isolated from each other', async () => {
    const other = await freshDatabase();
    try {
      expect(other.name).not.toBe(fresh.name);
      await insertCompany(other.db, 'Only in the other one');
      const here = await fresh.db.query(`SELECT 1 FROM companies WHERE name = 'Only in the other one'`);
      expect(here.rowCount).toBe(0);
    } finally {
      await dropFreshDatabase(other);
    }
  });
});

describe('migrate', () => {
  it('is idempotent', async () => {
    expect(await migrate(fresh.db)).toEqual([]);
    expect(await migrate(fresh.db)).toEqual([]);
  });

  it('refuses a migration whose text changed after it was applied', async () => {
    const scratch = await freshDatabase();
    try {
      // migrate() always reads the real migrations dir, so change the recorded checksum instead of the file.
      await scratch.owner.query(`UPDATE steward_migrations SET checksum = 'edited' WHERE name = $1`, [
        migrationFiles()[0]!.name,
      ]);
      await expect(migrate(scratch.owner)).rejects.toThrow(/changed after it was applied/);
      // The application's role reads the list too, and is refused the same way.
      await expect(migrate(scratch.db)).rejects.toThrow(/changed after it was applied/);
    } finally {
      await dropFreshDatabase(scratch);
    }
  });

  describe('migrationFiles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'steward-migrations-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('checksums each file so an edit shows, and sorts by name', () => {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      const original = migrationFiles(dir);
      expect(original.map((f) => f.name)).toEqual(migrationFiles().map((f) => f.name));
      const first = original[0]!;
      writeFileSync(join(dir, first.name), `${first.sql}\n-- edited\n`);
      writeFileSync(join(dir, '00000000T0000_first.sql'), 'SELECT 1;');
      writeFileSync(join(dir, 'notes.txt'), 'not a migration');
      const edited = migrationFiles(dir);
      expect(edited[0]!.name).toBe('00000000T0000_first.sql');
      expect(edited.find((f) => f.name === first.name)!.checksum).not.toBe(first.checksum);
      expect(edited.some((f) => f.name === 'notes.txt')).toBe(false);
    });
  });
});

describe('translatePgError', () => {
  it('maps a unique violation to conflict', async () => {
    const email = `dup-${newId('user').toLowerCase()}@example.com`;
    const insert = () =>
      fresh.db.query(`INSERT INTO users (id, email, name) VALUES ($1, $2, 'Dup')`, [newId('user'), email]);
    await insert();
    const raw = await insert().catch((e: unknown) => e);
    expect((raw as { code?: string }).code).toBe('23505');
    const mapped = translatePgError(raw);
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe('conflict');
    // Database.tx applies it for every service.
    const inTx = await fresh.db
      .tx((tx) =>
        tx.query(`INSERT INTO users (id, email, name) VALUES ($1, $2, 'Dup')`, [newId('user'), email]),
      )
      .catch((e: unknown) => e);
    expect(inTx).toMatchObject({ code: 'conflict', details: { constraint: 'users_email_key' } });
  });

  it('leaves other errors alone', () => {
    const other = new Error('boom');
    expect(translatePgError(other)).toBe(other);
  });
});

describe('audit_events is append-only', () => {
  // Even for the tables' owner; the application's role is refused before the trigger (test/api/db-role.test.ts).
  it('rejects UPDATE, DELETE and TRUNCATE', async () => {
    await fresh.owner.query(
      `INSERT INTO audit_events (chain, seq, id, occurred_at, actor_type, actor_label, entity_type, entity_id,
         action, prev_hash, hash)
       VALUES ('system', 1, $1, now(), 'system', 'test', 'company', 'co_x', 'created', '', 'h1')`,
      [newId('audit')],
    );
    for (const statement of [
      `UPDATE audit_events SET action = 'tampered'`,
      'DELETE FROM audit_events',
      'TRUNCATE audit_events',
    ]) {
      await expect(fresh.owner.query(statement), statement).rejects.toThrow(/append-only/);
    }
    const { rows } = await fresh.db.query('SELECT action FROM audit_events');
    expect(rows).toEqual([{ action: 'created' }]);
  });
});

describe('transactions', () => {
  it('run again after a deadlock, so both sides of a lock-order inversion commit', async () => {
    // A scratch table: DDL needs the owner, so the whole test runs on the owner's connection.
    await fresh.owner.query('CREATE TABLE deadlock_probe (id int PRIMARY KEY, n int NOT NULL)');
    await fresh.owner.query('INSERT INTO deadlock_probe VALUES (1, 0), (2, 0)');
    let attempts = 0;
    let arrived = 0;
    let release: () => void = () => {};
    const bothHoldTheirFirstRow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const inverted = (first: number, second: number) =>
      fresh.owner.tx(async (tx) => {
        attempts += 1;
        await tx.query('UPDATE deadlock_probe SET n = n + 1 WHERE id = $1', [first]);
        arrived += 1;
        if (arrived === 2) release();
        await Promise.race([bothHoldTheirFirstRow, new Promise((r) => setTimeout(r, 2000))]);
        await tx.query('UPDATE deadlock_probe SET n = n + 1 WHERE id = $1', [second]);
      });
    await Promise.all([inverted(1, 2), inverted(2, 1)]);
    expect(attempts).toBeGreaterThanOrEqual(3); // one side was chosen as the deadlock victim and ran again
    const rows = await fresh.owner.query<{ n: number }>('SELECT n FROM deadlock_probe ORDER BY id');
    expect(rows.rows.map((r) => r.n)).toEqual([2, 2]);
  });
});
