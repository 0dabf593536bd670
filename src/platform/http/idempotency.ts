import { createHash } from 'node:crypto';
import type { Sql } from '../db/index.ts';
import { httpText } from './i18n.ts';
import { inRequestTransaction } from './request-tx.ts';
import type { AppContext, HttpDeps } from './types.ts';

/**
 * `Idempotency-Key` on POST: the first response is stored and a retry with the same key and body gets it back
 * without running the handler again. The same key with another body is a 409; a retry while the first is
 * still running is a 409.
 *
 * Secrets at rest: a route declared with `issuesSecret` (API token, invitation and reset links, TOTP setup)
 * has only the SHA-256 of its answer stored, never the answer, and a replay gets `secret_shown_once` (409):
 * the retry still creates nothing twice, and `idempotency_keys` never holds a usable secret.
 *
 * Records expire after IDEMPOTENCY_TTL_HOURS: a lookup treats an older record as absent (the key starts afresh),
 * and every new record purges a batch of expired ones, so the table holds about a day of keys.
 */
export const IDEMPOTENCY_TTL_HOURS = 24;
const PURGE_BATCH = 500;
const EXPIRED = `created_at < now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`;

/**
 * Hashes a request body as it streams (a clone; the handler still reads the original), never holding it whole
 * and stopping with 413 past the largest body any route accepts — a 200 MB upload with an Idempotency-Key is
 * refused like one without.
 */
async function hashBody(req: Request, prefix: string, deps: HttpDeps): Promise<string> {
  const max = Math.max(deps.config.bodyLimitBytes, deps.config.maxUploadBytes);
  const tooLarge = () =>
    httpText.error(
      'payload_too_large',
      'idempotencyBodyTooLarge',
      { max: String(max) },
      {
        maxBytes: max,
      },
    );
  const length = req.headers.get('content-length');
  if (length && Number(length) > max) throw tooLarge();
  const hash = createHash('sha256').update(prefix);
  const body = req.clone().body;
  if (!body) return hash.digest('hex');
  const reader = body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      // A tee'd branch's cancel settles only once both branches are cancelled: cancel both, await neither.
      void reader.cancel().catch(() => {});
      void req.body?.cancel().catch(() => {});
      throw tooLarge();
    }
    hash.update(value);
  }
  return hash.digest('hex');
}

/**
 * Deletes up to a batch of expired records. SKIP LOCKED: concurrent writers purge different rows instead of
 * queueing behind each other. Returns how many went.
 */
export async function purgeExpiredIdempotencyKeys(sql: Sql, batch = PURGE_BATCH): Promise<number> {
  const done = await sql.query(
    `DELETE FROM idempotency_keys WHERE (actor_key, key) IN (
       SELECT actor_key, key FROM idempotency_keys WHERE ${EXPIRED} LIMIT $1 FOR UPDATE SKIP LOCKED)`,
    [batch],
  );
  return done.rowCount ?? 0;
}

