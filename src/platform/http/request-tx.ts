import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { type Database, type Sql, type Tx, translatePgError } from '../db/index.ts';

/**
 * The request transaction: a request that carries an Idempotency-Key runs its whole handler inside one
 * transaction that also stores the answer (idempotency.ts), so the business writes, the jobs they enqueue and
 * the stored answer commit together or not at all. A crash after the commit leaves a key that replays; a crash
 * before it leaves nothing.
 *
 * Handlers are unchanged: they keep calling `db.tx(…)` and `db.query(…)` on the Database in their deps, which
 * `requestScopedDatabase` wraps. While a request transaction is open, `db.query` runs on its connection (so a
 * read after a write sees it) and `db.tx(fn)` becomes a savepoint inside it (a deadlock rolls back to the
 * savepoint and runs `fn` again, as `db.tx` does; an `isolation` option cannot change the request's READ
 * COMMITTED, and no route asks for one). Outside one — requests without a key, the worker, the CLI —
 * the wrapper is the plain Database.
 */
interface RequestTx {
  tx: Tx;
  /** Closed after COMMIT/ROLLBACK: late work (a detached promise) falls back to the pool, never a released client. */
  open: boolean;
  /** Nested `db.tx` calls run one at a time: savepoints on one connection cannot interleave. */
  nested: Promise<unknown>;
  savepoints: number;
}

const current = new AsyncLocalStorage<RequestTx>();
/** Set while a savepoint's `fn` runs: a `db.tx` inside it joins that savepoint instead of queueing behind it. */
const inSavepoint = new AsyncLocalStorage<Tx>();

function active(): RequestTx | undefined {
  const r = current.getStore();
  return r?.open ? r : undefined;
}

export function requestScopedDatabase(db: Database): Database {
  return {
    get pool() {
      return db.pool;
    },
    url: db.url,
    close: () => db.close(),
    query: ((text: string, params?: unknown[]) => {
      const r = active();
      return r ? r.tx.query(text, params) : db.query(text, params);
    }) as Sql['query'],
    tx(fn, opts) {
      const r = active();
      if (!r) return db.tx(fn, opts);
      const joined = inSavepoint.getStore();
      if (joined) return fn(joined);
      const run = r.nested.then(() => savepoint(r, fn));
      r.nested = run.catch(() => undefined);
      return run;
    },
  };
}

async function savepoint<T>(r: RequestTx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const name = `sp_${++r.savepoints}`;
  for (let attempt = 1; ; attempt++) {
    await r.tx.query(`SAVEPOINT ${name}`);
    try {
      const result = await inSavepoint.run(r.tx, () => fn(r.tx));
      await r.tx.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (err) {
      await r.tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
      await r.tx.query(`RELEASE SAVEPOINT ${name}`);
      if ((err as { code?: string }).code === '40P01' && attempt < 3) continue;
      throw translatePgError(err);
    }
  }
}

/**
 * Runs `work` inside a request transaction on its own connection. `work` gets the transaction and answers
 * whether to commit; the transaction is rolled back when it answers false or throws. Returns work's result.
 */
export async function inRequestTransaction<T>(
  db: Database,
  work: (tx: Tx) => Promise<{ commit: boolean; value: T }>,
): Promise<T> {
  const client = await db.pool.connect();
  const r: RequestTx = { tx: handle(client), open: true, nested: Promise.resolve(), savepoints: 0 };
  let released = false;
  try {
    await client.query('BEGIN');
    const { commit, value } = await current.run(r, () => work(r.tx));
    await r.nested; // a savepoint still running would otherwise see its connection committed under it
    r.open = false;
    await client.query(commit ? 'COMMIT' : 'ROLLBACK');
    return value;
  } catch (err) {
    r.open = false;
    await client.query('ROLLBACK').catch(() => {
      // The connection is broken: destroy it instead of handing it back to the pool.
      client.release(true);
      released = true;
    });
    throw translatePgError(err);
  } finally {
    if (!released) client.release();
  }
}

/** Statements on one connection run one at a time, in order (as db/index.ts's transaction handle). */
function handle(client: pg.PoolClient): Tx {
  let tail: Promise<unknown> = Promise.resolve();
  const query = ((text: string, params?: unknown[]) => {
    const run = tail.then(() => client.query(text, params));
    tail = run.catch(() => undefined);
    return run;
  }) as Tx['query'];
  return { inTransaction: true, query };
}
