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
import { addMember, createUser } from '../src/modules/org/index.ts';
import { SYSTEM_ACTOR } from '../src/platform/context.ts';
import { urlFor } from '../src/platform/db/embedded.ts';
import { openDatabase } from '../src/platform/db/index.ts';
import {
  createToken,
  freePort,
  killAll,
  type ServerHandle,
  signIn,
  startServer,
  stopEmbeddedPostgres,
} from '../test/support/process.ts';

/**
 * Read throughput of the API over loopback: authenticated `GET /api/v1/people/{id}` and
 * `GET /api/v1/people?limit=50` against a real `steward start` (embedded PostgreSQL in a temp dir, or
 * BENCH_DATABASE_URL — an empty database, it gets a company and 200 people). A small keep-alive client
 * keeps N requests in flight for a fixed time and records every latency.
 *
 *   npm run bench -- api [--duration 10] [--connections 16] [--log-level info] [--profile DIR]
 */
const ADMIN = { email: 'bench@steward.local', password: 'bench-password-123' };
const PEOPLE = 200;

interface Scenario {
  name: string;
  path: string;
  durationS: number;
  connections: number;
  requests: number;
  errors: number;
  nonOk: number;
  requestsPerSecond: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
}

function option(args: string[], name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
}

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** `connections` loops, each one request at a time on its own keep-alive socket, until the time is up. */
async function load(
  base: URL,
  path: string,
  token: string,
  connections: number,
  durationS: number,
  record: boolean,
): Promise<Omit<Scenario, 'name' | 'path'>> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let nonOk = 0;
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  const deadline = performance.now() + durationS * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = request({ host: base.hostname, port: base.port, path, agent, headers }, (res) => {
        res.on('data', () => {});
        res.on('end', () => {
          if (res.statusCode !== 200) nonOk++;
          if (record) latencies.push(performance.now() - started);
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  const sum = latencies.reduce((a, b) => a + b, 0);
  return {
    durationS: round(elapsed),
    connections,
    requests: latencies.length,
    errors,
    nonOk,
    requestsPerSecond: Math.round(latencies.length / elapsed),
    latencyMs: {
      mean: round(sum / Math.max(1, latencies.length)),
      p50: round(percentile(sorted, 50)),
      p90: round(percentile(sorted, 90)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.at(-1) ?? 0),
    },
  };
}

export async function run(args: string[]): Promise<void> {
  const loadAtStart = loadavg().map(round);
  const durationS = Math.min(20, Number(option(args, 'duration', '10')));
  const connections = Number(option(args, 'connections', '16'));
  const logLevel = option(args, 'log-level', 'info');
  // --profile DIR: the server writes a V8 CPU profile there when it stops (open it in Chrome DevTools)
  const profileDir = option(args, 'profile', '');
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
  try {
    const env = {
      ...(external
        ? { DATABASE_URL: external }
        : { STEWARD_DATA_DIR: dataDir, STEWARD_PG_PORT: String(await freePort()) }),
      STEWARD_ADMIN_EMAIL: ADMIN.email,
      STEWARD_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: logLevel,
    };
    process.stderr.write(`starting steward (${external ? 'BENCH_DATABASE_URL' : 'embedded PostgreSQL'})…\n`);
    server = await startServer(env, {
      timeoutMs: 60_000,
      stdoutFd: logFd,
      ...(profileDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {}),
    });
    const session = await signIn(server.url, ADMIN.email, ADMIN.password);
    const token = await createToken(server.url, session);

    const dbUrl = external ?? urlFor(JSON.parse(readFileSync(join(dataDir, 'pg.json'), 'utf8')));
    const db = openDatabase(dbUrl, { max: 2, applicationName: 'steward-bench' });
    let personId: string;
    let serverVersion: string;
    try {
      const company = (await db.query<{ id: string }>('SELECT id FROM companies ORDER BY created_at LIMIT 1'))
        .rows[0]!.id;
      const ctx = { actor: SYSTEM_ACTOR, companyId: company, requestId: 'bench' };
      await db.tx(async (tx) => {
        for (let i = 0; i < PEOPLE; i++) {
          const u = await createUser(tx, SYSTEM_ACTOR, 'bench', company, {
            email: `p${i}@bench.local`,
            name: `Person ${i}`,
          });
          await addMember(tx, ctx, {
            userId: u.id,
            role: i % 10 ? 'assistant' : 'manager',
            jobTitle: `Job ${i % 7}`,
          });
        }
      });
      personId = (await db.query<{ id: string }>(`SELECT id FROM users WHERE email = 'p100@bench.local'`))
        .rows[0]!.id;
      serverVersion = (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v"))
        .rows[0]!.v;
    } finally {
      await db.close();
    }

    const base = new URL(server.url);
    const paths = [
      { name: 'GET /api/v1/people/{id}', path: `/api/v1/people/${personId}` },
      { name: 'GET /api/v1/people?limit=50', path: '/api/v1/people?limit=50' },
      // the floor: HTTP stack plus one `SELECT 1`, no authentication
      { name: 'GET /healthz (baseline)', path: '/healthz' },
    ];
    const scenarios: Scenario[] = [];
    for (const p of paths) {
      process.stderr.write(`${p.name}: warm-up 2 s, then ${durationS} s with ${connections} connections…\n`);
      await load(base, p.path, token, connections, 2, false);
      scenarios.push({
        name: p.name,
        path: p.path.replace(personId, '{id}'),
        ...(await load(base, p.path, token, connections, durationS, true)),
      });
    }
    const stopped = await server.stop();

    const date = new Date().toISOString();
    const result = {
      benchmark: 'api',
      date,
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGiB: round(totalmem() / 2 ** 30),
        freeMemoryGiB: round(freemem() / 2 ** 30),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        // server, PostgreSQL and this client share the cores; other work on the machine shows up here
        loadAverage1m5m15mAtStart: loadAtStart,
      },
      setup: {
        database: external
          ? `DATABASE_URL (PostgreSQL ${serverVersion})`
          : `embedded PostgreSQL ${serverVersion}`,
        client: 'node:http keep-alive loops on loopback, same machine as the server',
        logLevel,
        people: PEOPLE,
        serverExit: stopped,
      },
      goal: { scenario: 'GET /api/v1/people/{id}', requestsPerSecond: 5000 },
      scenarios,
    };
    const dir = fileURLToPath(new URL('./results/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `api-${date.slice(0, 10)}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    for (const s of scenarios) {
      process.stdout.write(
        `${s.name.padEnd(30)} ${String(s.requestsPerSecond).padStart(6)} req/s   p50 ${s.latencyMs.p50} ms   p99 ${s.latencyMs.p99} ms   (${s.requests} requests, ${s.errors} errors, ${s.nonOk} non-200)\n`,
      );
    }
    process.stdout.write(`written to ${file}\n`);
  } finally {
    closeSync(logFd);
    await stopAll();
    rmSync(root, { recursive: true, force: true });
  }
}
