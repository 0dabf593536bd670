import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeCursor } from '../src/kernel/pagination.ts';
import {
  accountRegister,
  balanceSheet,
  createAccount,
  type EntryInput,
  ensureFiscalYears,
  incomeStatement,
  prepareEntries,
  trialBalance,
  verifyLedger,
  writePosted,
} from '../src/modules/ledger/index.ts';
import { createCompany } from '../src/modules/org/index.ts';
import type { ServiceContext } from '../src/platform/context.ts';
import { urlFor } from '../src/platform/db/embedded.ts';
import { type Database, openDatabase, type Sql, type Tx } from '../src/platform/db/index.ts';
import { daysOf, random, randomEntry } from '../test/support/ledger-bulk.ts';
import {
  childEnv,
  createToken,
  freePort,
  killAll,
  ROOT,
  runCli,
  type ServerHandle,
  signIn,
  startServer,
  stopEmbeddedPostgres,
} from '../test/support/process.ts';

/**
 * The general ledger under load, against a real `steward start` (embedded PostgreSQL in a temp dir, or
 * BENCH_DATABASE_URL — an empty database):
 *
 *  1. bulk import through the service path (`prepareEntries` + `writePosted`, audit 'batch', one transaction
 *     per chunk), with a profile of where the time goes (each SQL statement vs JavaScript);
 *  2. single-entry posting over HTTP with N concurrent clients, plus a sampling of who waits on which lock,
 *     and the same load straight against the service in one company vs one company per connection (one
 *     audit chain each) to size the per-company audit-chain lock;
 *  3. kill -9 during a one-transaction bulk import, N times, `verifyLedger` after each;
 *  4. reports (trial balance, balance sheet, income statement) and an account register page over a ledger
 *     topped up to --lines lines, with EXPLAIN ANALYZE of every statement they run;
 *  5. hledger `bal` vs Steward's trial balance on the same journal, imported with `steward ledger import`.
 *
 *   npm run bench -- ledger [--entries 1000000] [--lines 10000000] [--chunk 10000] [--duration 15]
 *     [--connections 16] [--bulk-workers 2] [--runs 50] [--hledger-txns 100000] [--crash 10] [--crash-entries 100000]
 *     [--skip http,crash,reports,gate,hledger] [--out FILE]
 */
const ADMIN = { email: 'bench@steward.local', password: 'bench-password-123' };
const ACCOUNTS = 60;
const FIRST_DAY = '2024-01-01';
const DAYS = 3 * 365 + 1;

const round = (n: number) => Math.round(n * 100) / 100;
const say = (text: string) => process.stderr.write(`${text}\n`);

function option(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
}

function stats(ms: number[]): {
  runs: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
} {
  const sorted = Float64Array.from(ms).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return {
    runs: ms.length,
    p50: round(at(50)),
    p90: round(at(90)),
    p99: round(at(99)),
    max: round(sorted.at(-1) ?? 0),
    mean: round(ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length)),
  };
}

/** A Tx that adds each statement's round-trip time (driver serialisation included) to `acc` by its head. */
function timedTx(tx: Tx, acc: Map<string, number>): Tx {
  const head = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^(INSERT INTO \w+|UPDATE \w+|SELECT nextval|SELECT .*? FROM \w+).*$/, '$1')
      .slice(0, 60);
  return {
    inTransaction: true,
    async query(text: string, params?: unknown[]) {
      const started = performance.now();
      try {
        return await tx.query(text, params);
      } finally {
        const k = head(text);
        acc.set(k, (acc.get(k) ?? 0) + performance.now() - started);
      }
    },
  } as Tx;
}

interface Company {
  id: string;
  ctx: ServiceContext;
  codes: string[];
}

