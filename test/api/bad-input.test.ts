import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, type OrgFixture } from '../../src/modules/org/factories.ts';
import type { Database } from '../../src/platform/db/index.ts';
import { type TestApp, type TestResponse, testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';
import { BOUNDARY_NUMBER_TEXTS, BOUNDARY_NUMBERS, PATTERN_TEXTS } from '../support/hostile.ts';

/**
 * Hostile input, generated from the OpenAPI document itself: for every operation, random bodies, queries and
 * path parameters (wrong types, missing and extra fields, huge and odd unicode strings, negative numbers), plus
 * malformed JSON, wrong content types and an oversized body — sent by an owner with a bearer token. The API
 * must never answer 5xx, must answer every 4xx with the error envelope, and must not write anything when it
 * rejects a request (checked with a checksum over every table).
 */

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents are untyped JSON here
type Json = any;

interface Operation {
  method: string;
  path: string; // OpenAPI path, relative to /api/v1
  params: { name: string; in: string; schema: Json }[];
  body: Json | null;
}

/**
 * Random requests per route: 20 while the API was small; now a budget of about 3,000 probes spread over every
 * route (each probe digests every table), never fewer than 6 per route.
 */
const PROBE_BUDGET = 3000;
const runsPerOperation = () => Math.min(20, Math.max(6, Math.floor(PROBE_BUDGET / operations.length)));

const fresh = withFreshDatabase();
let t: TestApp;
let org: OrgFixture;
let doc: Json;
let operations: Operation[];

beforeAll(async () => {
  t = testApp(fresh.db);
  org = await makeOrg(fresh.db);
  const res = await t.request('GET', '/api/v1/openapi.json');
  expect(res.status).toBe(200);
  doc = res.body;
  operations = [];
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      operations.push({
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
});

/**
 * One digest per table of every row, so "nothing was written" is a single comparison. Two things change by
 * design on rejected requests and are left out: failed sign-ins are recorded (signin_attempts, that is the
 * rate limiter's memory) and api_tokens.last_used_at is touched when a token is used.
 */
async function checksum(db: Database): Promise<Record<string, string>> {
  const tables = (
    await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'signin_attempts'
        ORDER BY table_name`,
    )
  ).rows.map((r) => r.name);
  const parts = tables.map(
    (name) =>
      `SELECT '${name}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(r, ',' ORDER BY r)), '') AS digest
         FROM (SELECT (to_jsonb(x) - 'last_used_at')::text AS r FROM "${name}" x) s`,
  );
  const { rows } = await db.query<{ name: string; digest: string }>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
}

// ---- arbitraries from JSON Schema ----

const HUGE = 'ẞ'.repeat(70_000);
const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '😀'.repeat(300),
  'Ω≈ç√∫˜µ≤≥÷',
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  '../../etc/passwd',
  '%00',
  '=cmd|calc',
  '-1',
  '1e309',
  'NaN',
  'null',
  '2024-02-30',
  '0000-00-00T00:00:00Z',
  HUGE,
  ...BOUNDARY_NUMBER_TEXTS,
  ...PATTERN_TEXTS,
);
const anyString = fc.oneof(
  { weight: 2, arbitrary: nasty },
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const anyNumber = fc.oneof(
  fc.integer(),
  fc.integer({ min: -1_000_000_000, max: -1 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e21, Number.MAX_SAFE_INTEGER + 2, -1, ...BOUNDARY_NUMBERS),
);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  anyString,
  anyNumber,
  fc.boolean(),
  fc.array(fc.oneof(anyString, anyNumber), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(anyString, anyNumber), { maxKeys: 3 }),
);

function resolve(schema: Json): Json {
  if (schema?.$ref) return resolve(doc.components.schemas[String(schema.$ref).split('/').pop()!]);
  return schema ?? {};
}

function stringFor(schema: Json): fc.Arbitrary<string> {
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === 'date')
    return fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern));
    } catch {
      /* a pattern fast-check cannot invert */
    }
  }
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 60) });
}

function validish(schemaIn: Json, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(schemaIn);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s: Json) => validish(s, depth + 1)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'any'];
  const arbs = types.map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'string':
        // Sometimes with a NUL at the end: valid-looking text that PostgreSQL cannot store.
        return fc.oneof(
          { weight: 4, arbitrary: stringFor(schema) },
          { weight: 1, arbitrary: stringFor(schema).map((v) => `${v}\u0000`) },
        );
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -100, max: schema.maximum ?? 100 });
      case 'number':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 3 ? fc.constant([]) : fc.array(value(schema.items, depth + 1), { maxLength: 3 });
      case 'object':
        return depth > 3 ? fc.constant({}) : objectOf(schema, depth);
      default:
        return junk;
    }
  });
  return arbs.length === 1 ? arbs[0]! : fc.oneof(...arbs);
}

/** Mostly well-typed values, sometimes anything at all. */
function value(schema: Json, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: validish(schema, depth) }, { weight: 1, arbitrary: junk });
}

/** Any subset of the declared fields (so required ones go missing), plus sometimes extra fields. */
function objectOf(schema: Json, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.entries<Json>(schema.properties ?? {});
  const declared = fc.record(Object.fromEntries(props.map(([k, s]) => [k, value(s, depth + 1)])), {
    requiredKeys: [],
  });
  const extra = fc.dictionary(
    fc.constantFrom('extra', 'isAdmin', 'role', '__proto__', 'companyId', 'id'),
    junk,
    {
      maxKeys: 2,
    },
  );
  return fc.tuple(declared, fc.option(extra, { freq: 3 })).map(([d, e]) => ({ ...(e ?? {}), ...d }));
}

const pathParam = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.constantFrom('dep_00000000000000000000000000', 'usr_01ARZ3NDEKTSV4RRFFQ69G5FAV', '..', '%2e', '-1', '0'),
  fc.constant('x'.repeat(300)),
);

const cursorParam = fc.oneof(
  anyString,
  // Well-formed cursors (base64url JSON arrays) carrying values of the wrong kind.
  fc
    .array(fc.oneof(anyString, anyNumber, fc.constant(null), fc.constant({})), { maxLength: 3 })
    .map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
);

function queryParam(param: { name: string; schema: Json }): fc.Arbitrary<string> {
  if (param.name === 'cursor') return cursorParam;
  return fc.oneof(
    validish(param.schema).map((v) => String(v)),
    anyString,
    anyNumber.map(String),
  );
}

interface GeneratedRequest {
  path: string;
  body: unknown;
  kind: 'json' | 'none';
}

function requestFor(op: Operation): fc.Arbitrary<GeneratedRequest> {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  const pathArb = fc.tuple(...pathParams.map(() => pathParam)).map((values) => {
    let path = op.path;
    pathParams.forEach((p, i) => {
      path = path.replace(`{${p.name}}`, encodeURIComponent(values[i] as string));
    });
    return path;
  });
  const queryArb = fc
    .record(Object.fromEntries(queryParams.map((p) => [p.name, queryParam(p)])), { requiredKeys: [] })
    .chain((q) =>
      fc
        .option(fc.dictionary(fc.constantFrom('limit', 'sort', 'zzz', 'format'), anyString, { maxKeys: 2 }))
        .map((extra) =>
          new URLSearchParams({ ...(extra ?? {}), ...(q as Record<string, string>) }).toString(),
        ),
    );
  const bodyArb: fc.Arbitrary<{ body: unknown; kind: 'json' | 'none' }> = op.body
    ? fc.oneof(
        { weight: 4, arbitrary: value(op.body).map((body) => ({ body, kind: 'json' as const })) },
        { weight: 1, arbitrary: junk.map((body) => ({ body, kind: 'json' as const })) },
        { weight: 1, arbitrary: fc.constant({ body: undefined, kind: 'none' as const }) },
      )
    : op.method === 'GET'
      ? fc.constant({ body: undefined, kind: 'none' as const })
      : fc.oneof(
          fc.constant({ body: undefined, kind: 'none' as const }),
          junk.map((body) => ({ body, kind: 'json' as const })),
        );
  return fc.tuple(pathArb, queryArb, bodyArb).map(([path, query, b]) => ({
    path: `/api/v1${path}${query ? `?${query}` : ''}`,
    ...b,
  }));
}

// ---- the checks ----

function checkErrorShape(res: TestResponse, what: string): void {
  expect(res.status, `${what} → ${res.status} ${res.text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get('content-type'), what).toMatch(/application\/json/);
    expect(typeof res.body?.error?.code, `${what}: ${res.text.slice(0, 200)}`).toBe('string');
    expect(typeof res.body.error.message, what).toBe('string');
    expect(res.text, what).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|"stack"/);
  }
}

/** Sends the request and checks status, envelope and — if rejected — that no table changed. */
async function probe(
  state: { sums: Record<string, string> },
  method: string,
  path: string,
  send: Parameters<TestApp['request']>[2],
): Promise<TestResponse> {
  const res = await t.request(method, path, { token: org.people.owner.token, ...send });
  const what = `${method} ${path.slice(0, 200)} body=${JSON.stringify(send?.body ?? null).slice(0, 200)}`;
  checkErrorShape(res, what);
  const sums = await checksum(fresh.db);
  if (res.status >= 400) expect(sums, `${what} was rejected (${res.status}) but wrote`).toEqual(state.sums);
  state.sums = sums;
  return res;
}

describe('random requests from the OpenAPI document', () => {
  it('covers every registered route', async () => {
    const { registeredRoutes } = await import('../../src/platform/http/route.ts');
    const documented = new Set(operations.map((o) => `${o.method} /api/v1${o.path}`));
    const missing = registeredRoutes()
      .map((r) => `${r.method.toUpperCase()} ${r.path}`)
      .filter((k) => !documented.has(k));
    expect(missing).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(40);
  });

  it('never 5xx, always the error envelope, nothing written when rejected', async () => {
    const state = { sums: await checksum(fresh.db) };
    const statuses = new Map<number, number>();
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(requestFor(op), async (req) => {
          const res = await probe(state, op.method, req.path, req.kind === 'json' ? { body: req.body } : {});
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        }),
        { numRuns: runsPerOperation(), endOnFailure: true },
      );
    }
    // The generator reaches both sides: some requests pass validation, most do not.
    expect([...statuses.keys()].some((s) => s < 300)).toBe(true);
    expect(statuses.get(422) ?? 0).toBeGreaterThan(50);
  }, 600_000);
});

