import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { type ServiceContext, SYSTEM_ACTOR } from '../../platform/context.ts';
import { makeCompany, makeDepartment } from '../org/factories.ts';
import {
  createAccount,
  createFiscalYear,
  findAccount,
  importAccounts,
  postEntries,
  readTable,
} from './index.ts';

/** Account default dimensions in the chart-of-accounts CSV/XLSX: import, dry-run errors, export round trip. */
const fresh = withFreshDatabase();

async function company(depCodes: string[] = ['OPS']) {
  const { company, owner } = await makeCompany(fresh.db, { baseCurrency: 'USD' });
  const ctx: ServiceContext = { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
  const deps: Record<string, string> = {};
  for (const code of depCodes) deps[code] = (await makeDepartment(fresh.db, company.id, { code })).id;
  return { companyId: company.id, token: owner.token, deps, ctx };
}

const HEADER = 'code,name,type,parent,default_department,default_cost_centre,default_project,default_partner';

describe('chart of accounts: default dimensions', () => {
  it('imports them (department by code), and a dry run reports unknown keys and departments per row', async () => {
    const c = await company(['OPS']);
    const app = testApp(fresh.db);
    const post = (content: string, dryRun: boolean) =>
      app.request('POST', '/api/v1/ledger/accounts/import', {
        token: c.token,
        body: { format: 'csv', content, dryRun },
      });
    const bad = [
      `${HEADER},default_region`,
      '6000,Expenses,expense,,ops,CC1,,,',
      '6100,Travel,expense,6000,NOPE,,P-1,,north',
      '6200,Meals,expense,6000,,,,,',
    ].join('\n');
    const dry = await post(bad, true);
    expect(dry.status).toBe(200);
    expect(dry.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, 'default_department'],
      [2, 'default_region'],
    ]);
    expect(dry.body.errors[1].message).toContain('default_department, default_cost_centre');
    expect((await post(bad, false)).status).toBe(422);
    expect(await findAccount(fresh.db, c.companyId, '6000')).toBeNull();
    const good = [HEADER, '6000,Expenses,expense,,ops,CC1,,', '6100,Travel,expense,6000,,,P-1,acme'].join(
      '\n',
    );
    expect((await post(good, false)).body.created).toBe(2);
    expect((await findAccount(fresh.db, c.companyId, '6000'))?.defaultDimensions).toEqual({
      departmentId: c.deps.OPS,
      costCentre: 'CC1',
    });
    expect((await findAccount(fresh.db, c.companyId, '6100'))?.defaultDimensions).toEqual({
      project: 'P-1',
      partner: 'acme',
    });
    // Posting fills a line's empty dimensions from the imported defaults.
    await fresh.db.tx(async (tx) => {
      await createFiscalYear(tx, c.ctx, 2025);
      await createAccount(tx, c.ctx, { code: '1000', name: 'Bank', type: 'asset' });
      await postEntries(tx, c.ctx, [
        {
          date: '2025-05-05',
          description: 'taxi',
          lines: [
            { account: '6100', debit: '9.00' },
            { account: '1000', credit: '9.00' },
          ],
        },
      ]);
    });
    const line = await fresh.db.query<{ project: string; partner: string }>(
      `SELECT project, partner FROM ledger_lines l JOIN ledger_accounts a ON a.company_id = l.company_id AND a.id = l.account_id
        WHERE l.company_id = $1 AND a.code = '6100'`,
      [c.companyId],
    );
    expect(line.rows).toEqual([{ project: 'P-1', partner: 'acme' }]);
  });

  it('property: export → import into another company → export gives the same file (CSV and XLSX)', async () => {
    // Separators, quotes, formula starters and accents: a value must come back exactly.
    const text = fc
      .string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'aZ9 ;=,"-+@\'é/:'.split('')) })
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const accountArb = fc.record({
      department: fc.option(fc.constantFrom('OPS', 'SALES'), { nil: undefined }),
      costCentre: fc.option(text, { nil: undefined }),
      project: fc.option(fc.oneof(text, fc.constantFrom('-neg', '=sum', 'a;b=c', 'x,"y"')), {
        nil: undefined,
      }),
      partner: fc.option(text, { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(accountArb, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('csv', 'xlsx'),
        async (accounts, format) => {
          const a = await company(['OPS', 'SALES']);
          const b = await company(['OPS', 'SALES']);
          await fresh.db.tx(async (tx) => {
            const parent = await createAccount(tx, a.ctx, {
              code: '6000',
              name: 'Expenses',
              type: 'expense',
            });
            for (const [i, x] of accounts.entries())
              await createAccount(tx, a.ctx, {
                code: `61${i}`,
                name: `Cost ${i}`,
                type: 'expense',
                parentId: parent.id,
                defaultDimensions: {
                  departmentId: x.department ? a.deps[x.department] : undefined,
                  costCentre: x.costCentre,
                  project: x.project,
                  partner: x.partner,
                } as Record<string, string>,
              });
          });
          const app = testApp(fresh.db);
          const exportOf = (co: { token: string }) =>
            app.request('GET', `/api/v1/ledger/accounts?format=${format}`, { token: co.token });
          const first = await exportOf(a);
          expect(first.status).toBe(200);
          const imported = await app.request('POST', '/api/v1/ledger/accounts/import', {
            token: b.token,
            body: {
              format,
              content: format === 'csv' ? first.text : first.bytes.toString('base64'),
              dryRun: false,
            },
          });
          expect(imported.body.errors ?? []).toEqual([]);
          expect(imported.body.created).toBe(accounts.length + 1);
          const again = await exportOf(b);
          const rowsOf = async (r: { text: string; bytes: Buffer }) =>
            format === 'csv' ? readTable('csv', Buffer.from(r.text)) : readTable('xlsx', r.bytes);
          expect(await rowsOf(again)).toEqual(await rowsOf(first));
          // And the defaults themselves, not only the files, match (departments by code).
          for (const [i, x] of accounts.entries()) {
            const got = (await findAccount(fresh.db, b.companyId, `61${i}`))?.defaultDimensions;
            expect(got).toEqual(
              Object.fromEntries(
                Object.entries({
                  departmentId: x.department ? b.deps[x.department] : undefined,
                  costCentre: x.costCentre,
                  project: x.project,
                  partner: x.partner,
                }).filter(([, v]) => v !== undefined),
              ),
            );
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('reads the import columns from the service too (dry run writes nothing)', async () => {
    const c = await company(['OPS']);
    const table = await readTable(
      'csv',
      Buffer.from(`${HEADER}\n7000,Other,expense,,OPS,,,\n7100,More,expense,,,,,`),
    );
    const r = await fresh.db.tx((tx) => importAccounts(tx, c.ctx, table, { dryRun: true }));
    expect(r).toEqual({ dryRun: true, rows: 2, created: 0, errors: [] });
    expect(await findAccount(fresh.db, c.companyId, '7000')).toBeNull();
  });
});
