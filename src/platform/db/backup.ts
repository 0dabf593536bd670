import { once } from 'node:events';
import {
  closeSync,
  constants,
  createReadStream,
  createWriteStream,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createGunzip, createGzip } from 'node:zlib';
import type pg from 'pg';
import type { Database } from './index.ts';
import { migrationFiles } from './migrate.ts';

/**
 * A logical backup of the public schema, written by us because there is no pg_dump next to the embedded
 * server (and a DATABASE_URL server may be any version ≥ 15). The file is gzip'd JSON lines:
 *
 *   line 1      header: { format, version, createdAt, migrations: [names applied], tables: [{ name, columns, rows }] }
 *   then        for each table in header order, exactly `rows` lines of row_to_json output
 *   last line   trailer: { end: true, rows: total }
 *
 * Everything is read in one REPEATABLE READ READ ONLY transaction, so the file is one consistent snapshot.
 * Restore inserts every table in foreign-key order inside one transaction: it either all lands or none does.
 * The pg-boss schema (queued jobs) and steward_migrations (the header carries it) are not part of the dump.
 */
export const BACKUP_FORMAT = 'steward-backup';
export const BACKUP_VERSION = 1;
const FETCH_ROWS = 1000;
const INSERT_ROWS = 1000;
const INSERT_BYTES = 4 * 1024 * 1024;
const SKIP_TABLES = new Set(['steward_migrations']);

export interface BackupTable {
  name: string;
  columns: string[];
  rows: number;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: BackupTable[];
}

export class BackupError extends Error {}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface TableInfo {
  name: string;
  columns: string[];
  primaryKey: string[];
}

/** Ordinary tables of the public schema with their insertable columns (generated columns left out). */
async function publicTables(sql: pg.ClientBase): Promise<TableInfo[]> {
  const { rows } = await sql.query<{ name: string; columns: string[]; pk: string[] | null }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attgenerated = '') AS columns,
            (SELECT array_agg(pa.attname::text ORDER BY array_position(i.indkey::int2[], pa.attnum))
               FROM pg_index i JOIN pg_attribute pa ON pa.attrelid = i.indrelid AND pa.attnum = ANY (i.indkey)
              WHERE i.indrelid = c.oid AND i.indisprimary) AS pk
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      GROUP BY c.oid, c.relname
      ORDER BY c.relname`,
  );
  return rows
    .filter((r) => !SKIP_TABLES.has(r.name))
    .map((r) => ({ name: r.name, columns: r.columns, primaryKey: r.pk ?? [] }));
}

interface ForeignKeys {
  /** table → the other tables its foreign keys point at */
  parents: Map<string, Set<string>>;
  /** tables with a foreign key to themselves (departments.parent_id) */
  selfReferencing: Set<string>;
}

async function foreignKeys(sql: pg.ClientBase, tables: string[]): Promise<ForeignKeys> {
  const { rows } = await sql.query<{ child: string; parent: string }>(
    `SELECT DISTINCT ch.relname AS child, pa.relname AS parent
       FROM pg_constraint k
       JOIN pg_class ch ON ch.oid = k.conrelid
       JOIN pg_class pa ON pa.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = ch.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const known = new Set(tables);
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set()]));
  const selfReferencing = new Set<string>();
  for (const { child, parent } of rows) {
    if (!known.has(child) || !known.has(parent)) continue;
    if (child === parent) selfReferencing.add(child);
    else parents.get(child)?.add(parent);
  }
  return { parents, selfReferencing };
}

/**
 * Tables ordered so that every table comes after the tables its foreign keys point at. Self references are
 * left out of the ordering; restore loads such a table in a single statement.
 */
export function foreignKeyOrder(tables: string[], fks: ForeignKeys): string[] {
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = tables.filter(
      (t) => !placed.has(t) && [...(fks.parents.get(t) ?? [])].every((p) => placed.has(p)),
    );
    if (!ready.length) {
      const stuck = tables.filter((t) => !placed.has(t));
      throw new BackupError(
        `The foreign keys between ${stuck.join(', ')} form a cycle; cannot order a restore.`,
      );
    }
    for (const t of ready) {
      placed.add(t);
      order.push(t);
    }
  }
  return order;
}