describe('boundary numbers and pattern characters on every field', () => {
  /** Each goes into every query parameter, path parameter and body field (also nested), one at a time. */
  const VALUES: unknown[] = [
    '9223372036854775807',
    Number('9223372036854775807'),
    '99999999999999999',
    '1e400',
    1e308,
    -0,
    'NaN',
    '\\',
    '%_\\',
  ];

  /** Every leaf path of a sample body, plus each declared top-level field. */
  function leafPaths(
    v: unknown,
    schema: Json,
    prefix: (string | number)[] = [],
    depth = 0,
  ): (string | number)[][] {
    const out: (string | number)[][] = [];
    if (depth > 4) return out;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        out.push(...leafPaths(x, null, [...prefix, i], depth + 1));
      });
    } else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) out.push(...leafPaths(x, null, [...prefix, k], depth + 1));
    else if (prefix.length) out.push(prefix);
    if (schema) for (const k of Object.keys(resolve(schema).properties ?? {})) out.push([k]);
    return out;
  }

  function withValue(body: unknown, path: (string | number)[], value: unknown): unknown {
    const copy = structuredClone(body ?? {}) as Record<string | number, unknown>;
    let at: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) {
      if (!at[key] || typeof at[key] !== 'object') at[key] = {};
      at = at[key] as Record<string | number, unknown>;
    }
    at[path[path.length - 1] as string | number] = value;
    return copy;
  }

  it('never 5xx, always the error envelope', async () => {
    let sent = 0;
    for (const op of operations) {
      const pathParams = op.params.filter((p) => p.in === 'path');
      const queryParams = op.params.filter((p) => p.in === 'query');
      const fill = (name: string | null, value: unknown) =>
        `/api/v1${op.path.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(n === name ? String(value) : 'x'))}`;
      const [sample] = op.body ? fc.sample(validish(op.body), { numRuns: 1, seed: 9 }) : [undefined];
      const requests: { path: string; body?: unknown }[] = [];
      for (const value of VALUES) {
        for (const p of pathParams) requests.push({ path: fill(p.name, value), body: sample });
        for (const q of queryParams)
          requests.push({
            path: `${fill(null, '')}?${new URLSearchParams({ [q.name]: String(value) })}`,
            body: sample,
          });
        if (op.body)
          for (const leaf of leafPaths(sample, op.body))
            requests.push({ path: fill(null, ''), body: withValue(sample, leaf, value) });
      }
      for (const r of requests) {
        const res = await t.request(op.method, r.path, {
          token: org.people.owner.token,
          ...(op.method !== 'GET' && r.body !== undefined ? { body: r.body } : {}),
        });
        checkErrorShape(
          res,
          `${op.method} ${r.path.slice(0, 200)} body=${JSON.stringify(r.body ?? null).slice(0, 300)}`,
        );
        sent++;
      }
    }
    expect(sent).toBeGreaterThan(1000);
  }, 600_000);
});

