import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, ensureFiscalYears, verifyLedger } from '../../src/modules/ledger/index.ts';
import { verifyAuditChain } from '../../src/platform/audit/index.ts';
import { type ServiceContext, SYSTEM_ACTOR } from '../../src/platform/context.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { createToken, killAll, type ServerHandle, signIn, startServer } from '../support/process.ts';

/**
 * Two `steward start` processes × 8 connections post small entries to the same 10 hot accounts (random
 * directions, three dates, so the same balance rows) for a few seconds. Afterwards every balance equals the
 * sum of what the servers acknowledged, to the cent; `verifyLedger` and the audit chain are clean; and no
 * request failed with a 500 (a deadlock or serialization failure must be retried or answered 409).
 */
const ADMIN = { email: 'owner@concurrency.test', password: 'concurrency-password-1' };
const HOT = 10;
const PER_SERVER = 8;
const SECONDS = 4;
const DATES = ['2026-03-01', '2026-03-02', '2026-04-15'];

let fresh: FreshDatabase;
let servers: ServerHandle[];
let token: string;
let companyId: string;
// Codes no chart template uses: the first-run company now starts with its country's chart.
const codes = Array.from({ length: HOT }, (_, i) => `${9900 + i}`);

beforeAll(async () => {
  fresh = await freshDatabase();
  const env = {
    DATABASE_URL: fresh.url,
    STEWARD_ADMIN_EMAIL: ADMIN.email,
    STEWARD_ADMIN_PASSWORD: ADMIN.password,
  };
  // One after the other: starting both at the same moment races in startup (migrate, bootstrap, jobs) — that
  // is test/process/two-process.test.ts's subject; this file is about posting.
  servers = [await startServer(env)];
  servers.push(await startServer(env));
  token = await createToken(servers[0]!.url, await signIn(servers[0]!.url, ADMIN.email, ADMIN.password));
  companyId = (await fresh.db.query<{ id: string }>('SELECT id FROM companies')).rows[0]!.id;
  await fresh.db.tx(async (tx) => {
    const ctx: ServiceContext = { actor: SYSTEM_ACTOR, companyId, requestId: null };
    const types = ['asset', 'liability', 'income', 'expense', 'equity'] as const;
    for (const [i, code] of codes.entries())
      await createAccount(tx, ctx, { code, name: `Hot ${i}`, type: types[i % types.length]! });
    await ensureFiscalYears(tx, ctx, DATES);
  });
});

afterAll(async () => {
  await killAll();
  if (fresh) await dropFreshDatabase(fresh);
});

function post(agent: Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: '/api/v1/ledger/entries',
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('two servers × 8 connections posting to the same 10 accounts', () => {
  it('balances equal the acknowledged postings exactly; verify is clean; no 500s', async () => {
    const acknowledged = new Map<string, bigint>(codes.map((c) => [c, 0n]));
    const statuses: Record<number, number> = {};
    const failures: string[] = [];
    let posted = 0;
    const deadline = Date.now() + SECONDS * 1000;
    const client = async (server: ServerHandle, agent: Agent, seed: number) => {
      const url = new URL(server.url);
      for (let i = 0; Date.now() < deadline; i++) {
        // 2 or 3 lines over distinct hot accounts, random directions, 0.01–9.99
        const n = 2 + ((seed + i) % 2);
        const picked = [...codes].sort(() => Math.random() - 0.5).slice(0, n);
        const cents = picked
          .slice(1)
          .map(() => BigInt(1 + Math.floor(Math.random() * 999)) * (Math.random() < 0.5 ? 1n : -1n));
        const first = -cents.reduce((a, b) => a + b, 0n);
        if (first === 0n) continue;
        const amounts = [first, ...cents];
        const lines = picked.map((account, k) => {
          const v = amounts[k]!;
          const abs = v < 0n ? -v : v;
          const text = `${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
          return v > 0n ? { account, debit: text } : { account, credit: text };
        });
        const body = JSON.stringify({
          date: DATES[(seed + i) % DATES.length],
          description: `hot ${seed}/${i}`,
          lines,
          post: true,
        });
        const r = await post(agent, url, body);
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        if (r.status === 201) {
          posted++;
          for (const [k, account] of picked.entries())
            acknowledged.set(account, acknowledged.get(account)! + amounts[k]!);
        } else if (r.status !== 409) failures.push(`${r.status} ${r.text.slice(0, 300)}`);
      }
    };
    const agents = servers.map(() => new Agent({ keepAlive: true, maxSockets: PER_SERVER }));
    await Promise.all(
      servers.flatMap((server, s) =>
        Array.from({ length: PER_SERVER }, (_, c) => client(server, agents[s]!, s * PER_SERVER + c)),
      ),
    );
    for (const a of agents) a.destroy();

    expect(failures).toEqual([]);
    expect(posted).toBeGreaterThan(50);

    const { rows } = await fresh.db.query<{ code: string; amount: string; entries: number }>(
      `SELECT a.code, coalesce(sum(b.amount), 0)::text AS amount,
              (SELECT count(*)::int FROM ledger_entries WHERE company_id = $1 AND status = 'posted') AS entries
         FROM ledger_accounts a LEFT JOIN ledger_balances_monthly b ON b.company_id = a.company_id AND b.account_id = a.id
        WHERE a.company_id = $1 AND a.code = ANY($2) GROUP BY a.code ORDER BY a.code`,
      [companyId, codes],
    );
    expect(rows[0]?.entries).toBe(posted);
    expect(Object.fromEntries(rows.map((r) => [r.code, BigInt(r.amount)]))).toEqual(
      Object.fromEntries(acknowledged),
    );
    const ledger = await verifyLedger(fresh.db, companyId);
    expect(ledger.problems).toEqual([]);
    expect((await verifyAuditChain(fresh.db, { chain: companyId })).ok).toBe(true);
    // for the record: how the load went (409s would be retries the client could make)
    console.info(`ledger concurrency: ${posted} entries posted, statuses ${JSON.stringify(statuses)}`);
  }, 60_000);
});
