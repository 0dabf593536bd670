import { createHash } from 'node:crypto';
import pg from 'pg';
import { AppError } from '../../kernel/errors.ts';
import { dbText } from './i18n.ts';

// A SQL date is a calendar day, not an instant: keep it as 'YYYY-MM-DD' instead of a local-midnight Date.
pg.types.setTypeParser(1082, (value: string) => value);

/** Anything that runs SQL: the pool or a transaction's client. Services take one of these first. */
export interface Sql {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(
    text: string,
    params?: unknown[],
  ): Promise<pg.QueryResult<R>>;
}

/** A transaction in progress. Services that write take a Tx, so they can never run outside one. */
export interface Tx extends Sql {
  readonly inTransaction: true;
}

export interface Database extends Sql {
  readonly pool: pg.Pool;
  readonly url: string;
  tx<T>(
    fn: (tx: Tx) => Promise<T>,
    opts?: { isolation?: 'read committed' | 'repeatable read' | 'serializable' },
  ): Promise<T>;
  close(): Promise<void>;
}

export function openDatabase(url: string, opts: { max?: number; applicationName?: string } = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    application_name: opts.applicationName ?? 'steward',
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return {
    pool,
    url,
    query: (text, params) => pool.query(statement(text, params)),
    async tx(fn, txOpts) {
      // A deadlock or serialization failure rolls everything back, so the whole transaction can simply run
      // again; after a few tries it is a 409 the caller may retry, never a 500.
      for (let attempt = 1; ; attempt++) {
        try {
          return await runTransaction(pool, fn, txOpts?.isolation ?? 'read committed');
        } catch (err) {
          const code = (err as { code?: string }).code;
          if ((code === '40P01' || code === '40001') && attempt < 3) continue;
          throw translatePgError(err);
        }
      }
    },
    close: () => pool.end(),
  };
}

async function runTransaction<T>(pool: pg.Pool, fn: (tx: Tx) => Promise<T>, isolation: string): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`BEGIN ISOLATION LEVEL ${isolation.toUpperCase()}`);
    const result = await fn(transactionHandle(client));
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

const statementNames = new Map<string, string>();

/**
 * Parameterised statements run as named prepared statements, so PostgreSQL parses and plans each one once
 * per connection instead of on every call (planning was most of the cost of a small read: bench/api.ts).
 * The name is derived from the text, so the same text always maps to the same statement.
 */
function statement(text: string | pg.QueryConfig, params?: unknown[]): pg.QueryConfig {
  if (typeof text !== 'string') return text;
  if (!params || params.length === 0) return { text };
  let name = statementNames.get(text);
  if (!name) {
    name = `s_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (statementNames.size < 5000) statementNames.set(text, name);
  }
  return { name, text, values: params };
}

/**
 * A transaction's handle. One connection runs one statement at a time, so statements issued concurrently
 * (a `Promise.all` inside a service) are queued here in order instead of piling onto the client.
 */
function transactionHandle(client: pg.PoolClient): Tx {
  let tail: Promise<unknown> = Promise.resolve();
  const query = ((textOrConfig: string, params?: unknown[]) => {
    const run = tail.then(() => client.query(statement(textOrConfig, params)));
    tail = run.catch(() => undefined);
    return run;
  }) as Tx['query'];
  return { inTransaction: true, query };
}

export async function one<R extends pg.QueryResultRow>(
  sql: Sql,
  text: string,
  params?: unknown[],
): Promise<R> {
  const { rows } = await sql.query<R>(text, params);
  if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}`);
  return rows[0] as R;
}

export async function maybeOne<R extends pg.QueryResultRow>(
  sql: Sql,
  text: string,
  params?: unknown[],
): Promise<R | null> {
  const { rows } = await sql.query<R>(text, params);
  return rows[0] ?? null;
}

export async function many<R extends pg.QueryResultRow>(
  sql: Sql,
  text: string,
  params?: unknown[],
): Promise<R[]> {
  const { rows } = await sql.query<R>(text, params);
  return rows;
}

/** Unique and foreign-key violations the services did not foresee still become a clear 409, never a 500. */
/**
 * User text inside a LIKE/ILIKE pattern: `\`, `%` and `_` are escaped (backslash is PostgreSQL's default LIKE
 * escape), so a search for `50%` or `a_b` means those characters and a lone `\` is not a broken pattern (500).
 */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** `%text%` for a "contains" search, with the user's text escaped. */
export function likeContains(text: string): string {
  return `%${likeEscape(text)}%`;
}

export function translatePgError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; constraint?: string; detail?: string };
  if (e?.code === '23505') {
    return dbText.error(
      'conflict',
      'error.duplicate',
      { constraint: e.constraint ?? 'unique key' },
      {
        constraint: e.constraint,
      },
    );
  }
  if (e?.code === '23503') {
    return dbText.error(
      'conflict',
      'error.foreignKey',
      { constraint: e.constraint },
      {
        constraint: e.constraint,
      },
    );
  }
  if (e?.code === '22021' || e?.code === '22P05') {
    return dbText.error('validation', 'error.badText');
  }
  if (e?.code === '22007' || e?.code === '22008') {
    return dbText.error('validation', 'error.badDate');
  }
  if (e?.code === '40P01' || e?.code === '40001') {
    return dbText.error('conflict', 'error.busy', undefined, {
      retry: true,
    });
  }
  if (e?.code === '22003' || e?.code === '22P03' || e?.code === '2201E' || e?.code === '22012') {
    // numeric_value_out_of_range and friends: an amount, quantity or rate too large for its column.
    return dbText.error('validation', 'error.outOfRange', undefined, { reason: 'out_of_range' });
  }
  if (e?.code === '22025' || e?.code === '2201B') {
    return dbText.error('validation', 'error.badPattern');
  }
  if (e?.code === '23514' || e?.code === '22001' || e?.code === '22P02') {
    return dbText.error(
      'validation',
      'error.rejectedValue',
      { constraint: e.constraint ?? e.code },
      {
        constraint: e.constraint,
      },
    );
  }
  return err;
}