describe('malformed requests', () => {
  const writes = () => operations.filter((o) => o.body);

  /** The operation's path with parameters that pass their own validation, so that the body is what fails. */
  const validPath = (op: Operation) =>
    `/api/v1${op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const schema = op.params.find((p) => p.in === 'path' && p.name === name)?.schema ?? { type: 'string' };
      const [sample] = fc.sample(stringFor({ ...resolve(schema), minLength: 1 }), { numRuns: 1, seed: 7 });
      return encodeURIComponent(String(sample));
    })}`;

  it('malformed JSON is a 400 bad_request on every route with a body', { timeout: 120_000 }, async () => {
    const state = { sums: await checksum(fresh.db) };
    for (const op of writes()) {
      for (const text of ['{"a":', '{name: 1}', '[1,2', '\u0000', '{"a":1}}']) {
        const res = await probe(state, op.method, validPath(op), { body: text });
        expect(res.status, `${op.method} ${op.path} ${text}`).toBe(400);
        expect(res.body.error.code).toBe('bad_request');
      }
    }
  });

  it('text/plain and form bodies are a 415 on every route with a body', { timeout: 120_000 }, async () => {
    const state = { sums: await checksum(fresh.db) };
    for (const op of writes()) {
      const path = validPath(op);
      for (const [type, text] of [
        ['text/plain', '{"name":"x"}'],
        ['application/x-www-form-urlencoded', 'name=x&code=y'],
        [
          'multipart/form-data; boundary=zz',
          '--zz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--zz--',
        ],
      ] as const) {
        // As a real client sends it (with Content-Length), and as a stream without one.
        for (const length of [String(Buffer.byteLength(text)), undefined]) {
          const headers: Record<string, string> = {
            'content-type': type,
            ...(length ? { 'content-length': length } : {}),
          };
          const res = await probe(state, op.method, path, { body: text, headers });
          expect(res.status, `${op.method} ${op.path} ${type} length=${length}`).toBe(415);
          expect(res.body.error.code).toBe('unsupported_media_type');
        }
      }
    }
  });

  it('a body over 1 MB is a 413, with or without Content-Length', async () => {
    const state = { sums: await checksum(fresh.db) };
    const big = JSON.stringify({ code: 'BIG', name: 'x'.repeat(1024 * 1024 + 10) });
    const res = await probe(state, 'POST', '/api/v1/departments', { body: big });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    const withLength = await probe(state, 'POST', '/api/v1/departments', {
      body: big,
      headers: { 'content-length': String(Buffer.byteLength(big)) },
    });
    expect(withLength.status).toBe(413);
    const signIn = await probe(state, 'POST', '/api/v1/auth/sign-in', { body: big });
    expect(signIn.status).toBe(413);
  });

  it('a just-under-limit body is not a 413', async () => {
    const state = { sums: await checksum(fresh.db) };
    const body = JSON.stringify({ code: 'NEAR', name: 'x'.repeat(1000 * 1000) });
    const res = await probe(state, 'POST', '/api/v1/departments', { body });
    expect(res.status).toBe(422); // name too long, but the body was read
  });
});