export async function withIdempotency(
  deps: HttpDeps,
  c: AppContext,
  next: () => Promise<void>,
  opts: { issuesSecret: boolean },
): Promise<Response | undefined> {
  const key = c.req.header('idempotency-key');
  const auth = c.get('auth');
  if (!key || c.req.method !== 'POST' || !auth) {
    await next();
    return undefined;
  }
  if (key.length > 200) throw httpText.error('validation', 'idempotencyKeyLong');
  const actorKey = auth.actor.tokenId ?? auth.userId;
  const requestHash = await hashBody(c.req.raw, `${c.req.method} ${c.req.path}\n`, deps);
  // The claim, the handler's writes (its db.tx calls become savepoints, its jobs are enqueued on the same
  // connection) and the stored answer are one transaction (request-tx.ts): after a crash the key either
  // replays a committed answer or was never written. The claim's liveness is a transaction-scoped advisory
  // lock, so "still running" means a live transaction holds it — a dead one has released it and rolled back.
  const outcome = await inRequestTransaction(deps.db, async (tx) => {
    const live = await tx.query<{ ok: boolean }>(
      'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS ok',
      [`idempotency:${actorKey}:${key}`],
    );
    if (!live.rows[0]?.ok) {
      throw httpText.error('conflict', 'idempotencyRunning');
    }
    // A record past its lifetime is taken over as if the key were new.
    const inserted = await tx.query(
      `INSERT INTO idempotency_keys (actor_key, key, company_id, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (actor_key, key) DO UPDATE
          SET company_id = excluded.company_id, request_hash = excluded.request_hash, status_code = NULL,
              response_body = NULL, response_type = NULL, response_sha256 = NULL, created_at = now()
        WHERE idempotency_keys.${EXPIRED}`,
      [actorKey, key, c.get('ctx').companyId || null, requestHash],
    );
    if (inserted.rowCount === 0) {
      return { commit: false, value: await replay(tx, c, actorKey, key, requestHash) };
    }
    await purgeExpiredIdempotencyKeys(tx);
    await next();
    const res = c.res;
    // A failed request (a thrown error or a 5xx) leaves nothing behind: neither its writes nor the key.
    if (res.status >= 500 || c.error) return { commit: false, value: undefined };
    const text = await res.clone().text();
    // A secret-issuing answer is stored as its hash only (a 4xx carries no secret and is kept as it is).
    const withhold = opts.issuesSecret && res.status < 300;
    await tx.query(
      `UPDATE idempotency_keys SET status_code = $3, response_body = $4, response_type = $5, response_sha256 = $6
        WHERE actor_key = $1 AND key = $2`,
      [
        actorKey,
        key,
        res.status,
        withhold ? null : text,
        res.headers.get('content-type'),
        withhold ? createHash('sha256').update(text).digest('hex') : null,
      ],
    );
    return { commit: true, value: undefined };
  });
  crashAfterCommitForTests(c);
  return outcome;
}

/**
 * Test hook for the crash test (test/process/idempotency-crash.test.ts): with
 * STEWARD_TEST_CRASH_AFTER_COMMIT="POST /api/v1/…" (and NODE_ENV=test) the process kills itself after the
 * request transaction of that path committed and before the answer is written.
 */
function crashAfterCommitForTests(c: AppContext): void {
  const target = process.env.STEWARD_TEST_CRASH_AFTER_COMMIT;
  if (!target || process.env.NODE_ENV !== 'test') return;
  if (target === `${c.req.method} ${c.req.path}`) process.kill(process.pid, 'SIGKILL');
}

async function replay(
  sql: Sql,
  c: AppContext,
  actorKey: string,
  key: string,
  requestHash: string,
): Promise<Response> {
  const prior = await sql.query<{
    request_hash: string;
    status_code: number | null;
    response_body: string | null;
    response_type: string | null;
    response_sha256: string | null;
  }>(
    `SELECT request_hash, status_code, response_body, response_type, response_sha256
       FROM idempotency_keys WHERE actor_key = $1 AND key = $2`,
    [actorKey, key],
  );
  const row = prior.rows[0];
  if (!row) throw httpText.error('conflict', 'idempotencyNotRecorded');
  if (row.request_hash !== requestHash) {
    throw httpText.error('conflict', 'idempotencyOtherRequest');
  }
  // The caller holds the key's lock, so no live transaction owns this claim: a record without an answer is
  // one whose request never finished (left by a version that committed the claim on its own). Whether its
  // writes happened is unknown, so it is not run again blindly.
  if (row.status_code === null) {
    throw httpText.error('conflict', 'idempotencyAbandoned', undefined, { abandoned: true });
  }
  if (row.response_body === null && row.response_sha256 !== null) {
    throw httpText.error('secret_shown_once', 'idempotencySecretShownOnce', undefined, {
      status: row.status_code,
    });
  }
  c.header('Idempotent-Replayed', 'true');
  return c.body(row.response_body ?? '', row.status_code as 200, {
    'Content-Type': row.response_type ?? 'application/json',
  });
}
