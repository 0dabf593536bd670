import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Database } from '../../src/platform/db/index.ts';

/**
 * Looks for secrets in clear where they rest: every column of every table of the public schema, and a backup
 * file. A secret is found when its clear text appears anywhere in a value — text, json, arrays (through the
 * row's text form) or bytea (as bytes).
 */

/** The part of a secret worth searching: a prefixed token (`stw_…`) without its well-known prefix. */
export function secretCore(secret: string): string {
  const at = secret.indexOf('_');
  const core = at >= 0 ? secret.slice(at + 1) : secret;
  if (core.length < 16) throw new Error(`"${secret}" is too short to scan for reliably`);
  return core;
}

/** `table.column` for each place the database holds `secret`. */
export async function findInDatabase(db: Database, secret: string): Promise<string[]> {
  const needle = secretCore(secret);
  const { rows: tables } = await db.query<{ name: string; columns: string[]; types: string[] }>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            array_agg(format_type(a.atttypid, a.atttypmod) ORDER BY a.attnum) AS types
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      GROUP BY c.relname ORDER BY c.relname`,
  );
  const found: string[] = [];
  const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (const t of tables) {
    // One query per table decides; only a hit is narrowed down to its columns.
    const bytea = t.columns.filter((_, i) => t.types[i] === 'bytea');
    const where = [
      `strpos(t::text, $1) > 0`,
      ...bytea.map((c) => `position(convert_to($1, 'UTF8') IN t.${q(c)}) > 0`),
    ].join(' OR ');
    const hit = await db.query(`SELECT 1 FROM ${q(t.name)} t WHERE ${where} LIMIT 1`, [needle]);
    if (!hit.rowCount) continue;
    for (const [i, c] of t.columns.entries()) {
      const test =
        t.types[i] === 'bytea'
          ? `position(convert_to($1, 'UTF8') IN t.${q(c)}) > 0`
          : `strpos(t.${q(c)}::text, $1) > 0`;
      const col = await db.query(`SELECT 1 FROM ${q(t.name)} t WHERE ${test} LIMIT 1`, [needle]);
      if (col.rowCount) found.push(`${t.name}.${c}`);
    }
  }
  return found;
}

/** Whether a gzip'd backup file holds `secret` in clear. */
export function foundInBackup(file: string, secret: string): boolean {
  return gunzipSync(readFileSync(file)).includes(Buffer.from(secretCore(secret), 'utf8'));
}
