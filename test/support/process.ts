import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Helpers for tests (and bench/) that run the real `steward` command as child processes: the CLI, servers
 * started with `steward start`. Every child is tracked; call `killAll()` in afterAll/afterEach so a failing
 * test never leaves a server behind.
 */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const STEWARD_BIN = fileURLToPath(new URL('../../bin/steward.js', import.meta.url));

const children = new Set<ChildProcess>();

/** A TCP port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The environment a child gets: ours minus anything that would point it at another database or server. */
export function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'test' };
  for (const key of [
    'DATABASE_URL',
    'STEWARD_DATA_DIR',
    'STEWARD_PG_PORT',
    'PORT',
    'STEWARD_ADMIN_EMAIL',
    'STEWARD_ADMIN_PASSWORD',
    'SMTP_URL',
  ])
    delete env[key];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `steward ARGS…` to completion. */
export async function runCli(
  args: string[],
  opts: { env: Record<string, string | undefined>; input?: string; timeoutMs?: number },
): Promise<CliResult> {
  const child = spawn(process.execPath, [STEWARD_BIN, ...args], {
    cwd: ROOT,
    env: childEnv(opts.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.end(opts.input ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 90_000);
  try {
    const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
    return { code, signal, stdout, stderr };
  } finally {
    clearTimeout(timer);
    children.delete(child);
  }
}

export interface ServerHandle {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM and wait; SIGKILL if it is still alive after `graceMs`. */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function track(child: ChildProcess): ServerHandle['exited'] {
  children.add(child);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
  });
}

export interface ServerOptions {
  /** A file descriptor for the server's stdout (its request log) instead of keeping it in memory. */
  stdoutFd?: number;
  /** Extra node flags for the server process, e.g. ['--cpu-prof']. */
  nodeArgs?: string[];
}

/** Spawns `steward start` without waiting for it (for tests that expect it to refuse). */
export function spawnServer(
  env: Record<string, string | undefined>,
  port: number,
  opts: ServerOptions = {},
): ServerHandle {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), STEWARD_BIN, 'start'], {
    cwd: ROOT,
    env: childEnv({ PORT: String(port), ...env }),
    stdio: ['ignore', opts.stdoutFd ?? 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = track(child);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => out,
    exited,
    async stop(graceMs = 15_000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        try {
          return await exited;
        } finally {
          clearTimeout(timer);
        }
      }
      return exited;
    },
  };
}

/** Starts `steward start` on a free port (unless given) and waits until /readyz answers 200. */
export async function startServer(
  env: Record<string, string | undefined>,
  opts: { port?: number; timeoutMs?: number } & ServerOptions = {},
): Promise<ServerHandle> {
  const port = opts.port ?? (await freePort());
  const server = spawnServer(env, port, opts);
  await waitReady(server, opts.timeoutMs ?? 45_000);
  return server;
}

export async function waitReady(server: ServerHandle, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void server.exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) throw new Error(`steward start exited before it was ready:\n${server.output()}`);
    try {
      const res = await fetch(`${server.url}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.stop(2000);
  throw new Error(`steward start was not ready within ${timeoutMs} ms:\n${server.output()}`);
}

/** Kills every child these helpers started that is still running (SIGKILL: tests end, no grace needed). */
export async function killAll(): Promise<void> {
  const alive = [...children].filter((c) => c.exitCode === null && c.signalCode === null);
  await Promise.all(
    alive.map(async (c) => {
      const gone = once(c, 'exit');
      c.kill('SIGKILL');
      await gone;
    }),
  );
  children.clear();
}

/** Signs in with e-mail and password; returns the cookie header to send and the CSRF token. */
export async function signIn(
  baseUrl: string,
  email: string,
  password: string,
): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0] as string);
  const csrf = cookies.find((c) => c.startsWith('steward_csrf='))?.slice('steward_csrf='.length) ?? '';
  return { cookie: cookies.join('; '), csrf };
}

/** Creates an API token over the API with a signed-in session. */
export async function createToken(
  baseUrl: string,
  session: { cookie: string; csrf: string },
): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/me/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: JSON.stringify({ name: `t-${Date.now()}` }),
  });
  if (res.status !== 201) throw new Error(`token create failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** JSON request with a bearer token. */
export async function api(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed };
}

/**
 * Stops an embedded PostgreSQL left behind under `dataDir` (after a test SIGKILLed its server): SIGINT is
 * PostgreSQL's fast shutdown. A no-op when none runs.
 */
export async function stopEmbeddedPostgres(dataDir: string): Promise<void> {
  const pid = postmasterPid(dataDir);
  if (!pid) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100 && postmasterPid(dataDir) === pid; i++)
    await new Promise((r) => setTimeout(r, 100));
}

/** The pid in `<dataDir>/pg/postmaster.pid` if that process is alive. */
export function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    return isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Whether a process runs. A zombie does not count: an orphan that exited stays one until PID 1 reaps it, and
 * kill(pid, 0) still succeeds on it.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}