describe('input PostgreSQL cannot take', () => {
  const cursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

  it('a NUL character anywhere is a 422, not a 500', async () => {
    const state = { sums: await checksum(fresh.db) };
    const cases: [string, string, unknown][] = [
      ['GET', `/api/v1/people?q=${encodeURIComponent('a\u0000')}`, undefined],
      ['GET', `/api/v1/people?format=csv&q=${encodeURIComponent('a\u0000')}`, undefined],
      ['GET', `/api/v1/departments?format=xlsx&q=${encodeURIComponent('a\u0000')}`, undefined],
      ['GET', `/api/v1/people/${encodeURIComponent('\u0000')}`, undefined],
      ['GET', `/api/v1/departments/${encodeURIComponent('d\u0000')}`, undefined],
      ['POST', '/api/v1/auth/sign-in', { email: 'a\u0000@example.test', password: 'whatever' }],
      ['POST', '/api/v1/departments', { code: 'NUL', name: 'n\u0000' }],
      ['PATCH', '/api/v1/me', { name: 'n\u0000' }],
      ['POST', '/api/v1/me/tokens', { name: 'n\u0000' }],
      ['POST', '/api/v1/invitations', { email: 'nul@example.test', role: 'admin', jobTitle: '\u0000' }],
    ];
    for (const [method, path, body] of cases) {
      const res = await probe(state, method, path, body === undefined ? {} : { body });
      expect(res.status, `${method} ${path}`).toBe(422);
      expect(res.body.error.code).toBe('validation');
    }
  });

  it('a well-formed cursor with values of the wrong kind is a 422', async () => {
    const state = { sums: await checksum(fresh.db) };
    for (const path of ['/api/v1/audit', '/api/v1/people', '/api/v1/departments', '/api/v1/jobs']) {
      for (const value of [['not a time', 'x'], ['2024-01-01T00:00:00Z', 'not a number'], 'nope', {}]) {
        const res = await probe(state, 'GET', `${path}?cursor=${cursor(value)}`, {});
        expect([200, 422], `${path} ${JSON.stringify(value)}`).toContain(res.status);
      }
    }
    const audit = await probe(state, 'GET', `/api/v1/audit?cursor=${cursor(['not a time', 'x'])}`, {});
    expect(audit.status).toBe(422);
  });
});
