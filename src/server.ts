import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import type { Steward } from './compose.ts';
import { registerHomeRoutes } from './flows/home/routes.ts';
import { registerSetupChecklistRoute } from './flows/onboarding/setup-checklist.ts';
import { AppError } from './kernel/errors.ts';
import { registerBankAccountRoutes, registerReconcileRoutes } from './modules/banking/index.ts';
import {
  registerAccountRoutes,
  registerEntryRoutes,
  registerLedgerExtraRoutes,
  registerRecurringRoutes,
  registerReportRoutes,
} from './modules/ledger/index.ts';
import {
  authenticateSecret,
  loadPrincipal,
  registerMeRoutes,
  registerOrgRoutes,
  registerPeopleRoutes,
  registerPublicRoutes,
  registerRoleRoutes,
} from './modules/org/index.ts';
import { registerPartyRoutes } from './modules/parties/index.ts';
import { registerPaymentRoutes } from './modules/payments/index.ts';
import { registerBillRoutes, registerCaptureRoutes } from './modules/purchasing/index.ts';
import { registerReceivablesRoutes } from './modules/receivables/index.ts';
import { registerInvoiceRoutes, registerSalesSettingsRoutes } from './modules/sales/index.ts';
import { registerTaxRoutes } from './modules/tax/index.ts';
import { registerApprovalRoutes, registerTaskRoutes } from './modules/work/index.ts';
import { registerAuditRoutes } from './platform/audit/routes.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db/index.ts';
import { pendingMigrations } from './platform/db/migrate.ts';
import { registerFileRoutes } from './platform/files/index.ts';
import { createApiApp } from './platform/http/app.ts';
import { errorBody, toErrorResponse } from './platform/http/errors.ts';
import { documentInfo, registerOpenApiDocument } from './platform/http/openapi.ts';
import { apiReferencePage } from './platform/http/reference.ts';
import { requestScopedDatabase } from './platform/http/request-tx.ts';
import type { AppEnv, HttpDeps } from './platform/http/types.ts';
import type { Jobs } from './platform/jobs/index.ts';
import { registerSavedViewRoutes } from './platform/lists/index.ts';
import type { Logger } from './platform/log.ts';
import { registerSearchRoutes } from './platform/search/index.ts';

/** Composes the modules into one HTTP app: health, the versioned API with its OpenAPI document, the web UI. */
export interface ServerParts {
  db: Database;
  config: Config;
  log: Logger;
  jobs: () => Jobs | null;
  /** The composed services (src/compose.ts): the routes whose work crosses modules get theirs from here. */
  steward: Steward;
}

export const WEB_DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));

export function buildApp(parts: ServerParts): OpenAPIHono<AppEnv> {
  const deps: HttpDeps & { jobs: () => Jobs | null } = {
    ...parts,
    // Handlers' db joins the request transaction of an Idempotency-Key request (platform/http/request-tx.ts).
    db: requestScopedDatabase(parts.db),
    async authenticate(c) {
      const bearer = c.req.header('authorization');
      if (bearer) {
        const m = /^Bearer\s+(\S+)$/i.exec(bearer);
        const found = m?.[1] ? await authenticateSecret(parts.db, 'token', m[1]) : null;
        if (!found) throw new AppError('unauthenticated', 'The API token is invalid, revoked or expired.');
        return found;
      }
      const cookie = getCookie(c, 'steward_session');
      return cookie ? authenticateSecret(parts.db, 'session', cookie) : null;
    },
    loadPrincipal: (userId, companyId) => loadPrincipal(parts.db, userId, companyId),
  };

  const app = createApiApp(deps);
  app.get('/healthz', async (c) => {
    await parts.db.query('SELECT 1');
    return c.json({ status: 'ok' });
  });
  app.get('/readyz', async (c) => {
    const pending = await pendingMigrations(parts.db);
    if (pending.length) return c.json({ status: 'migrations_pending', pending }, 503);
    return c.json({ status: 'ok', migrations: 'current' });
  });

  const v1 = new OpenAPIHono<AppEnv>({ defaultHook: app.defaultHook as never });
  registerPublicRoutes(v1, deps, parts.steward.companies);
  registerMeRoutes(v1, deps);
  registerOrgRoutes(v1, deps, parts.steward.companies);
  registerSetupChecklistRoute(v1, deps);
  registerPeopleRoutes(v1, deps);
  registerRoleRoutes(v1, deps);
  registerAuditRoutes(v1, deps);
  registerAccountRoutes(v1, deps);
  registerEntryRoutes(v1, deps);
  registerReportRoutes(v1, deps);
  registerLedgerExtraRoutes(v1, deps);
  registerRecurringRoutes(v1, deps);
  registerTaskRoutes(v1, deps);
  registerApprovalRoutes(v1, deps);
  registerFileRoutes(v1, deps);
  registerSavedViewRoutes(v1, deps);
  registerTaxRoutes(v1, deps);
  registerInvoiceRoutes(v1, deps, parts.steward.sales);
  registerSalesSettingsRoutes(v1, deps);
  registerPartyRoutes(v1, deps);
  registerReceivablesRoutes(v1, deps);
  registerBillRoutes(v1, deps, parts.steward.purchasing);
  registerCaptureRoutes(v1, deps);
  registerPaymentRoutes(v1, deps, parts.steward.payments);
  registerBankAccountRoutes(v1, deps);
  registerReconcileRoutes(v1, deps, parts.steward.banking);
  registerHomeRoutes(v1, deps, parts.steward.home);
  registerSearchRoutes(v1, deps, parts.steward.search);
  registerOpenApiDocument(v1);
  v1.get('/docs', (c) =>
    c.html(apiReferencePage(v1.getOpenAPI31Document({ openapi: '3.1.0', info: documentInfo }))),
  );
  v1.onError((err, c) => toErrorResponse(c, err, c.get('log') ?? parts.log));
  app.route('/api/v1', v1);
  app.all('/api/*', (c) =>
    c.json(errorBody('not_found', `There is no API route ${c.req.method} ${c.req.path}.`), 404),
  );

  serveWeb(app);
  return app;
}

function serveWeb(app: OpenAPIHono<AppEnv>): void {
  const indexFile = join(WEB_DIST, 'index.html');
  app.use('/assets/*', serveStatic({ root: WEB_DIST }));
  app.use('/favicon.svg', serveStatic({ root: WEB_DIST }));
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.html(
        '<!doctype html><title>Steward</title><p>The web UI is not built yet: run <code>npm run build</code>.</p>',
        503,
      );
    }
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
