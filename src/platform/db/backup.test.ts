import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../../../test/support/db.ts';
import { backupDatabase, checkMigrations, readBackupHeader, restoreDatabase } from './backup.ts';
import { migrationFiles } from './migrate.ts';

/** In-process checks of the backup format; the CLI round trip is in test/process/cli.test.ts. */
describe('backup and restore', () => {
  let source: FreshDatabase;
  let target: FreshDatabase;
  let dir: string;

  beforeAll(async () => {
    [source, target] = await Promise.all([freshDatabase(), freshDatabase()]);
    dir = mkdtempSync(join(tmpdir(), 'steward-backup-'));
  });

  afterAll(async () => {
    await Promise.all([source, target].filter(Boolean).map(dropFreshDatabase));
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores a self-referencing table whose children come before their parents, one row per batch', async () => {
    await source.db.query(
      `INSERT INTO companies (id, name, legal_name, base_currency) VALUES ('co_a', 'A', 'A', 'EUR')`,
    );
    // Ids sort child before parent, so a row-by-row load in id order would break the foreign key.
    await source.db.query(
      `INSERT INTO departments (company_id, id, code, name, parent_id) VALUES
         ('co_a', 'dep_3', 'ROOT', 'Root', NULL),
         ('co_a', 'dep_2', 'MID', 'Middle', 'dep_3'),
         ('co_a', 'dep_1', 'LEAF', 'Leaf', 'dep_2')`,
    );
    const file = join(dir, 'self.gz');
    const made = await backupDatabase(source.db, file);
    expect(made.rows).toBe(4);
    const header = await readBackupHeader(file);
    expect(header.tables.find((t) => t.name === 'departments')?.rows).toBe(3);

    // Restore runs as the tables' owner (it turns the audit_heads guard off inside its transaction).
    const done = await restoreDatabase(target.owner, file, { force: false, batchRows: 1 });
    expect(done.rows).toBe(4);
    const { rows } = await target.db.query('SELECT id, parent_id FROM departments ORDER BY id');
    expect(rows).toEqual([
      { id: 'dep_1', parent_id: 'dep_2' },
      { id: 'dep_2', parent_id: 'dep_3' },
      { id: 'dep_3', parent_id: null },
    ]);
    // the staging table is gone with the transaction
    const stage = await target.db.query(`SELECT to_regclass('pg_temp.restore_stage') AS t`);
    expect(stage.rows[0]?.t).toBeNull();
  });

  it('refuses a symlink planted at FILE.partial: clear error, the link target untouched, no backup written', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'do not overwrite me');
    const file = join(dir, 'planted.gz');
    symlinkSync(victim, `${file}.partial`);
    await expect(backupDatabase(source.db, file)).rejects.toThrow(/planted\.gz\.partial already exists/);
    expect(readFileSync(victim, 'utf8')).toBe('do not overwrite me');
    expect(lstatSync(`${file}.partial`).isSymbolicLink()).toBe(true); // left for the operator to inspect
    expect(existsSync(file)).toBe(false);

    // A dangling link (its target does not exist yet) is refused too and creates nothing.
    const dangling = join(dir, 'dangling.gz');
    const nowhere = join(dir, 'created-through-link.txt');
    symlinkSync(nowhere, `${dangling}.partial`);
    await expect(backupDatabase(source.db, dangling)).rejects.toThrow(/already exists/);
    expect(existsSync(nowhere)).toBe(false);

    // A leftover regular file is not truncated either; once removed, the backup runs.
    const stale = join(dir, 'stale.gz');
    writeFileSync(`${stale}.partial`, 'half of an old backup');
    await expect(backupDatabase(source.db, stale)).rejects.toThrow(/another backup may be running/);
    expect(readFileSync(`${stale}.partial`, 'utf8')).toBe('half of an old backup');
    rmSync(`${stale}.partial`);
    await backupDatabase(source.db, stale);
    expect((lstatSync(stale).mode & 0o777).toString(8)).toBe('600');
    expect(existsSync(`${stale}.partial`)).toBe(false);
  });

  it('accepts a backup from an older migration level and refuses one from a newer or different one', () => {
    const code = migrationFiles().map((f) => f.name);
    const header = (migrations: string[]) => ({
      format: 'steward-backup' as const,
      version: 1,
      createdAt: '',
      serverVersion: '',
      migrations,
      tables: [],
    });
    expect(() => checkMigrations(header(code), code)).not.toThrow();
    expect(() => checkMigrations(header(code.slice(0, -1)), code)).not.toThrow();
    expect(() => checkMigrations(header([...code, '29990101T0000_future.sql']), code)).toThrow(
      /not a prefix/,
    );
    expect(() => checkMigrations(header(['00000000T0000_other.sql']), code)).toThrow(/not a prefix/);
  });
});
