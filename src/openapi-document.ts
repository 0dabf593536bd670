import pino from 'pino';
import { compose } from './compose.ts';
import { loadConfig } from './platform/config.ts';
import type { Database } from './platform/db/index.ts';
import { buildApp } from './server.ts';

/**
 * The OpenAPI document of `/api/v1` without a database: routes only use their deps when a request comes, so
 * the app is built with a database that refuses every use and the document is asked for in-process. Used by
 * `npm run gen:api` (web/src/api/schema.gen.ts) and the contract test (redocly lint, freshness).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const noDatabase = new Proxy({} as Database, {
    get(_target, name) {
      if (name === 'url') return 'postgres://no-database.invalid/';
      return () => {
        throw new Error(`the OpenAPI document is built without a database, yet db.${String(name)} was used`);
      };
    },
  });
  const app = buildApp({
    db: noDatabase,
    config: { ...loadConfig({}), logLevel: 'silent' },
    log: pino({ level: 'silent' }),
    jobs: () => null,
    steward: compose(),
  });
  const res = await app.request('/api/v1/openapi.json');
  if (res.status !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}
