import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import { PUBLIC } from '../access/index.ts';
import { ErrorSchema, errorResponses } from './helpers.ts';
import type { AppEnv } from './types.ts';

/**
 * What every operation of the OpenAPI document states beyond its own route config, derived in one place so
 * that no route can forget it: a stable operationId, the security requirement its guard enforces and the
 * one error model's 4xx answers. `defineRoute` applies it to each route; `registerOpenApiDocument` adds the
 * shared parts (security schemes, tags) to the document.
 */

/** The security schemes the guard in route.ts accepts. */
export const securitySchemes = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'steward_session',
    description: 'The session cookie set by `POST /auth/sign-in`.',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description:
      'With a session cookie, every write also sends the `steward_csrf` cookie value in this header.',
  },
  bearer: {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token (`POST /me/tokens`), bound to one company.',
  },
} as const;

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/**
 * `get /sales/invoices/{id}/pdf` → `getSalesInvoicesByIdPdf`. Method and path are unique per route (the
 * registry refuses a duplicate), so the name is unique, and it only changes when the route itself does.
 */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      return param ? ['by', ...splitWords(param[1] as string)] : splitWords(segment);
    });
  return method.toLowerCase() + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function splitWords(segment: string): string[] {
  return segment.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

/**
 * Who may call: nobody needs credentials for a public route; otherwise a session cookie (plus the CSRF header
 * for writes) or a bearer token. An `authenticated` route and a company permission need the same credentials;
 * the permission itself is the route's `x-permission`.
 */
export function securityOf(method: string, permission: string): Array<Record<string, string[]>> {
  if (permission === PUBLIC) return [];
  const session: Record<string, string[]> = WRITES.has(method.toLowerCase())
    ? { session: [], csrf: [] }
    : { session: [] };
  return [session, { bearer: [] }];
}

/** The one error model's answers as shared components of the document, by status. */
const errorComponents: Record<keyof typeof errorResponses, string> = {
  400: 'BadRequest',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  422: 'InvalidInput',
};

/**
 * The route config as the document shows it: its own answers plus the one error model's 4xx answers, as
 * references to shared components (a route's own wording for a status stays). Public routes never answer
 * 401/403 from the guard, so they list only the others.
 */
export function documented<C extends RouteConfig>(config: C, permission: string): C {
  const responses: RouteConfig['responses'] = { ...config.responses };
  for (const [status, name] of Object.entries(errorComponents)) {
    if (permission === PUBLIC && (status === '401' || status === '403') && !responses[status]) continue;
    const own = responses[status];
    if (!own || own === errorResponses[Number(status) as keyof typeof errorResponses]) {
      responses[status] = { $ref: `#/components/responses/${name}` };
    }
  }
  return {
    ...config,
    operationId: config.operationId ?? operationIdOf(config.method, config.path),
    security: config.security ?? securityOf(config.method, permission),
    responses,
    'x-permission': permission,
  };
}

/** Short descriptions of the tags routes use; a new tag needs a line here (the contract test checks it). */
export const tagDescriptions: Record<string, string> = {
  setup: 'First-run setup of a new installation.',
  home: "The home page's figures for the caller's role: cash, receivables, payables, the books and what waits on them.",
  auth: 'Signing in and out, password reset and invitation links.',
  me: 'The signed-in user: profile, companies, API tokens, two-factor sign-in, invitations.',
  organisation: 'Companies, members, departments and their settings.',
  people: 'The people of a company and their departments.',
  roles: "A company's roles: the built-in templates and custom sets of permissions, and who holds which.",
  audit: 'The hash-chained audit trail.',
  jobs: 'Background jobs and their progress.',
  files: "Attachments of records, stored with their record's access.",
  views: "A person's own saved list views (filters and sort of a list), seen only by their owner.",
  ledger: 'The chart of accounts, journal entries, fiscal years and periods.',
  'ledger reports': 'Trial balance, balance sheet, profit and loss and other reports of the books.',
  'ledger recurring': 'Journal entries posted on a schedule.',
  tax: 'Tax codes and tax calculation.',
  sales: 'Invoices, credit notes, numbering series and sales settings.',
  parties: 'Customers and suppliers with their bank accounts.',
  'receivables and payables': 'Ageing, statements, dunning and the cash forecast.',
  purchasing: 'Supplier bills, their approval and posting, and captured documents.',
  payments: 'Payments received and made, and how they settle open items.',
  'payment runs': 'Batches of supplier payments released as a bank file.',
  banking: 'Bank accounts and imported statements.',
  'banking reconciliation': 'Matching statement lines to the books.',
  'work tasks': 'Tasks, templates and schedules of the work module.',
  'work approvals': 'Maker-checker approvals, policies, delegations and the inbox.',
  search: 'Global search across the kinds of record the caller may read.',
};

/** Serves the document at `/openapi.json` of the versioned app, with its security schemes. */
export function registerOpenApiDocument(v1: OpenAPIHono<AppEnv>): void {
  v1.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: documentInfo,
    servers: [{ url: '/api/v1' }],
    tags: Object.entries(tagDescriptions).map(([name, description]) => ({ name, description })),
  });
  for (const [name, scheme] of Object.entries(securitySchemes)) {
    v1.openAPIRegistry.registerComponent('securitySchemes', name, scheme);
  }
  v1.openAPIRegistry.register('Error', ErrorSchema);
  for (const [status, name] of Object.entries(errorComponents)) {
    v1.openAPIRegistry.registerComponent('responses', name, {
      description: errorResponses[Number(status) as keyof typeof errorResponses].description,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    });
  }
}

export const documentInfo = {
  title: 'Steward API',
  version: '1',
  description:
    'The back office API. Authenticate with a session cookie (writes also send `X-CSRF-Token`) or ' +
    '`Authorization: Bearer <token>`. Every error is `{ "error": { "code", "message", "details" } }`.',
  license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
};
