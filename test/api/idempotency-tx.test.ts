import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, type PersonFixture } from '../../src/modules/org/factories.ts';
import { type TestApp, testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * Idempotency-Key requests run in one request transaction with their stored answer
 * (src/platform/http/request-tx.ts): "still running" means a live transaction holds the key's lock, a claim
 * no live transaction holds is never "still running", and parallel retries create one record.
 */
const fresh = withFreshDatabase();
let t: TestApp;
let owner: PersonFixture;

beforeAll(async () => {
  t = testApp(fresh.db);
  owner = (await makeOrg(fresh.db)).people.owner;
});

const post = (body: unknown, key: string) =>
  t.request('POST', '/api/v1/departments', { token: owner.token, body, headers: { 'idempotency-key': key } });
const departments = async (code: string) =>
  (await fresh.db.query(`SELECT count(*)::int AS n FROM departments WHERE code = $1`, [code])).rows[0]!.n;

describe('Idempotency-Key in the request transaction', () => {
  it('a key whose transaction is live answers "still running"; once it ends the key is free', async () => {
    const key = 'live-claim';
    const tokenId = owner.tokenId;
    // Another request's transaction, holding the key as the first request would.
    const other = await fresh.db.pool.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `idempotency:${tokenId}:${key}`,
      ]);
      const busy = await post({ code: 'LIVE', name: 'Live' }, key);
      expect(busy.status).toBe(409);
      expect(busy.body.error.message).toContain('still running');
      await other.query('ROLLBACK'); // the owner died: its transaction is gone, and so is its claim
    } finally {
      other.release();
    }
    const after = await post({ code: 'LIVE', name: 'Live' }, key);
    expect(after.status).toBe(201);
    expect(await departments('LIVE')).toBe(1);
  });

  it('a claim left without an answer and without a live owner is reported as unfinished, not running', async () => {
    const key = 'dead-claim';
    const tokenId = owner.tokenId;
    const body = { code: 'DEAD', name: 'Dead' };
    // What a claim committed on its own (before this design) and never answered looks like.
    const first = await post(body, 'hash-probe');
    expect(first.status).toBe(201);
    const hash = (
      await fresh.db.query<{ request_hash: string }>(
        `SELECT request_hash FROM idempotency_keys WHERE key = 'hash-probe'`,
      )
    ).rows[0]!.request_hash;
    await fresh.db.query(
      'INSERT INTO idempotency_keys (actor_key, key, company_id, request_hash) VALUES ($1, $2, NULL, $3)',
      [tokenId, key, hash],
    );
    const res = await post(body, key);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('did not finish');
    expect(res.body.error.message).not.toContain('still running');
  });

  it('8 parallel requests with one key write one department, and every answer is it or a clear 409', async () => {
    const body = { code: 'PAR', name: 'Parallel' };
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(body, 'parallel-key')));
    expect(await departments('PAR')).toBe(1);
    const ok = answers.filter((a) => a.status === 201);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const a of ok) expect(a.body.id).toBe(ok[0]!.body.id);
    for (const a of answers.filter((x) => x.status !== 201)) {
      expect(a.status).toBe(409);
      expect(a.body.error.message).toContain('still running');
    }
  });
});
