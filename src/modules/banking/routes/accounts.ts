import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { readLimited } from '../../../platform/files/service.ts';
import { body, ctxOf, ErrorSchema, IdParam, json } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import {
  BankAccount,
  BankAccountInput,
  BankAccountList,
  BankAccountPatch,
  CsvMapping,
  CsvMappingInput,
  CsvMappingList,
  CsvPreview,
  ImportQuery,
  ImportResult,
  PreviewInput,
  StatementList,
  StatementWithLines,
} from '../contract.ts';
import {
  createBankAccount,
  getBankAccount,
  listBankAccounts,
  updateBankAccount,
} from '../service/accounts.ts';
import { listCsvMappings, previewCsv, saveCsvMapping } from '../service/mappings.ts';
import { getStatement, importStatement, listStatements, statementLines } from '../service/statements.ts';

/** The one banking path with a raw (non-JSON) body: the statement file. src/platform/http/app.ts lets it through. */
export const IMPORT_PATH = '/api/v1/banking/imports';

const errorOf = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

export function registerBankAccountRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db, config } = deps;
  const tags = ['banking'];
  const read = 'banking.read';

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/banking/accounts',
      permission: read,
      tags,
      summary: 'Bank and cash accounts (active ones; ?all=true for closed ones too)',
      request: { query: z.object({ all: z.enum(['true', 'false']).optional() }) },
      responses: json(BankAccountList),
    },
    async (c) =>
      c.json(
        {
          items: await listBankAccounts(db, ctxOf(c).companyId, {
            includeInactive: c.req.valid('query').all === 'true',
          }),
        },
        200,
      ),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/banking/accounts',
      permission: 'banking.manage',
      tags,
      summary: 'Add a bank or cash account linked to a ledger asset account',
      request: { body: body(BankAccountInput) },
      responses: json(BankAccount, 'Created', 201),
    },
    async (c) => c.json(await db.tx((tx) => createBankAccount(tx, ctxOf(c), c.req.valid('json'))), 201),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/banking/accounts/{id}',
      permission: read,
      tags,
      summary: 'One bank account',
      request: { params: IdParam() },
      responses: json(BankAccount),
    },
    async (c) => c.json(await getBankAccount(db, ctxOf(c).companyId, c.req.valid('param').id), 200),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'patch',
      path: '/banking/accounts/{id}',
      permission: 'banking.manage',
      tags,
      summary: 'Rename, set as default for its currency, close or reopen a bank account',
      request: { params: IdParam(), body: body(BankAccountPatch) },
      responses: json(BankAccount),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => updateBankAccount(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/banking/accounts/{id}/statements',
      permission: read,
      tags,
      summary: "An account's imported statements, newest first, with continuity",
      request: { params: IdParam() },
      responses: json(StatementList),
    },
    async (c) =>
      c.json({ items: await listStatements(db, ctxOf(c).companyId, c.req.valid('param').id) }, 200),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/banking/accounts/{id}/mappings',
      permission: read,
      tags,
      summary: "An account's saved CSV mappings",
      request: { params: IdParam() },
      responses: json(CsvMappingList),
    },
    async (c) =>
      c.json({ items: await listCsvMappings(db, ctxOf(c).companyId, c.req.valid('param').id) }, 200),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'put',
      path: '/banking/accounts/{id}/mappings',
      permission: 'banking.manage',
      tags,
      summary: 'Save a CSV mapping by name (replaces the one with that name)',
      request: { params: IdParam(), body: body(CsvMappingInput) },
      responses: json(CsvMapping),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => saveCsvMapping(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/banking/accounts/{id}/csv-preview',
      permission: 'banking.import',
      tags,
      summary:
        'Read a CSV sample with a mapping, saving nothing: the first lines, or the error naming the line',
      request: { params: IdParam(), body: body(PreviewInput) },
      responses: json(CsvPreview),
    },
    async (c) => {
      const account = await getBankAccount(db, ctxOf(c).companyId, c.req.valid('param').id);
      const { content, mapping } = c.req.valid('json');
      return c.json(previewCsv(content, mapping, account.currency), 200);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/banking/imports',
      permission: 'banking.import',
      tags,
      summary: 'Import a statement file into a bank account: send the file itself as the body (not JSON)',
      description:
        'The body is the raw OFX / QFX, CAMT.053 XML or CSV file, at most STEWARD_MAX_UPLOAD_BYTES (413 beyond, before reading it all). All or nothing; lines already imported are skipped; dryRun=true reports without saving.',
      request: { query: ImportQuery.extend({ account: z.string().min(1).max(100) }) },
      responses: { ...json(ImportResult, 'Imported'), 413: errorOf('The file is too large') },
    },
    async (c) => {
      const q = c.req.valid('query');
      const bytes = await readLimited(c.req.raw, config.maxUploadBytes);
      const result = await db.tx((tx) =>
        importStatement(tx, ctxOf(c), {
          bankAccountId: q.account,
          format: q.format,
          bytes,
          mapping: q.mapping,
          fileName: q.fileName,
          dryRun: q.dryRun === 'true',
          maxBytes: config.maxUploadBytes,
        }),
      );
      return c.json(result, 200);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/banking/statements/{id}',
      permission: read,
      tags,
      summary: 'A statement with its lines and their reconciliation',
      request: { params: IdParam() },
      responses: json(StatementWithLines),
    },
    async (c) => {
      const { companyId } = ctxOf(c);
      const id = c.req.valid('param').id;
      const statement = await getStatement(db, companyId, id);
      const lines = (await statementLines(db, companyId, id)).map(({ amountMinor: _, ...l }) => l);
      return c.json({ ...statement, lines }, 200);
    },
  );
}
