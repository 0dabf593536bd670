import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { sharedPath } from '../../../test/support/shared-dir.ts';
import { writeCamt053 } from '../../platform/formats/camt053/write.ts';
import type { StatementImport } from '../../platform/formats/statement.ts';
import { makeLedger } from '../ledger/factories.ts';
import { companyIban, makeBankAccount } from './factories.ts';
import {
  createBankAccount,
  defaultBankAccount,
  getBankAccount,
  importStatement,
  listStatements,
  saveCsvMapping,
  statementLines,
  updateBankAccount,
} from './index.ts';

const fresh = withFreshDatabase();

async function caught(
  p: Promise<unknown>,
): Promise<{ code: string; message: string; details: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    return e as never;
  }
  throw new Error('expected an error');
}

const statement = (
  iban: string,
  opening: bigint,
  lines: [string, bigint, string | null][],
  id = 'S1',
): StatementImport => ({
  format: 'camt053',
  account: { iban, accountNumber: null, bankId: null },
  currency: 'EUR',
  statementId: id,
  periodFrom: lines[0]?.[0] ?? '2026-01-01',
  periodTo: lines.at(-1)?.[0] ?? '2026-01-31',
  openingBalanceMinor: opening,
  closingBalanceMinor: opening + lines.reduce((a, l) => a + l[1], 0n),
  openingDerived: false,
  lines: lines.map(([day, amount, btid], i) => ({
    bookingDate: day,
    valueDate: day,
    amountMinor: amount,
    bankTransactionId: btid,
    reference: `REF${i}`,
    counterpartyName: 'Acme',
    counterpartyIban: null,
    remittance: null,
    source: '',
  })),
});

describe('bank accounts', () => {
  it('creates accounts linked to asset ledger accounts, one default per currency', async () => {
    const { ctx, companyId, accounts } = await makeLedger(fresh.db, { baseCurrency: 'EUR' });
    const iban = companyIban('DE');
    const a = await fresh.db.tx((tx) =>
      createBankAccount(tx, ctx, {
        name: 'Main',
        currency: 'EUR',
        iban: iban.replace(/(.{4})/g, '$1 '),
        bic: 'deutdeff',
        ledgerAccountId: accounts.bank.id,
        isDefault: true,
      }),
    );
    expect(a).toMatchObject({
      iban,
      bic: 'DEUTDEFF',
      isDefault: true,
      kind: 'bank',
      ledgerAccountId: accounts.bank.id,
    });
    const b = await makeBankAccount(fresh.db, companyId, {
      name: 'Savings',
      currency: 'EUR',
      isDefault: true,
    });
    expect((await getBankAccount(fresh.db, companyId, a.id)).isDefault).toBe(false);
    expect((await defaultBankAccount(fresh.db, companyId, 'EUR'))?.id).toBe(b.id);
    expect(await defaultBankAccount(fresh.db, companyId, 'USD')).toBeNull();
    const us = await fresh.db.tx((tx) =>
      createBankAccount(tx, ctx, {
        name: 'Chase',
        currency: 'USD',
        routingNumber: '021000021',
        accountNumber: '1234-5678',
        ledgerAccountId: accounts.eurBank.id,
      }).catch((e) => e),
    );
    expect(us.message).toMatch(/kept in EUR; the bank account is in USD/);
    const cash = await fresh.db.tx((tx) =>
      createBankAccount(tx, ctx, {
        name: 'Till',
        kind: 'cash',
        currency: 'EUR',
        ledgerAccountId: accounts.receivable.id,
      }),
    );
    expect(cash.kind).toBe('cash');
    const off = await fresh.db.tx((tx) => updateBankAccount(tx, ctx, b.id, { active: false }));
    expect(off).toMatchObject({ active: false, isDefault: false });
    expect((await defaultBankAccount(fresh.db, companyId, 'EUR'))?.id).toBe(a.id); // the only active bank account left
  });

  it('refuses bad identifiers, a non-asset ledger account and taken names, writing nothing', async () => {
    const { ctx, accounts } = await makeLedger(fresh.db, { baseCurrency: 'EUR' });
    const make = (over: Record<string, unknown>) =>
      caught(
        fresh.db.tx((tx) =>
          createBankAccount(tx, ctx, {
            name: 'X',
            currency: 'EUR',
            iban: companyIban('DE'),
            ledgerAccountId: accounts.bank.id,
            ...over,
          }),
        ),
      );
    expect((await make({ iban: 'DE89370400440532013001' })).message).toMatch(/check digits/);
    expect((await make({ iban: null })).message).toMatch(/needs an IBAN, or an account number/);
    expect((await make({ iban: null, accountNumber: '123456', routingNumber: '021000022' })).message).toMatch(
      /Routing number/,
    );
    expect((await make({ ledgerAccountId: accounts.sales.id })).message).toMatch(
      /not an active asset account/,
    );
    expect((await make({ bic: 'XX' })).details).toMatchObject({ field: 'bic' });
    await makeBankAccount(fresh.db, ctx.companyId, { name: 'Taken', ledgerAccountId: accounts.bank.id });
    expect((await make({ name: 'Taken' })).code).toBe('conflict');
    const n = await fresh.db.query(`SELECT count(*)::int AS n FROM bank_accounts WHERE company_id = $1`, [
      ctx.companyId,
    ]);
    expect(n.rows[0]?.n).toBe(1);
  });
});

