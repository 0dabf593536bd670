import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './index.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations/', import.meta.url));
const LOCK_KEY = 7_301_447_001; // pg_advisory_lock key: one migrator at a time across processes

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationFiles(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies forward-only SQL migrations in name order, each in its own transaction, under an advisory lock so
 * two processes starting at once do not race. A landed migration whose text changed is refused.
 */
export async function migrate(db: Database, log: (msg: string) => void = () => {}): Promise<string[]> {
  const client = await db.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    // Only when missing: CREATE … IF NOT EXISTS still needs CREATE on the schema, which the application's
    // role (it may run this to find nothing pending) does not have.
    const table = await client.query<{ t: string | null }>(
      `SELECT to_regclass('steward_migrations')::text AS t`,
    );
    if (!table.rows[0]?.t)
      await client.query(`CREATE TABLE IF NOT EXISTS steward_migrations (
        name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = new Map(
      (
        await client.query<{ name: string; checksum: string }>(
          'SELECT name, checksum FROM steward_migrations',
        )
      ).rows.map((r) => [r.name, r.checksum]),
    );
    const done: string[] = [];
    for (const file of migrationFiles()) {
      const seen = applied.get(file.name);
      if (seen) {
        if (seen !== file.checksum) {
          throw new Error(
            `Migration ${file.name} was changed after it was applied. Migrations are never edited: add a new one.`,
          );
        }
        continue;
      }
      log(`applying migration ${file.name}`);
      await client.query('BEGIN');
      try {
        await client.query(file.sql);
        await client.query('INSERT INTO steward_migrations (name, checksum) VALUES ($1, $2)', [
          file.name,
          file.checksum,
        ]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${file.name} failed: ${(err as Error).message}`);
      }
      done.push(file.name);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
    client.release();
  }
}

/** Names of migration files not yet applied (empty when the database is current). */
export async function pendingMigrations(db: Database): Promise<string[]> {
  const exists = await db.query<{ t: string | null }>(`SELECT to_regclass('steward_migrations')::text AS t`);
  const files = migrationFiles().map((f) => f.name);
  if (!exists.rows[0]?.t) return files;
  const applied = new Set(
    (await db.query<{ name: string }>('SELECT name FROM steward_migrations')).rows.map((r) => r.name),
  );
  return files.filter((f) => !applied.has(f));
}
