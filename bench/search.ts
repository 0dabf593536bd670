import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compose } from '../src/compose.ts';
import { makePerson } from '../src/modules/org/factories.ts';
import { loadPrincipal } from '../src/modules/org/index.ts';
import { makeSales } from '../src/modules/sales/factories.ts';
import { defaultSeries } from '../src/modules/sales/index.ts';
import { urlFor } from '../src/platform/db/embedded.ts';
import { openDatabase, type Sql } from '../src/platform/db/index.ts';
import { parseSearchQuery, type Searcher } from '../src/platform/search/index.ts';
import { freePort, killAll, startServer, stopEmbeddedPostgres } from '../test/support/process.ts';
import { insertSearchRows } from '../test/support/search-bulk.ts';

/**
 * Issue #11's search goal: "fast at a million records". A real `steward start` (embedded PostgreSQL in a temp
 * dir) gets one company with `--per-kind` rows of each of the six searchable kinds (default 166,667: a million
 * in all, bulk-inserted in SQL), then `GET /api/v1/search` is timed one request at a time for typical queries
 * (an exact invoice number, an amount, part of a name, an e-mail, a common word) beside two references measured
 * in the same run on the same connection pool: `GET /healthz` (one `SELECT 1` through the whole HTTP stack) and
 * a bare `SELECT 1`. The plans of every searcher are recorded too (which indexes they use at this size).
 *
 *   npm run bench -- search [--per-kind 166667] [--runs 40] [--out FILE]
 */
function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
}
const round = (n: number) => Math.round(n * 100) / 100;
const say = (m: string) => process.stderr.write(`${m}\n`);

function summary(ms: number[]): { p50: number; p95: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => round(s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), max: round(s.at(-1) ?? 0) };
}

