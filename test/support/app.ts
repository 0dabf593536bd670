import pino, { type Logger } from 'pino';
import type { SessionFixture } from '../../src/modules/org/factories.ts';
import { type Config, loadConfig } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db/index.ts';
import { buildApp } from '../../src/server.ts';
import { steward } from './compose.ts';

/**
 * The whole HTTP app in-process (no socket): `app.request()` runs the real middleware, guard, validation and
 * services against the test file's own database.
 */
export const TEST_PUBLIC_URL = 'http://steward.test';

export interface RequestOptions {
  /** An object is sent as JSON; a string is sent as-is (Content-Type still JSON unless headers say otherwise). */
  body?: unknown;
  /** Bearer API token. */
  token?: string;
  /** A session: sends both cookies and, for writes, X-CSRF-Token (unless `csrf: false`). */
  session?: SessionFixture | { token: string; csrfToken: string };
  csrf?: boolean;
  /** A raw Cookie header (added to the session cookies, if any). */
  cookie?: string;
  /** X-Company-Id. */
  company?: string;
  headers?: Record<string, string>;
  /** The socket peer's address (default 127.0.0.1, a trusted proxy by default: X-Forwarded-For is believed). */
  peer?: string;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  bytes: Buffer;
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies are checked field by field in the tests
  body: any;
  /** All Set-Cookie headers. */
  cookies: string[];
}

export interface TestApp {
  app: ReturnType<typeof buildApp>;
  config: Config;
  db: Database;
  request(method: string, path: string, opts?: RequestOptions): Promise<TestResponse>;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), publicUrl: TEST_PUBLIC_URL, logLevel: 'silent', ...overrides };
}

export function testApp(db: Database, overrides: Partial<Config> = {}, log?: Logger): TestApp {
  const config = testConfig(overrides);
  const app = buildApp({ db, config, log: log ?? pino({ level: 'silent' }), jobs: () => null, steward });

  async function request(method: string, path: string, opts: RequestOptions = {}): Promise<TestResponse> {
    const headers = new Headers(opts.headers ?? {});
    const upper = method.toUpperCase();
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    if (opts.token) headers.set('authorization', `Bearer ${opts.token}`);
    if (opts.company) headers.set('x-company-id', opts.company);
    const cookies: string[] = [];
    if (opts.session) {
      cookies.push(`steward_session=${opts.session.token}`, `steward_csrf=${opts.session.csrfToken}`);
      if (WRITES.has(upper) && opts.csrf !== false && !headers.has('x-csrf-token'))
        headers.set('x-csrf-token', opts.session.csrfToken);
    }
    if (opts.cookie) cookies.push(opts.cookie);
    if (cookies.length) headers.set('cookie', cookies.join('; '));
    // What @hono/node-server hands the app as its environment: the socket the request came in on.
    const env = { incoming: { socket: { remoteAddress: opts.peer ?? '127.0.0.1' } } };
    const res = await app.request(path, { method: upper, headers, body }, env);
    const bytes = Buffer.from(await res.arrayBuffer());
    const text = bytes.toString('utf8');
    const type = res.headers.get('content-type') ?? '';
    let parsed: unknown = text;
    if (type.includes('json') && text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return {
      status: res.status,
      headers: res.headers,
      text,
      bytes,
      body: parsed,
      cookies: res.headers.getSetCookie(),
    };
  }

  return { app, config, db, request };
}

/** The value of cookie `name` from Set-Cookie headers, and its attributes. */
export function cookieFrom(
  cookies: string[],
  name: string,
): { value: string; attributes: string[] } | undefined {
  const line = cookies.find((c) => c.startsWith(`${name}=`));
  if (!line) return undefined;
  const [pair, ...attributes] = line.split(';').map((s) => s.trim());
  return { value: decodeURIComponent(pair!.slice(name.length + 1)), attributes };
}

/** The session that a sign-in / setup / accept response set, ready to pass as `session`. */
export function sessionFrom(res: TestResponse): { token: string; csrfToken: string } {
  const token = cookieFrom(res.cookies, 'steward_session')?.value;
  const csrfToken = cookieFrom(res.cookies, 'steward_csrf')?.value;
  if (!token || !csrfToken) throw new Error(`no session cookies in response ${res.status}: ${res.text}`);
  return { token, csrfToken };
}

/** Fills `{name}` path parameters. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name} of ${path}`);
    return encodeURIComponent(value);
  });
}