async function appliedMigrations(sql: pg.ClientBase): Promise<string[]> {
  const exists = await sql.query<{ t: string | null }>(`SELECT to_regclass('steward_migrations')::text AS t`);
  if (!exists.rows[0]?.t) return [];
  const { rows } = await sql.query<{ name: string }>('SELECT name FROM steward_migrations ORDER BY name');
  return rows.map((r) => r.name);
}

/** Writes with back-pressure: waits for 'drain' when the gzip stream's buffer is full. */
async function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}

export interface BackupResult {
  file: string;
  tables: number;
  rows: number;
}

/**
 * Creates `partial` for writing, only if nothing is there: O_EXCL refuses an existing file or a symlink (even
 * a dangling one), and O_NOFOLLOW says the same once more, so a link planted at FILE.partial never redirects
 * the backup — full of password hashes and encrypted keys — onto another file. Owner-only (0600).
 */
function openExclusive(partial: string): number {
  try {
    return openSync(
      partial,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o600,
    );
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ELOOP')
      throw new BackupError(
        `${partial} already exists (a file or a link): another backup may be running, or one was interrupted. Check what it is, remove it, and run the backup again.`,
      );
    throw err;
  }
}

/** Dumps the database into `file` (written to `file.partial` and renamed at the end, so a failure leaves nothing). */
export async function backupDatabase(db: Database, file: string): Promise<BackupResult> {
  const partial = `${file}.partial`;
  const fd = openExclusive(partial); // before anything else: a refusal leaves whatever is there untouched
  const client = await db.pool.connect().catch((err) => {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw err;
  });
  const gzip = createGzip();
  const sink = createWriteStream(partial, { fd });
  const finished = new Promise<void>((resolve, reject) => {
    sink.on('finish', resolve);
    sink.on('error', reject);
    gzip.on('error', reject);
  });
  gzip.pipe(sink);
  let total = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await publicTables(client);
    const names = tables.map((t) => t.name);
    const order = foreignKeyOrder(names, await foreignKeys(client, names));
    const byName = new Map(tables.map((t) => [t.name, t]));
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion:
        (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? '',
      migrations: await appliedMigrations(client),
      tables: [],
    };
    for (const name of order) {
      const info = byName.get(name) as TableInfo;
      const n = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${ident(name)}`);
      header.tables.push({ name, columns: info.columns, rows: Number(n.rows[0]?.n ?? 0) });
    }
    await writeLine(gzip, JSON.stringify(header));
    for (const table of header.tables) {
      const info = byName.get(table.name) as TableInfo;
      const orderBy = info.primaryKey.length ? ` ORDER BY ${info.primaryKey.map(ident).join(', ')}` : '';
      await client.query(
        `DECLARE dump NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${ident(table.name)} t${orderBy}`,
      );
      let written = 0;
      for (;;) {
        const { rows } = await client.query<{ j: string }>(`FETCH ${FETCH_ROWS} FROM dump`);
        for (const row of rows) await writeLine(gzip, row.j);
        written += rows.length;
        if (rows.length < FETCH_ROWS) break;
      }
      await client.query('CLOSE dump');
      if (written !== table.rows)
        throw new BackupError(`${table.name}: counted ${table.rows} rows but read ${written}.`);
      total += written;
    }
    await writeLine(gzip, JSON.stringify({ end: true, rows: total }));
    await client.query('COMMIT');
    gzip.end();
    await finished;
    renameSync(partial, file);
    return { file, tables: header.tables.length, rows: total };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    gzip.destroy();
    sink.destroy();
    rmSync(partial, { force: true });
    throw err;
  } finally {
    client.release();
  }
}

/** The lines of a gzip'd file; a damaged or truncated file rejects (gzip checks its CRC and length). */
async function* gzipLines(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (err) => gunzip.destroy(err));
  source.pipe(gunzip);
  gunzip.setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      rest += chunk;
      let at = rest.indexOf('\n');
      while (at >= 0) {
        yield rest.slice(0, at);
        rest = rest.slice(at + 1);
        at = rest.indexOf('\n');
      }
    }
  } catch (err) {
    throw new BackupError(`${file} is not a readable Steward backup: ${(err as Error).message}.`);
  } finally {
    source.destroy();
  }
  if (rest.length) yield rest;
}

function parseHeader(line: string | undefined, file: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line ?? '') as BackupHeader;
  } catch {
    throw new BackupError(`${file} is not a Steward backup: its first line is not a backup header.`);
  }
  if (header?.format !== BACKUP_FORMAT || !Array.isArray(header.tables) || !Array.isArray(header.migrations))
    throw new BackupError(`${file} is not a Steward backup: its first line is not a backup header.`);
  if (header.version !== BACKUP_VERSION)
    throw new BackupError(
      `${file} is a version ${header.version} backup; this Steward reads version ${BACKUP_VERSION}.`,
    );
  return header;
}

/** Reads only the header line (for `steward restore` messages and checks before anything is written). */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = gzipLines(file);
  try {
    const first = await lines.next();
    return parseHeader(first.done ? undefined : first.value, file);
  } finally {
    await lines.return(undefined);
  }
}

/** The dump's migrations must be the code's first N (a backup made by this version or an older one). */
export function checkMigrations(header: BackupHeader, code = migrationFiles().map((f) => f.name)): void {
  const extra = header.migrations.filter((m, i) => code[i] !== m);
  if (extra.length || header.migrations.length > code.length) {
    throw new BackupError(
      `The backup was made by a different Steward version: its migrations (${header.migrations.length}, last ${header.migrations.at(-1) ?? 'none'}) are not a prefix of this version's (${code.length}, last ${code.at(-1) ?? 'none'}). Restore it with the Steward version that made it.`,
    );
  }
}

