import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { AppError } from '../../kernel/errors.ts';
import { type ServiceContext, SYSTEM_ACTOR } from '../../platform/context.ts';
import { makeCompany } from '../org/factories.ts';
import { makeLedger } from './factories.ts';
import {
  applyTemplate,
  CHART_TEMPLATES,
  importAccounts,
  listAccounts,
  postEntries,
  readTable,
} from './index.ts';
import { planAccounts, SUBTYPES } from './service/chart.ts';
import { parseCsv } from './service/table-file.ts';

const fresh = withFreshDatabase();

async function company(): Promise<{ ctx: ServiceContext; token: string; companyId: string }> {
  const { company: co, owner } = await makeCompany(fresh.db);
  return {
    ctx: { actor: SYSTEM_ACTOR, companyId: co.id, requestId: null },
    token: owner.token,
    companyId: co.id,
  };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

describe('chart templates', () => {
  it.each(Object.values(CHART_TEMPLATES))('$key is a consistent tree with the usual accounts', (t) => {
    const codes = new Set<string>();
    for (const a of t.accounts) {
      expect(codes.has(a.code), `${t.key} ${a.code} repeats`).toBe(false);
      codes.add(a.code);
      expect(a.name).not.toContain(':');
      expect(a.names[t.language]).toBe(a.name);
      expect(a.names.en, `${t.key} ${a.code} has an English name`).toBeTruthy();
      if (a.subtype) expect(SUBTYPES).toContain(a.subtype);
      if (a.parent) {
        const parent = t.accounts.find((p) => p.code === a.parent);
        expect(parent?.type, `${t.key} ${a.code}'s parent`).toBe(a.type);
      }
    }
    const subtypes = new Set(t.accounts.map((a) => a.subtype));
    for (const s of ['bank', 'cash', 'receivable', 'payable', 'tax', 'retained_earnings', 'fixed_asset'])
      expect(subtypes, `${t.key} has a ${s} account`).toContain(s);
    for (const type of ['asset', 'liability', 'equity', 'income', 'expense'])
      expect(t.accounts.some((a) => a.type === type)).toBe(true);
    expect(
      planAccounts(
        t.accounts.map((a) => ({ ...a, currency: null })),
        [],
      ).errors,
    ).toEqual([]);
  });

  it('has the Czech and Spanish synthetic accounts with their names', () => {
    const name = (key: 'cz' | 'es', code: string) =>
      CHART_TEMPLATES[key].accounts.find((a) => a.code === code);
    expect(name('cz', '211')).toMatchObject({ name: 'Pokladna', subtype: 'cash' });
    expect(name('cz', '221')).toMatchObject({ name: 'Bankovní účty', subtype: 'bank' });
    expect(name('cz', '311')).toMatchObject({ name: 'Odběratelé', subtype: 'receivable' });
    expect(name('cz', '321')).toMatchObject({ name: 'Dodavatelé', subtype: 'payable' });
    expect(name('cz', '343')?.subtype).toBe('tax');
    expect(name('cz', '411')?.name).toBe('Základní kapitál');
    expect(name('cz', '428')).toMatchObject({ type: 'equity', subtype: 'retained_earnings' });
    for (const c of ['501', '518', '521']) expect(name('cz', c)?.type).toBe('expense');
    for (const c of ['602', '604']) expect(name('cz', c)?.type).toBe('income');
    expect(name('cz', '701')?.name).toBe('Počáteční účet rozvažný');
    expect(name('cz', '702')?.name).toBe('Konečný účet rozvažný');
    expect(name('es', '100')?.name).toBe('Capital social');
    expect(name('es', '129')).toMatchObject({ name: 'Resultado del ejercicio', type: 'equity' });
    expect(name('es', '400')).toMatchObject({ name: 'Proveedores', subtype: 'payable' });
    expect(name('es', '430')).toMatchObject({ name: 'Clientes', subtype: 'receivable' });
    expect(name('es', '472')).toMatchObject({ type: 'asset', subtype: 'tax' });
    expect(name('es', '477')).toMatchObject({ type: 'liability', subtype: 'tax' });
    expect(name('es', '570')?.subtype).toBe('cash');
    expect(name('es', '572')?.subtype).toBe('bank');
    for (const c of ['600', '621', '640']) expect(name('es', c)?.type).toBe('expense');
    for (const c of ['700', '705']) expect(name('es', c)?.type).toBe('income');
    expect(CHART_TEMPLATES.generic.accounts.every((a) => a.names.cs && a.names.es)).toBe(true);
  });

  it('applies a template set-based, with full names and translations; refuses once the chart is in use', async () => {
    const c = await company();
    const r = await fresh.db.tx((tx) => applyTemplate(tx, c.ctx, 'cz'));
    expect(r.created).toBe(CHART_TEMPLATES.cz.accounts.length);
    const accounts = await listAccounts(fresh.db, c.companyId);
    expect(accounts).toHaveLength(CHART_TEMPLATES.cz.accounts.length);
    const pokladna = accounts.find((a) => a.code === '211');
    expect(pokladna).toMatchObject({ fullName: 'Peníze:Pokladna', type: 'asset', subtype: 'cash' });
    expect(pokladna?.names).toEqual({ cs: 'Pokladna', en: 'Cash on hand' });
    expect(pokladna?.parentId).toBe(accounts.find((a) => a.code === '21')?.id);
    // Unused: a second template replaces the first.
    const again = await fresh.db.tx((tx) => applyTemplate(tx, c.ctx, 'es'));
    expect(again).toMatchObject({ template: 'es', replaced: CHART_TEMPLATES.cz.accounts.length });
    expect((await listAccounts(fresh.db, c.companyId)).map((a) => a.code)).toContain('572');
    // In use: refused, nothing changed.
    const l = await makeLedger(fresh.db);
    await fresh.db.tx((tx) =>
      postEntries(tx, l.ctx, [
        {
          date: '2025-01-02',
          description: 'x',
          lines: [
            { account: '1000', debit: '1.00' },
            { account: '3000', credit: '1.00' },
          ],
        },
      ]),
    );
    expect(await codeOf(fresh.db.tx((tx) => applyTemplate(tx, l.ctx, 'generic')))).toBe('conflict');
    expect(await listAccounts(fresh.db, l.companyId)).toHaveLength(7);
  });

  it('serves POST /ledger/accounts/template behind ledger.accounts.manage', async () => {
    const c = await company();
    const app = testApp(fresh.db);
    const res = await app.request('POST', '/api/v1/ledger/accounts/template', {
      token: c.token,
      body: { template: 'us' },
    });
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(CHART_TEMPLATES.us.accounts.length);
    const bad = await app.request('POST', '/api/v1/ledger/accounts/template', {
      token: c.token,
      body: { template: 'fr' },
    });
    expect(bad.status).toBe(422);
  });
});

describe('account import', () => {
  const CSV = [
    'code,name,type,subtype,parent,currency,name_cs',
    '1000,Assets,asset,,,,Aktiva',
    '1010,"Bank, main",asset,bank,1000,,Banka',
    '1020,Bank EUR,asset,bank,1000,eur,',
    '4000,Sales,income,,,,Tržby',
  ].join('\r\n');

  it('parses CSV with quotes, separators and BOM', () => {
    expect(parseCsv('\uFEFFa;b\n"x;""y""";2\n\n')).toEqual([{ a: 'x;"y"', b: '2' }]);
  });

  it('dry-runs, reports every bad row, and imports all or nothing', async () => {
    const c = await company();
    const bad = `${CSV}\n1010,Again,asset,,,,\n5000,Rent,expense,,1000,,\n5100,Fees:bank,expense,weird,,XXX,\n,Nameless,asset,,,,\n6000,Loop,expense,,6001,,\n6001,Loop2,expense,,6000,,`;
    const dry = await fresh.db.tx((tx) => importAccounts(tx, c.ctx, parseCsv(bad), { dryRun: true }));
    expect(dry.created).toBe(0);
    expect(dry.errors.map((e) => [e.row, e.field])).toEqual([
      [5, 'code'],
      [6, 'parent'],
      [7, 'name'],
      [7, 'subtype'],
      [7, 'currency'],
      [8, 'code'],
      [9, 'parent'],
      [10, 'parent'],
    ]);
    expect(
      await codeOf(fresh.db.tx((tx) => importAccounts(tx, c.ctx, parseCsv(bad), { dryRun: false }))),
    ).toBe('validation');
    expect(await listAccounts(fresh.db, c.companyId)).toEqual([]);
    const ok = await fresh.db.tx((tx) => importAccounts(tx, c.ctx, parseCsv(CSV), { dryRun: false }));
    expect(ok).toMatchObject({ created: 4, errors: [] });
    const accounts = await listAccounts(fresh.db, c.companyId);
    expect(accounts.find((a) => a.code === '1010')).toMatchObject({
      fullName: 'Assets:Bank, main',
      names: { cs: 'Banka' },
    });
    expect(accounts.find((a) => a.code === '1020')?.currency).toBe('EUR');
    // A second import may hang accounts under existing ones, and refuses existing codes.
    const more = parseCsv('code,name,type,parent\n1030,Cash,asset,1000\n4000,Sales,income,');
    const r = await fresh.db.tx((tx) => importAccounts(tx, c.ctx, more, { dryRun: true }));
    expect(r.errors).toEqual([
      { row: 2, field: 'code', message: 'An account with the code 4000 already exists.' },
    ]);
  });

  it('reads XLSX through the route, with a dry run that writes nothing', async () => {
    const c = await company();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('accounts');
    for (const row of parseCsv(CSV).map((r) => Object.values(r))) sheet.addRow(row);
    sheet.spliceRows(1, 0, ['code', 'name', 'type', 'subtype', 'parent', 'currency', 'name_cs']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await readTable('xlsx', bytes))[1]).toMatchObject({ code: '1010', name: 'Bank, main' });
    const app = testApp(fresh.db);
    const send = (dryRun: boolean) =>
      app.request('POST', '/api/v1/ledger/accounts/import', {
        token: c.token,
        body: { format: 'xlsx', content: bytes.toString('base64'), dryRun },
      });
    const dry = await send(true);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 4, created: 0, errors: [] });
    expect(await listAccounts(fresh.db, c.companyId)).toEqual([]);
    expect((await send(false)).body.created).toBe(4);
    const again = await send(false);
    expect(again.status).toBe(422);
    expect(again.body.error.details.errors).toHaveLength(4);
  });

  it('property: any tree of accounts imports whole, each full name its parent’s plus its own name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 15 }), async (parents) => {
        const c = await company();
        // Row i's parent is an earlier row (or none), listed in reverse so children come first in the file.
        const rows = parents.map((p, i) => ({
          code: `A${i}`,
          name: `n${i}`,
          type: 'asset',
          parent: i > 0 && p % 3 !== 0 ? `A${p % i}` : '',
        }));
        const r = await fresh.db.tx((tx) =>
          importAccounts(tx, c.ctx, [...rows].reverse(), { dryRun: false }),
        );
        expect(r.created).toBe(rows.length);
        const accounts = await listAccounts(fresh.db, c.companyId);
        const byId = new Map(accounts.map((a) => [a.id, a]));
        for (const a of accounts) {
          const parent = a.parentId ? byId.get(a.parentId) : undefined;
          expect(a.fullName).toBe(parent ? `${parent.fullName}:${a.name}` : a.name);
          expect(parent?.code ?? '').toBe(rows.find((x) => x.code === a.code)?.parent);
        }
      }),
      { numRuns: 15 },
    );
  });
});