async function timed(runs: number, fn: () => Promise<void>): Promise<number[]> {
  await fn(); // warm: the first call pays for plans and cold pages
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** The index names in the plans of every searcher for `q` (EXPLAIN, not run). */
async function indexesUsed(sql: Sql, principal: never, searchers: readonly Searcher[], q: string) {
  const plans: string[] = [];
  const explaining = {
    async query(text: string, args?: unknown[]) {
      const res = await sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`, args);
      plans.push(res.rows.map((r) => r['QUERY PLAN']).join('\n'));
      return { rows: [], rowCount: 0 };
    },
  } as unknown as Sql;
  for (const s of searchers) await s.search(explaining, principal, parseSearchQuery(q), 5);
  return [...new Set(plans.join('\n').match(/\b\w+_(search|total|number_key)\b/g) ?? [])].sort();
}

export async function run(args: string[]): Promise<void> {
  const perKind = Number.parseInt(option(args, 'per-kind', '166667'), 10);
  const runs = Number.parseInt(option(args, 'runs', '40'), 10);
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  const date = new Date().toISOString();
  const file = option(args, 'out', '') || join(dir, `search-${date.slice(0, 10)}.json`);
  const root = mkdtempSync('/tmp/steward-bench-');
  chmodSync(root, 0o755); // as root the embedded PostgreSQL runs as `postgres` and must reach it
  const dataDir = join(root, 'data');
  const loadStart = loadavg().map(round);
  try {
    say('starting steward (embedded PostgreSQL, migrations)…');
    const port = await freePort();
    const base = `http://localhost:${port}`;
    await startServer(
      { STEWARD_DATA_DIR: dataDir, STEWARD_PG_PORT: String(await freePort()), STEWARD_WORKER: 'false' },
      { port, timeoutMs: 90_000 },
    );
    const url = urlFor(JSON.parse(readFileSync(join(dataDir, 'pg.json'), 'utf8')));
    const db = openDatabase(url, { max: 4, applicationName: 'steward-bench' });
    try {
      const f = await makeSales(db);
      await db.tx((tx) => defaultSeries(tx, f.ctx, 'invoice'));
      const admin = await makePerson(db, f.companyId, { role: 'admin', name: 'Bench Admin' });
      say(`inserting ${perKind} rows of each of six kinds…`);
      let t = performance.now();
      await insertSearchRows(db, f.companyId, perKind, 'b');
      const insertSeconds = (performance.now() - t) / 1000;
      say('VACUUM ANALYZE…');
      t = performance.now();
      for (const table of [
        'parties',
        'sales_invoices',
        'purchasing_bills',
        'ledger_entries',
        'work_tasks',
        'users',
      ])
        await db.query(`VACUUM ANALYZE ${table}`);
      const vacuumSeconds = (performance.now() - t) / 1000;
      const sizes = (
        await db.query<{ name: string; size: string }>(
          `SELECT c.relname AS name, pg_size_pretty(pg_relation_size(c.oid)) AS size FROM pg_class c
            WHERE c.relname LIKE '%\\_search' OR c.relname LIKE '%\\_total' ORDER BY 1`,
        )
      ).rows;
      const headers = { authorization: `Bearer ${admin.token}` };
      const get = async (path: string) => {
        const res = await fetch(`${base}${path}`, { headers });
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
      };
      const queries: Record<string, string> = {
        invoiceNumber: `B-${String(123457).padStart(8, '0')}`,
        amount: '47290.00',
        partialName: 'atlas foods 4241',
        broadName: 'atlas foo',
        email: 'person4242@b.example',
        entryReference: 'REF-b98765',
        commonWord: 'brno',
      };
      const principal = (await loadPrincipal(db, admin.id, f.companyId)) as never;
      const searchers = compose().search;
      const results: Record<
        string,
        { q: string; hits: number; ms: ReturnType<typeof summary>; p50ByKindMs: Record<string, number> }
      > = {};
      const reference = {
        healthz: summary(await timed(runs, () => get('/healthz'))),
        select1: summary(await timed(runs, async () => void (await db.query('SELECT 1')))),
      };
      for (const [name, q] of Object.entries(queries)) {
        say(`search: ${name} (${q})…`);
        const path = `/api/v1/search?${new URLSearchParams({ q, limit: '5' })}`;
        const probe = await fetch(`${base}${path}`, { headers });
        const hits = ((await probe.json()) as { hits: unknown[] }).hits.length;
        const ms = summary(await timed(runs, () => get(path)));
        // Each kind's own query, straight on the pool: where the time of a search goes.
        const p50ByKindMs: Record<string, number> = {};
        for (const s of searchers) {
          const each = await timed(Math.max(5, Math.floor(runs / 4)), async () => {
            await s.search(db, principal, parseSearchQuery(q), 5);
          });
          p50ByKindMs[s.kind] = summary(each).p50;
        }
        results[name] = { q, hits, ms, p50ByKindMs };
      }
      const plans = {
        number: await indexesUsed(db, principal, searchers, '12345'),
        text: await indexesUsed(db, principal, searchers, 'vltava logis'),
      };
      const result = {
        benchmark: 'search',
        date,
        machine: {
          cpu: cpus()[0]?.model ?? 'unknown',
          cores: cpus().length,
          memoryGiB: round(totalmem() / 2 ** 30),
          node: process.version,
          loadAverage1m5m15m: { start: loadStart, end: loadavg().map(round) },
        },
        setup: {
          rowsPerKind: perKind,
          rowsInAll: perKind * 6,
          kinds: ['invoice', 'bill', 'party', 'entry', 'task', 'person'],
          companies: 1,
          runsPerQuery: runs,
          database: 'embedded PostgreSQL on disk',
        },
        insertSeconds: round(insertSeconds),
        vacuumAnalyzeSeconds: round(vacuumSeconds),
        indexSizes: sizes,
        referenceMs: reference,
        searchMs: results,
        indexesInPlans: plans,
      };
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
      say(JSON.stringify(result, null, 2));
    } finally {
      await db.close();
    }
  } finally {
    await killAll();
    await stopEmbeddedPostgres(dataDir);
  }
}