export interface RestoreResult {
  tables: number;
  rows: number;
}

/**
 * Loads a backup into the (migrated) database in one transaction. Refuses when the database already has
 * companies or users unless `force`, which empties every public table first. Nothing is written if the
 * file is damaged, truncated or does not fit this schema: the transaction rolls back.
 */
export async function restoreDatabase(
  db: Database,
  file: string,
  opts: { force: boolean; onTable?: (name: string, rows: number) => void; batchRows?: number },
): Promise<RestoreResult> {
  const header = await readBackupHeader(file);
  checkMigrations(header);
  const client = await db.pool.connect();
  const lines = gzipLines(file);
  let total = 0;
  try {
    await client.query('BEGIN');
    // The chain heads are restored as they were, not appended to: their forward-only guard is lifted for this
    // transaction only (it needs the tables' owner — restore runs on the owner's connection).
    await client.query('ALTER TABLE audit_heads DISABLE TRIGGER USER');
    const tables = await publicTables(client);
    const byName = new Map(tables.map((t) => [t.name, t]));
    for (const t of header.tables) {
      if (!byName.has(t.name))
        throw new BackupError(`The backup has a table ${t.name} that this database does not have.`);
    }
    const occupied = await client.query<{ n: string }>(
      'SELECT (SELECT count(*) FROM companies) + (SELECT count(*) FROM users) AS n',
    );
    if (Number(occupied.rows[0]?.n ?? 0) > 0) {
      if (!opts.force) {
        throw new BackupError(
          'The target database already has companies or users; restore refuses to mix data. Use --force to replace everything in it.',
        );
      }
      // Replacing everything, audit trail included: the append-only guard is lifted for this transaction
      // only (ALTER TABLE is transactional, so a rollback puts it back too).
      await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_truncate');
      await client.query(`TRUNCATE ${tables.map((t) => ident(t.name)).join(', ')} RESTART IDENTITY`);
      await client.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_truncate');
    }
    // Rows come in the order the backup wrote them; check that order still suits this schema's foreign keys.
    const fks = await foreignKeys(
      client,
      tables.map((t) => t.name),
    );
    const seen = new Set<string>();
    for (const t of header.tables) {
      for (const parent of fks.parents.get(t.name) ?? []) {
        if (!seen.has(parent) && header.tables.some((h) => h.name === parent))
          throw new BackupError(
            `The backup's tables are not in foreign-key order (${t.name} before ${parent}).`,
          );
      }
      seen.add(t.name);
    }
    const { selfReferencing } = fks;

    const first = await lines.next(); // the header, already parsed
    if (first.done) throw new BackupError(`${file} is empty.`);
    for (const table of header.tables) {
      const info = byName.get(table.name) as TableInfo;
      // Columns the backup has and this table still has; columns added by later migrations take their defaults.
      const cols = table.columns.filter((c) => info.columns.includes(c));
      const missing = table.columns.filter((c) => !info.columns.includes(c));
      if (missing.length)
        throw new BackupError(`The table ${table.name} no longer has the column(s) ${missing.join(', ')}.`);
      const colList = cols.map(ident).join(', ');
      // A self-referencing table goes in as one statement (its foreign key is checked at the statement's end),
      // through a temporary staging table so the rows can still arrive in batches.
      const staged = selfReferencing.has(table.name);
      const target = staged ? 'restore_stage' : ident(table.name);
      if (staged)
        await client.query(
          `CREATE TEMP TABLE restore_stage (LIKE ${ident(table.name)} INCLUDING DEFAULTS) ON COMMIT DROP`,
        );
      const insert = `INSERT INTO ${target} (${colList}) OVERRIDING SYSTEM VALUE
        SELECT ${colList} FROM json_populate_recordset(null::${ident(table.name)}, $1::json)`;
      let batch: string[] = [];
      let bytes = 0;
      const flush = async () => {
        if (!batch.length) return;
        await client.query(insert, [`[${batch.join(',')}]`]);
        batch = [];
        bytes = 0;
      };
      for (let i = 0; i < table.rows; i++) {
        const next = await lines.next();
        if (next.done)
          throw new BackupError(`${file} is truncated: it ends inside the rows of ${table.name}.`);
        const line = next.value;
        if (!line.startsWith('{'))
          throw new BackupError(`${file} is damaged: a row of ${table.name} is not a JSON object.`);
        batch.push(line);
        bytes += line.length;
        if (batch.length >= (opts.batchRows ?? INSERT_ROWS) || bytes >= INSERT_BYTES) await flush();
      }
      await flush();
      if (staged) {
        await client.query(`INSERT INTO ${ident(table.name)} (${colList}) OVERRIDING SYSTEM VALUE
          SELECT ${colList} FROM restore_stage`);
        await client.query('DROP TABLE restore_stage');
      }
      opts.onTable?.(table.name, table.rows);
      total += table.rows;
    }
    const trailer = await lines.next();
    let end: { end?: boolean; rows?: number } | null = null;
    try {
      end = trailer.done ? null : (JSON.parse(trailer.value) as { end?: boolean; rows?: number });
    } catch {
      end = null;
    }
    if (!end?.end || end.rows !== total)
      throw new BackupError(`${file} is damaged or truncated: its end marker is missing or does not match.`);
    const after = await lines.next();
    if (!after.done) throw new BackupError(`${file} is damaged: it has data after its end marker.`);
    await resetSequences(client);
    await client.query('ALTER TABLE audit_heads ENABLE TRIGGER USER');
    await client.query('COMMIT');
    return { tables: header.tables.length, rows: total };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw translateRestoreError(err);
  } finally {
    await lines.return(undefined).catch(() => {});
    client.release();
  }
}

/** Moves every sequence owned by a public column (serial, identity) past the largest restored value. */
async function resetSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ seq: string; tbl: string; col: string }>(
    `SELECT sn.nspname || '.' || s.relname AS seq, t.relname AS tbl, a.attname AS col
       FROM pg_class s
       JOIN pg_namespace sn ON sn.oid = s.relnamespace
       JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
                       AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       JOIN pg_class t ON t.oid = d.refobjid
       JOIN pg_namespace tn ON tn.oid = t.relnamespace
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S' AND tn.nspname = 'public'`,
  );
  for (const r of rows) {
    await client.query(
      `SELECT setval($1::regclass, COALESCE((SELECT max(${ident(r.col)}) FROM ${ident(r.tbl)}), 0) + 1, false)`,
      [r.seq],
    );
  }
}

function translateRestoreError(err: unknown): unknown {
  if (err instanceof BackupError) return err;
  const e = err as { code?: string; message?: string; table?: string };
  if (typeof e?.code === 'string' && /^(22|23|42)/.test(e.code)) {
    return new BackupError(`The backup does not fit this database (${e.message}); nothing was restored.`);
  }
  return err;
}
