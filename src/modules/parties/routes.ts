import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { listOrExport } from '../../platform/http/export.ts';
import { body, ctxOf, IdParam, json, jsonOut, noContent } from '../../platform/http/helpers.ts';
import { defineRoute } from '../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../platform/http/types.ts';
import { readTable } from '../ledger/index.ts';
import {
  BankAccount,
  BankAccountInput,
  BankAccountList,
  BankDetails,
  Party,
  PartyFilter,
  PartyImportReport,
  PartyInput,
  PartyPage,
  PartyPatch,
} from './contract.ts';
import {
  addBankAccount,
  listBankAccounts,
  removeBankAccount,
  revealBankAccount,
} from './service/bank-accounts.ts';
import { EXPORT_COLUMNS, importParties, importTemplateCsv } from './service/io.ts';
import { createParty, getParty, listParties, updateParty } from './service/parties.ts';

export const ImportInput = z.object({
  format: z.enum(['csv', 'xlsx']),
  /** CSV text, or the XLSX file in base64. */
  content: z.string().max(20_000_000),
  dryRun: z.boolean().optional(),
});

const BankParams = z.object({ id: z.string().min(1).max(100), bankAccountId: z.string().min(1).max(100) });

/** Customers and vendors: CRUD, list/search/export, import, bank accounts (masked; reveal audited). */
export function registerPartyRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['parties'];

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/parties',
      permission: 'parties.read',
      tags,
      summary:
        'Customers and vendors: filter by role, q (name, code, VAT id, e-mail), active, country; ?format=csv|xlsx',
      request: { query: PartyFilter },
      responses: json(PartyPage),
    },
    async (c) => {
      const q = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      // A JSON page or a CSV/XLSX download: the typed-response check cannot see both.
      return (await listOrExport(
        c,
        q,
        q.role === 'vendor' ? 'vendors' : q.role === 'customer' ? 'customers' : 'parties',
        async (cursor, limit) => jsonOut(await listParties(db, companyId, { ...q, cursor, limit })),
        EXPORT_COLUMNS,
      )) as never;
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/parties',
      permission: 'parties.manage',
      tags,
      summary: 'Create a customer and/or vendor',
      request: { body: body(PartyInput) },
      responses: json(Party, 'Created', 201),
    },
    async (c) => c.json(jsonOut(await db.tx((tx) => createParty(tx, ctxOf(c), c.req.valid('json')))), 201),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/parties/import-template',
      // A read: the template holds no data, and a GET under a write permission would be a write route.
      permission: 'parties.read',
      tags,
      summary: 'The CSV template for POST /parties/import: every column it reads and one example row',
      responses: {
        200: {
          description: 'The template (CSV)',
          content: { 'text/csv': { schema: z.string() } },
        },
      },
    },
    async (c) =>
      c.body(importTemplateCsv(), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="parties-import-template.csv"',
      }) as never,
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/parties/import',
      permission: 'parties.manage',
      tags,
      summary: 'Import customers/vendors from CSV or XLSX; dryRun checks every row and writes nothing',
      request: { body: body(ImportInput) },
      responses: json(PartyImportReport),
    },
    async (c) => {
      const input = c.req.valid('json');
      const bytes =
        input.format === 'csv' ? Buffer.from(input.content, 'utf8') : Buffer.from(input.content, 'base64');
      const table = await readTable(input.format, bytes);
      return c.json(
        await db.tx((tx) => importParties(tx, ctxOf(c), table, { dryRun: input.dryRun ?? false })),
        200,
      );
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/parties/{id}',
      permission: 'parties.read',
      tags,
      summary: 'One customer or vendor with contacts and masked bank accounts',
      request: { params: IdParam() },
      responses: json(Party),
    },
    async (c) => c.json(jsonOut(await getParty(db, ctxOf(c).companyId, c.req.valid('param').id)), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'patch',
      path: '/parties/{id}',
      permission: 'parties.manage',
      tags,
      summary: 'Change a customer or vendor (contacts, when given, replace the list)',
      request: { params: IdParam(), body: body(PartyPatch) },
      responses: json(Party),
    },
    async (c) =>
      c.json(
        jsonOut(await db.tx((tx) => updateParty(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json')))),
        200,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/parties/{id}/bank-accounts',
      permission: 'parties.read',
      tags,
      summary: 'Bank accounts of a party, masked (last four characters)',
      request: { params: IdParam() },
      responses: json(BankAccountList),
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const companyId = ctxOf(c).companyId;
      await getParty(db, companyId, id);
      return c.json({ items: await listBankAccounts(db, companyId, id) }, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/parties/{id}/bank-accounts',
      permission: 'parties.manage',
      tags,
      summary: 'Add a bank account: IBAN (+ BIC) or US routing + account number; validated, stored encrypted',
      request: { params: IdParam(), body: body(BankAccountInput) },
      responses: json(BankAccount, 'Created', 201),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => addBankAccount(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
        201,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/parties/{id}/bank-accounts/{bankAccountId}',
      permission: 'parties.manage',
      tags,
      summary: 'Remove a bank account (kept for history; the next one becomes primary)',
      request: { params: BankParams },
      responses: noContent(),
    },
    async (c) => {
      const { id, bankAccountId } = c.req.valid('param');
      await db.tx((tx) => removeBankAccount(tx, ctxOf(c), id, bankAccountId));
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/parties/{id}/bank-accounts/{bankAccountId}/reveal',
      permission: 'parties.bank_details.read',
      tags,
      summary: 'The full IBAN or account number (recorded in the audit trail)',
      request: { params: BankParams },
      responses: json(BankDetails),
    },
    async (c) => {
      const { id, bankAccountId } = c.req.valid('param');
      return c.json(await db.tx((tx) => revealBankAccount(tx, ctxOf(c), id, bankAccountId)), 200);
    },
  );
}