async function setUpCompany(
  db: Database,
  ownerId: string,
  actor: ServiceContext['actor'],
  name: string,
  accounts: number,
  existing?: string,
): Promise<Company> {
  return db.tx(async (tx) => {
    const id =
      existing ?? (await createCompany(tx, actor, 'bench', { name, baseCurrency: 'USD' }, ownerId)).id;
    const ctx: ServiceContext = { actor, companyId: id, requestId: 'bench' };
    const types = ['asset', 'liability', 'equity', 'income', 'expense'] as const;
    const codes: string[] = [];
    for (let i = 0; i < accounts; i++) {
      const type = types[i % types.length] as (typeof types)[number];
      const code = `${types.indexOf(type) + 1}${String(i).padStart(3, '0')}`;
      await createAccount(tx, ctx, { code, name: `${type} ${i}`, type });
      codes.push(code);
    }
    await ensureFiscalYears(tx, ctx, ['2024-01-01', '2025-01-01', '2026-01-01']);
    return { id, ctx, codes };
  });
}

interface BulkResult {
  entries: number;
  workers: number;
  lines: number;
  seconds: number;
  entriesPerSecond: number;
  linesPerSecond: number;
  chunk: number;
  profileMs: Record<string, number>;
}

/** Posts `count` random entries in chunks, one transaction per chunk; profiles SQL vs JS. */
async function bulk(
  db: Database,
  company: Company,
  count: number,
  chunk: number,
  seed: number,
  progress: string,
  workers = 1,
): Promise<BulkResult> {
  const rnd = random(seed);
  const dates = daysOf(FIRST_DAY, DAYS);
  const acc = new Map<string, number>();
  let prepareMs = 0;
  let writeMs = 0;
  let commitMs = 0;
  let lines = 0;
  let taken = 0;
  let done = 0;
  const t0 = performance.now();
  let lastReport = t0;
  // `workers` connections take chunks from one counter; with 1 the profile adds up to the wall time.
  const worker = async () => {
    while (taken < count) {
      const size = Math.min(chunk, count - taken);
      const first = taken;
      taken += size;
      const entries: EntryInput[] = Array.from({ length: size }, (_, k) =>
        randomEntry(rnd, company.codes, dates, first + k),
      );
      for (const e of entries) lines += e.lines.length;
      let writeEnd = 0;
      await db.tx(async (raw) => {
        const tx = timedTx(raw, acc);
        const a = performance.now();
        const { prepared } = await prepareEntries(tx, company.id, entries);
        const b = performance.now();
        await writePosted(tx, company.ctx, prepared, { audit: 'batch' });
        writeEnd = performance.now();
        prepareMs += b - a;
        writeMs += writeEnd - b;
      });
      const ended = performance.now();
      commitMs += ended - writeEnd;
      done += size;
      if (ended - lastReport > 5000 || done === count) {
        lastReport = ended;
        say(`${progress}: ${done}/${count} entries, ${Math.round(done / ((ended - t0) / 1000))}/s`);
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  const elapsed = performance.now() - t0;
  const sqlMs = [...acc.values()].reduce((a, b) => a + b, 0);
  const profileMs: Record<string, number> = {
    wall: Math.round(elapsed),
    prepareEntries: Math.round(prepareMs),
    writePosted: Math.round(writeMs),
    commit: Math.round(commitMs),
    sqlRoundTrips: Math.round(sqlMs),
    ...(workers === 1 ? { javascript: Math.round(elapsed - sqlMs - commitMs) } : {}),
  };
  for (const [k, v] of [...acc.entries()].sort((a, b) => b[1] - a[1])) profileMs[`sql: ${k}`] = Math.round(v);
  return {
    entries: count,
    lines,
    workers,
    seconds: round(elapsed / 1000),
    entriesPerSecond: Math.round(count / (elapsed / 1000)),
    linesPerSecond: Math.round(lines / (elapsed / 1000)),
    chunk,
    profileMs,
  };
}

/** `connections` keep-alive loops POSTing one entry each until the time is up. */
async function httpPosting(
  base: URL,
  token: string,
  codes: string[],
  connections: number,
  durationS: number,
  record: boolean,
): Promise<{
  requests: number;
  entriesPerSecond: number;
  statuses: Record<string, number>;
  errors: number;
  latencyMs: ReturnType<typeof stats>;
}> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const rnd = random(7);
  const dates = daysOf('2026-01-01', 300);
  const deadline = performance.now() + durationS * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const a = codes[Math.floor(rnd() * codes.length)] as string;
      let b = codes[Math.floor(rnd() * codes.length)] as string;
      if (b === a) b = codes[(codes.indexOf(a) + 1) % codes.length] as string;
      const amount = `${1 + Math.floor(rnd() * 9999)}.${String(Math.floor(rnd() * 100)).padStart(2, '0')}`;
      const body = JSON.stringify({
        date: dates[Math.floor(rnd() * dates.length)],
        description: 'HTTP bench',
        lines: [
          { account: a, debit: amount },
          { account: b, credit: amount },
        ],
        post: true,
      });
      const started = performance.now();
      const req = request(
        {
          host: base.hostname,
          port: base.port,
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
          res.on('data', () => {});
          res.on('end', () => {
            if (record) {
              latencies.push(performance.now() - started);
              statuses[String(res.statusCode)] = (statuses[String(res.statusCode)] ?? 0) + 1;
            }
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(body);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    requests: latencies.length,
    entriesPerSecond: Math.round((statuses['201'] ?? 0) / elapsed),
    statuses,
    errors,
    latencyMs: stats(latencies),
  };
}

/** Samples pg_stat_activity: how many of the server's backends are busy and how many wait on which lock. */
function sampleLocks(db: Database): { stop(): Promise<Record<string, number>> } {
  let running = true;
  const totals = { samples: 0, active: 0, waitingOnLock: 0, waitingOnAuditHead: 0, waitingOnBalances: 0 };
  const loop = (async () => {
    while (running) {
      const r = await db.query<{ active: number; lock: number; audit: number; balances: number }>(
        `SELECT count(*) FILTER (WHERE state = 'active')::int AS active,
                count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS lock,
                count(*) FILTER (WHERE wait_event_type = 'Lock' AND query LIKE '%audit_heads%')::int AS audit,
                count(*) FILTER (WHERE wait_event_type = 'Lock' AND query LIKE '%ledger_balances%')::int AS balances
           FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND application_name NOT LIKE 'steward-bench%'`,
      );
      const s = r.rows[0];
      if (s) {
        totals.samples++;
        totals.active += s.active;
        totals.waitingOnLock += s.lock;
        totals.waitingOnAuditHead += s.audit;
        totals.waitingOnBalances += s.balances;
      }
      await new Promise((res) => setTimeout(res, 10));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const n = Math.max(1, totals.samples);
      return {
        samples: totals.samples,
        meanActiveBackends: round(totals.active / n),
        meanWaitingOnAnyLock: round(totals.waitingOnLock / n),
        meanWaitingOnAuditHead: round(totals.waitingOnAuditHead / n),
        meanWaitingOnBalanceRows: round(totals.waitingOnBalances / n),
      };
    },
  };
}

/** Single-entry `postEntries` transactions straight against the service: `connections` loops for `durationS`. */
async function servicePosting(
  db: Database,
  companies: Company[],
  connections: number,
  durationS: number,
): Promise<{ entriesPerSecond: number; latencyMs: ReturnType<typeof stats>; errors: number }> {
  const rnd = random(11);
  const dates = daysOf('2026-01-01', 300);
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + durationS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      const company = companies[c % companies.length] as Company;
      while (performance.now() < deadline) {
        const entry = randomEntry(rnd, company.codes, dates, 0);
        const t = performance.now();
        try {
          await db.tx(async (tx) => {
            const { prepared } = await prepareEntries(tx, company.id, [entry]);
            await writePosted(tx, company.ctx, prepared, { audit: 'each' });
          });
          latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { entriesPerSecond: Math.round(latencies.length / elapsed), latencyMs: stats(latencies), errors };
}

/** kill -9 a one-transaction bulk import at a random point, `times` times; verify after each. */
async function crashes(
  db: Database,
  dbUrl: string,
  company: Company,
  times: number,
  entries: number,
): Promise<Record<string, unknown>> {
  const rounds: Record<string, unknown>[] = [];
  const script = fileURLToPath(new URL('../test/support/ledger-bulk.ts', import.meta.url));
  const chunks = Math.ceil(entries / 2000);
  for (let i = 0; i < times; i++) {
    const tag = `crash-${i}`;
    const killAt = 1 + Math.floor(Math.random() * chunks); // after this many chunks (= at commit for the last)
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        script,
        '--company',
        company.id,
        '--tag',
        tag,
        '--entries',
        String(entries),
        '--chunk',
        '2000',
        '--seed',
        String(100 + i),
      ],
      { cwd: ROOT, env: childEnv({ DATABASE_URL: dbUrl }), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const killed = new Promise<void>((resolve) => {
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const done = (out.match(/^chunk /gm) ?? []).length;
        if (done >= killAt || out.includes('committed')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    const exit = once(child, 'exit');
    await Promise.race([killed, exit]);
    await exit;
    if (child.exitCode !== null && child.exitCode !== 0) throw new Error(`bulk import failed: ${err}`);
    const committed = out.includes('committed');
    // The server side of a killed client is rolled back when PostgreSQL notices the dropped connection.
    let count = -1;
    for (let tries = 0; tries < 100; tries++) {
      const busy = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'steward-ledger-bulk'`,
      );
      if (busy.rows[0]?.n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    count = (
      await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM ledger_entries WHERE company_id = $1 AND reference = $2',
        [company.id, tag],
      )
    ).rows[0]!.n;
    const started = performance.now();
    const verify = await verifyLedger(db, company.id);
    rounds.push({
      killedAfterChunks: killAt,
      ofChunks: chunks,
      sawCommitted: committed,
      entriesFound: count,
      allOrNothing: count === 0 || count === entries,
      verifyOk: verify.ok,
      verifyMs: Math.round(performance.now() - started),
      problems: verify.problems.slice(0, 3),
    });
    say(
      `crash ${i + 1}/${times}: killed after ${killAt}/${chunks} chunks, ${count} entries, verify ${verify.ok}`,
    );
  }
  return {
    times,
    entriesPerImport: entries,
    allOrNothing: rounds.every((r) => r.allOrNothing),
    verifyClean: rounds.every((r) => r.verifyOk),
    rounds,
  };
}

/** Runs `fn` `runs` times; also EXPLAIN ANALYZEs every statement of one more run. */
async function timeReport(
  db: Database,
  runs: number,
  fn: (sql: Sql, i: number) => Promise<unknown>,
): Promise<{
  latencyMs: ReturnType<typeof stats>;
  plans: { sql: string; executionMs: number; plan: string[] }[];
}> {
  for (let i = 0; i < 3; i++) await fn(db, i); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(db, i);
    ms.push(performance.now() - t);
  }
  const captured: [string, unknown[] | undefined][] = [];
  await fn(
    {
      query: (text: string, params?: unknown[]) => {
        captured.push([text, params]);
        return db.query(text, params);
      },
    } as Sql,
    runs,
  );
  const plans = [];
  for (const [text, params] of captured) {
    const r = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
    const lines = r.rows.map((x) => x['QUERY PLAN']);
    const exec = lines.find((l) => l.startsWith('Execution Time'));
    plans.push({
      sql: text.replace(/\s+/g, ' ').slice(0, 120),
      executionMs: Number(exec?.match(/([\d.]+) ms/)?.[1] ?? 0),
      plan: lines,
    });
  }
  return { latencyMs: stats(ms), plans };
}

/** A journal of `count` transactions over hledger-style account names, as text. */
function journal(count: number): string {
  const names = [
    ...Array.from({ length: 15 }, (_, i) => `assets:bank:a${i}`),
    ...Array.from({ length: 10 }, (_, i) => `liabilities:l${i}`),
    ...Array.from({ length: 5 }, (_, i) => `equity:e${i}`),
    ...Array.from({ length: 15 }, (_, i) => `income:i${i}`),
    ...Array.from({ length: 15 }, (_, i) => `expenses:x${i}`),
  ];
  const rnd = random(42);
  const dates = daysOf(FIRST_DAY, DAYS);
  const entries = Array.from({ length: count }, (_, i) => randomEntry(rnd, names, dates, i));
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    out.push(`${e.date} ${e.description}`);
    for (const l of e.lines) out.push(`    ${l.account}  ${l.amount} USD`);
    out.push('');
  }
  return out.join('\n');
}

async function hledgerVsSteward(
  db: Database,
  dbUrl: string,
  ownerId: string,
  actor: ServiceContext['actor'],
  txns: number,
  runs: number,
  dir: string,
): Promise<Record<string, unknown>> {
  const file = join(dir, 'bench.journal');
  writeFileSync(file, journal(txns));
  const hledgerRuns: number[] = [];
  let version = '';
  let hledgerTotals = '';
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const child = spawn('hledger', ['-f', file, 'bal'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    await once(child, 'exit');
    hledgerRuns.push(performance.now() - t);
    hledgerTotals = out.trim().split('\n').at(-1)?.trim() ?? '';
  }
  {
    const child = spawn('hledger', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.setEncoding('utf8').on('data', (d: string) => (version += d));
    await once(child, 'exit');
  }
  const company = await db.tx(
    async (tx) =>
      (await createCompany(tx, actor, 'bench', { name: 'hledger bench', baseCurrency: 'USD' }, ownerId)).id,
  );
  const t = performance.now();
  const imported = await runCli(
    ['ledger', 'import', file, '--format', 'hledger', '--company', company, '--as', ADMIN.email, '--json'],
    { env: { DATABASE_URL: dbUrl }, timeoutMs: 900_000 },
  );
  const importS = (performance.now() - t) / 1000;
  if (imported.code !== 0) throw new Error(`import failed: ${imported.stderr}`);
  await db.query('ANALYZE');
  const asOf = '2026-12-31';
  const tb = await timeReport(db, runs, (sql) => trialBalance(sql, company, asOf));
  const result = await trialBalance(db, company, asOf);
  const hledgerMedian = stats(hledgerRuns).p50;
  return {
    transactions: txns,
    journalBytes: readFileSync(file).length,
    hledger: {
      version: version.trim(),
      command: 'hledger -f FILE bal',
      wallMs: hledgerRuns.map(round),
      medianMs: hledgerMedian,
    },
    stewardImport: {
      command: 'steward ledger import FILE --format hledger',
      wallSeconds: round(importS),
      transactionsPerSecond: Math.round(txns / importS),
      summary: JSON.parse(imported.stdout),
    },
    stewardTrialBalance: { latencyMs: tb.latencyMs, plans: tb.plans },
    ratio: round(hledgerMedian / Math.max(0.01, tb.latencyMs.p50)),
    goalRatio: 50,
    sameTotals: {
      hledgerLastLine: hledgerTotals,
      stewardDebit: result.totalDebit,
      stewardCredit: result.totalCredit,
      accounts: result.rows.length,
    },
  };
}

export async function run(args: string[]): Promise<void> {
  const loadAtStart = loadavg().map(round);
  const entries = Number(option(args, 'entries', '1000000'));
  const targetLines = Number(option(args, 'lines', '10000000'));
  const chunk = Number(option(args, 'chunk', '10000'));
  const durationS = Number(option(args, 'duration', '15'));
  const connections = Number(option(args, 'connections', '16'));
  const runs = Number(option(args, 'runs', '50'));
  const hledgerTxns = Number(option(args, 'hledger-txns', '100000'));
  const crashTimes = Number(option(args, 'crash', '10'));
  const bulkWorkers = Number(option(args, 'bulk-workers', '2'));
  const crashEntries = Number(option(args, 'crash-entries', '100000'));
  const skip = new Set(option(args, 'skip', '').split(',').filter(Boolean));
  const external = process.env.BENCH_DATABASE_URL;
  const root = mkdtempSync('/tmp/steward-bench-');
  chmodSync(root, 0o755); // as root the embedded PostgreSQL runs as `postgres` and must reach it
  const dataDir = join(root, 'data');
  const logFd = openSync(join(root, 'server.log'), 'a');
  let server: ServerHandle | null = null;
  const stopAll = async () => {
    await killAll();
    await stopEmbeddedPostgres(dataDir);
  };
  process.on('SIGINT', () => void stopAll().finally(() => process.exit(130)));
  const result: Record<string, unknown> = { benchmark: 'ledger' };
  const loads: Record<string, number[]> = { start: loadAtStart };
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  const date = new Date().toISOString();
  const file = option(args, 'out', '') || join(dir, `ledger-${date.slice(0, 10)}.json`);
  const save = () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  };
  try {
    const env = {
      ...(external
        ? { DATABASE_URL: external }
        : { STEWARD_DATA_DIR: dataDir, STEWARD_PG_PORT: String(await freePort()) }),
      STEWARD_ADMIN_EMAIL: ADMIN.email,
      STEWARD_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
    };
    say(`starting steward (${external ? 'BENCH_DATABASE_URL' : 'embedded PostgreSQL'})…`);
    server = await startServer(env, { timeoutMs: 60_000, stdoutFd: logFd });
    const session = await signIn(server.url, ADMIN.email, ADMIN.password);
    const token = await createToken(server.url, session);
    const dbUrl = external ?? urlFor(JSON.parse(readFileSync(join(dataDir, 'pg.json'), 'utf8')));
    const db = openDatabase(dbUrl, { max: connections + 4, applicationName: 'steward-bench' });
    try {
      const owner = (
        await db.query<{ id: string; company: string }>(
          `SELECT u.id, m.company_id AS company FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.email = $1`,
          [ADMIN.email],
        )
      ).rows[0]!;
      const actor = { type: 'user' as const, userId: owner.id, tokenId: null, label: ADMIN.email };
      const settings = (
        await db.query<{ name: string; setting: string }>(
          `SELECT name, setting FROM pg_settings WHERE name IN ('server_version', 'shared_buffers', 'fsync', 'synchronous_commit', 'work_mem', 'max_wal_size')`,
        )
      ).rows;
      result.date = date;
      result.machine = {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGiB: round(totalmem() / 2 ** 30),
        freeMemoryGiB: round(freemem() / 2 ** 30),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        // the bench, the server and PostgreSQL share the cores; other engineers' work shows up here
        loadAverage1m5m15m: loads,
      };
      result.setup = {
        database: external ? 'BENCH_DATABASE_URL' : 'embedded PostgreSQL in a temp dir on disk',
        postgres: Object.fromEntries(settings.map((s) => [s.name, s.setting])),
        chart: `${ACCOUNTS} accounts (asset, liability, equity, income, expense in turn)`,
        dates: `${FIRST_DAY} + ${DAYS} days`,
        entries: '2–4 lines each, random accounts and amounts',
        options: {
          entries,
          targetLines,
          chunk,
          durationS,
          connections,
          runs,
          hledgerTxns,
          crashTimes,
          crashEntries,
        },
      };
      const main = await setUpCompany(db, owner.id, actor, 'main', ACCOUNTS, owner.company);

      say(`1. bulk import of ${entries} entries in chunks of ${chunk}…`);
      const imported = await bulk(db, main, entries, chunk, 1, 'bulk');
      loads.afterBulk = loadavg().map(round);
      result.bulkImport = { ...imported, goalEntriesPerSecond: 50_000 };
      save();
      if (bulkWorkers > 1) {
        const size = Math.max(chunk * bulkWorkers, Math.round(entries / 5));
        say(`   the same with ${bulkWorkers} connections at once (${size} entries)…`);
        result.bulkImportParallel = await bulk(db, main, size, chunk, 3, 'bulk parallel', bulkWorkers);
        save();
      }

      if (!skip.has('http')) {
        say(`2. HTTP posting: ${connections} clients, warm-up 2 s, then ${durationS} s…`);
        const base = new URL(server.url);
        await httpPosting(base, token, main.codes, connections, 2, false);
        const sampler = sampleLocks(db);
        const http = await httpPosting(base, token, main.codes, connections, durationS, true);
        const locks = await sampler.stop();
        loads.afterHttp = loadavg().map(round);
        say('   service posting, 1 company vs 16 companies (one audit chain each)…');
        const extra: Company[] = [];
        for (let i = 0; i < connections; i++)
          extra.push(await setUpCompany(db, owner.id, actor, `chain ${i}`, 10));
        const oneChain = await servicePosting(db, [main], connections, Math.min(10, durationS));
        const manyChains = await servicePosting(db, extra, connections, Math.min(10, durationS));
        result.httpPosting = {
          endpoint: 'POST /api/v1/ledger/entries {post: true}, 2 lines, bearer token',
          connections,
          durationS,
          ...http,
          locksWhilePosting: locks,
          goal: { entriesPerSecond: 2000, p99Ms: 50 },
          auditChainExperiment: {
            what: `single-entry postEntries transactions straight against the service, ${connections} connections, audit 'each' — all into one company (one hash chain, one head row locked until commit) vs one company per connection`,
            oneCompany: oneChain,
            companyPerConnection: manyChains,
          },
        };
        save();
      }

      if (!skip.has('crash') && crashTimes > 0) {
        say(`3. crash: kill -9 during a ${crashEntries}-entry one-transaction import, ${crashTimes} times…`);
        const small = await setUpCompany(db, owner.id, actor, 'crash', 20);
        result.crash = await crashes(db, dbUrl, small, crashTimes, crashEntries);
        save();
      }

      if (!skip.has('reports')) {
        const have = (
          await db.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_lines WHERE company_id = $1', [
            main.id,
          ])
        ).rows[0]!.n;
        let topUp: BulkResult | null = null;
        if (have < targetLines) {
          const more = Math.ceil((targetLines - have) / 3);
          say(`4. topping up to ${targetLines} lines: ${more} more entries…`);
          topUp = await bulk(db, main, more, chunk, 2, 'top-up', bulkWorkers);
        }
        await db.query('VACUUM ANALYZE');
        loads.beforeReports = loadavg().map(round);
        const size = (
          await db.query<{ lines: number; entries: number; daily: number; monthly: number; bytes: string }>(
            `SELECT (SELECT count(*)::int FROM ledger_lines WHERE company_id = $1) AS lines,
                    (SELECT count(*)::int FROM ledger_entries WHERE company_id = $1) AS entries,
                    (SELECT count(*)::int FROM ledger_balances_daily WHERE company_id = $1) AS daily,
                    (SELECT count(*)::int FROM ledger_balances_monthly WHERE company_id = $1) AS monthly,
                    pg_size_pretty(pg_total_relation_size('ledger_lines')) AS bytes`,
            [main.id],
          )
        ).rows[0]!;
        const rnd = random(99);
        const dates = daysOf(FIRST_DAY, DAYS);
        const pick = () => dates[Math.floor(rnd() * dates.length)] as string;
        say('   trial balance, balance sheet, income statement, register…');
        const tb = await timeReport(db, runs, (sql) => trialBalance(sql, main.id, pick()));
        const bs = await timeReport(db, runs, (sql) => balanceSheet(sql, main.id, pick()));
        const is = await timeReport(db, runs, (sql) => {
          const [from, to] = [pick(), pick()].sort() as [string, string];
          return incomeStatement(sql, main.id, from, to);
        });
        const accounts = (
          await db.query<{ id: string }>(
            'SELECT id FROM ledger_accounts WHERE company_id = $1 ORDER BY code',
            [main.id],
          )
        ).rows.map((r) => r.id);
        // a random depth: a cursor pointing at the first line on or after a random date
        const cursors: { account: string; cursor: string }[] = [];
        for (let i = 0; i < runs + 4; i++) {
          const account = accounts[Math.floor(rnd() * accounts.length)] as string;
          const at = (
            await db.query<{ d: string; e: string; n: number }>(
              `SELECT to_char(entry_date, 'YYYY-MM-DD') AS d, entry_id AS e, line_no AS n FROM ledger_lines
                WHERE company_id = $1 AND account_id = $2 AND entry_date >= $3 ORDER BY entry_date, entry_id, line_no LIMIT 1`,
              [main.id, account, pick()],
            )
          ).rows[0];
          if (at) cursors.push({ account, cursor: encodeCursor([at.d, at.e, at.n]) });
        }
        const reg = await timeReport(db, runs, (sql, i) => {
          const c = cursors[i % cursors.length] as { account: string; cursor: string };
          return accountRegister(sql, main.id, c.account, { limit: 100, cursor: c.cursor });
        });
        loads.afterReports = loadavg().map(round);
        result.reports = {
          ledger: size,
          topUp,
          note: 'service calls on a pooled connection (no HTTP); random dates per run; plans from one more run',
          trialBalance: { ...tb, goalP99Ms: 100 },
          balanceSheet: { ...bs, goalP99Ms: 100 },
          incomeStatement: { ...is, goalP99Ms: 100 },
          registerPage100: { ...reg, goalP99Ms: 50 },
        };
        save();
      }

      if (!skip.has('gate')) {
        // Last: importing the work module installs its approval gate for the rest of this process, as it is in
        // `steward start` and the CLI. The gate is asked once per entry (service/approval.ts).
        const size = Math.max(chunk, Math.min(50_000, Math.round(entries / 20)));
        say(`6. bulk import of ${size} entries with the work module's approval gate installed…`);
        await import('../src/modules/work/index.ts');
        result.bulkImportWithApprovalGate = {
          note: 'the same service path with src/modules/work installed (no policy defined): the gate runs per entry',
          ...(await bulk(db, main, size, chunk, 4, 'bulk with gate')),
        };
        save();
      }

      if (!skip.has('hledger')) {
        say(`5. hledger vs Steward on ${hledgerTxns} transactions…`);
        result.hledger = await hledgerVsSteward(db, dbUrl, owner.id, actor, hledgerTxns, runs, root);
        loads.end = loadavg().map(round);
        save();
      }
    } finally {
      await db.close();
    }
    result.serverExit = await server.stop();
    save();
    process.stdout.write(`${JSON.stringify(summary(result), null, 2)}\nwritten to ${file}\n`);
  } catch (err) {
    // what the server said last (its log goes away with the temp dir)
    const log = readFileSync(join(root, 'server.log'), 'utf8').trim().split('\n').slice(-30).join('\n');
    say(`server log (last lines):\n${log}`);
    throw err;
  } finally {
    closeSync(logFd);
    await stopAll();
    rmSync(root, { recursive: true, force: true });
  }
}

function summary(r: Record<string, unknown>): Record<string, unknown> {
  const get = (path: string) =>
    path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], r);
  return {
    bulkEntriesPerSecond: get('bulkImport.entriesPerSecond'),
    bulkParallelEntriesPerSecond: get('bulkImportParallel.entriesPerSecond'),
    bulkWithGateEntriesPerSecond: get('bulkImportWithApprovalGate.entriesPerSecond'),
    httpEntriesPerSecond: get('httpPosting.entriesPerSecond'),
    httpP50: get('httpPosting.latencyMs.p50'),
    httpP99: get('httpPosting.latencyMs.p99'),
    crashAllOrNothing: get('crash.allOrNothing'),
    crashVerifyClean: get('crash.verifyClean'),
    trialBalance: get('reports.trialBalance.latencyMs'),
    balanceSheet: get('reports.balanceSheet.latencyMs'),
    incomeStatement: get('reports.incomeStatement.latencyMs'),
    register: get('reports.registerPage100.latencyMs'),
    hledgerRatio: get('hledger.ratio'),
  };
}