describe('statement import', () => {
  it('imports a CAMT statement; a re-import adds nothing; a gap in balances is flagged', async () => {
    const { ctx, companyId } = await makeLedger(fresh.db, { baseCurrency: 'EUR' });
    const bank = await makeBankAccount(fresh.db, companyId, { currency: 'EUR' });
    const file = Buffer.from(
      writeCamt053(
        statement(bank.iban as string, 100000n, [
          ['2026-01-05', 2500n, 'B1'],
          ['2026-01-06', -700n, null],
          ['2026-01-06', -700n, null],
        ]),
      ),
    );
    const run = (bytes: Buffer, more: object = {}) =>
      fresh.db.tx((tx) =>
        importStatement(tx, ctx, {
          bankAccountId: bank.id,
          format: 'camt053',
          bytes,
          fileName: 's.xml',
          ...more,
        }),
      );
    const first = await run(file);
    expect(first).toMatchObject({ imported: 3, duplicates: 0, continuity: 'ok' });
    const again = await run(file);
    expect(again).toMatchObject({ imported: 0, duplicates: 3 });
    expect(again.statements[0]?.id).toBeNull();
    expect(await listStatements(fresh.db, companyId, bank.id)).toHaveLength(1);
    // the next statement overlaps one line and does not start where the last one closed
    const next = Buffer.from(
      writeCamt053(
        statement(
          bank.iban as string,
          999n,
          [
            ['2026-01-05', 2500n, 'B1'],
            ['2026-01-09', 100n, 'B9'],
          ],
          'S2',
        ),
      ),
    );
    const second = await run(next);
    expect(second).toMatchObject({ imported: 1, duplicates: 1, continuity: 'flagged' });
    expect(second.statements[0]?.continuityNote).toMatch(
      /opening balance 9\.99 EUR does not follow the last imported closing balance 1011\.00 EUR/,
    );
    const [latest] = await listStatements(fresh.db, companyId, bank.id);
    expect(latest).toMatchObject({
      continuity: 'flagged',
      lineCount: 1,
      duplicateCount: 1,
      closing: '35.99',
    });
    const lines = await statementLines(fresh.db, companyId, latest?.id as string);
    expect(lines[0]).toMatchObject({ amount: '1.00', bankTransactionId: 'B9', reconciliationId: null });
    const audit = await fresh.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE company_id = $1 AND entity_type = 'bank_statement'`,
      [companyId],
    );
    expect(audit.rows[0]?.n).toBe(2);
  });

  it('two imports of the same file at once: the account lock makes one import and the other skip', async () => {
    const { ctx, companyId } = await makeLedger(fresh.db, { baseCurrency: 'EUR' });
    const bank = await makeBankAccount(fresh.db, companyId, { currency: 'EUR' });
    const file = Buffer.from(
      writeCamt053(
        statement(bank.iban as string, 0n, [
          ['2026-02-01', 100n, null],
          ['2026-02-01', 100n, null],
          ['2026-02-02', -5n, 'Z'],
        ]),
      ),
    );
    const results = await Promise.all(
      [1, 2].map(() =>
        fresh.db.tx((tx) =>
          importStatement(tx, ctx, { bankAccountId: bank.id, format: 'camt053', bytes: file }),
        ),
      ),
    );
    expect(results.map((r) => r.imported).sort()).toEqual([0, 3]);
    expect(results.map((r) => r.duplicates).sort()).toEqual([0, 3]);
    const n = await fresh.db.query(
      `SELECT count(*)::int AS n FROM bank_statement_lines WHERE company_id = $1`,
      [companyId],
    );
    expect(n.rows[0]?.n).toBe(3);
  });

  it('is all or nothing: a bad line, another account or another currency imports nothing', async () => {
    const { ctx, companyId } = await makeLedger(fresh.db, { baseCurrency: 'EUR' });
    const bank = await makeBankAccount(fresh.db, companyId, { currency: 'EUR' });
    const run = (text: string, format: 'camt053' | 'ofx' = 'camt053') =>
      caught(
        fresh.db.tx((tx) =>
          importStatement(tx, ctx, { bankAccountId: bank.id, format, bytes: Buffer.from(text) }),
        ),
      );
    const good = writeCamt053(
      statement(bank.iban as string, 0n, [
        ['2026-01-05', 2500n, 'B1'],
        ['2026-01-06', 100n, 'B2'],
      ]),
    );
    expect((await run(good.replaceAll('<Dt>2026-01-06</Dt>', '<Dt>2026-02-30</Dt>'))).details).toMatchObject({
      reason: 'bad_date',
    });
    expect(
      (await run(writeCamt053(statement(companyIban('DE'), 0n, [['2026-01-05', 1n, 'X']])))).details,
    ).toMatchObject({ reason: 'account_mismatch' });
    expect((await run(good.replaceAll('EUR', 'USD'))).details).toMatchObject({ reason: 'currency_mismatch' });
    expect((await run(good.replace('B2', 'B1'))).details).toMatchObject({
      reason: 'duplicate_transaction_id',
    });
    expect(
      (await run(readFileSync(sharedPath('fixtures', 'ofx', 'example1.ofx'), 'latin1'), 'ofx')).details,
    ).toMatchObject({ reason: 'currency_mismatch' });
    const n = await fresh.db.query(
      `SELECT count(*)::int AS n FROM bank_statement_lines WHERE company_id = $1`,
      [companyId],
    );
    expect(n.rows[0]?.n).toBe(0);
  });

  it('imports OFX and CSV (with the saved mapping) and dry-runs without writing', async () => {
    const { ctx, companyId } = await makeLedger(fresh.db, { baseCurrency: 'USD' });
    const usd = await makeBankAccount(fresh.db, companyId, {
      currency: 'USD',
      iban: null,
      accountNumber: 'XXXXXXXXXX',
      routingNumber: undefined,
    });
    const ofx = readFileSync(sharedPath('fixtures', 'ofx', 'example-xml.qfx'));
    const dry = await fresh.db.tx((tx) =>
      importStatement(tx, ctx, { bankAccountId: usd.id, format: 'ofx', bytes: ofx, dryRun: true }),
    );
    expect(dry).toMatchObject({ dryRun: true, imported: 1 });
    expect(await listStatements(fresh.db, companyId, usd.id)).toHaveLength(0);
    expect(
      await fresh.db.tx((tx) =>
        importStatement(tx, ctx, { bankAccountId: usd.id, format: 'ofx', bytes: ofx }),
      ),
    ).toMatchObject({ imported: 1, continuity: 'ok' });
    const csv = Buffer.from(
      'Date,Description,Amount\n01/31/2026,Fee,-12.50\n02/01/2026,Deposit,"1,000.00"\n',
    );
    const noMapping = await caught(
      fresh.db.tx((tx) => importStatement(tx, ctx, { bankAccountId: usd.id, format: 'csv', bytes: csv })),
    );
    expect(noMapping.message).toMatch(/no CSV mapping yet/);
    await fresh.db.tx((tx) =>
      saveCsvMapping(tx, ctx, usd.id, {
        name: 'Chase',
        mapping: {
          delimiter: ',',
          headerRow: true,
          encoding: 'utf-8',
          dateFormat: 'MM/DD/YYYY',
          decimalSeparator: '.',
          thousandsSeparator: ',',
          amount: { column: 'Amount' },
          bookingDate: 'Date',
          text: 'Description',
        },
      }),
    );
    const r = await fresh.db.tx((tx) =>
      importStatement(tx, ctx, { bankAccountId: usd.id, format: 'csv', bytes: csv, mapping: 'Chase' }),
    );
    expect(r).toMatchObject({ imported: 2, continuity: 'unknown' });
    expect(
      (
        await fresh.db.tx((tx) =>
          importStatement(tx, ctx, { bankAccountId: usd.id, format: 'csv', bytes: csv }),
        )
      ).duplicates,
    ).toBe(2);
  });
});
