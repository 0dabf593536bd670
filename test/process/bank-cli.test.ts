import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyIban } from '../../src/modules/banking/factories.ts';
import { createAccount, createFiscalYear } from '../../src/modules/ledger/index.ts';
import { makeCompany } from '../../src/modules/org/factories.ts';
import { SYSTEM_ACTOR } from '../../src/platform/context.ts';
import { writeCamt053 } from '../../src/platform/formats/camt053/write.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { runCli } from '../support/process.ts';

/** `steward bank accounts|add-account|import|statements|match|report` as a child process. */
describe('steward bank CLI', () => {
  let fresh: FreshDatabase;
  let env: Record<string, string>;
  let companyId: string;
  beforeAll(async () => {
    fresh = await freshDatabase();
    env = { DATABASE_URL: fresh.url };
    companyId = (await makeCompany(fresh.db, { baseCurrency: 'EUR' })).company.id;
    const ctx = { actor: SYSTEM_ACTOR, companyId, requestId: null };
    await fresh.db.tx(async (tx) => {
      await createFiscalYear(tx, ctx, 2026);
      await createAccount(tx, ctx, { code: '221', name: 'Bank', type: 'asset' });
    });
  });
  afterAll(async () => {
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('adds an account, imports a CAMT file twice, lists, matches and reports', async () => {
    const co = ['--company', companyId];
    const iban = companyIban('CZ');
    const add = await runCli(
      [
        'bank',
        'add-account',
        '--name',
        'Main',
        '--currency',
        'EUR',
        '--ledger',
        '221',
        '--iban',
        iban,
        '--default',
        ...co,
      ],
      { env },
    );
    expect(add.stderr).toBe('');
    const id = add.stdout.trim();
    const list = await runCli(['bank', 'accounts', '--json', ...co], { env });
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ id, iban, isDefault: true, currency: 'EUR' }),
    ]);
    const file = join(tmpdir(), `camt-${process.pid}.xml`);
    writeFileSync(
      file,
      writeCamt053({
        format: 'camt053',
        account: { iban, accountNumber: null, bankId: null },
        currency: 'EUR',
        statementId: 'S1',
        periodFrom: '2026-05-01',
        periodTo: '2026-05-31',
        openingBalanceMinor: 500n,
        closingBalanceMinor: 1500n,
        openingDerived: false,
        lines: [
          {
            bookingDate: '2026-05-03',
            valueDate: null,
            amountMinor: 1000n,
            bankTransactionId: 'X1',
            reference: null,
            counterpartyName: 'Someone',
            counterpartyIban: null,
            remittance: null,
            source: '',
          },
        ],
      }),
    );
    const first = await runCli(['bank', 'import', '--account', id, '--format', 'camt053', file, ...co], {
      env,
    });
    expect(first.stdout).toBe('imported 1, skipped as duplicates 0, continuity ok\n');
    const second = await runCli(['bank', 'import', '--account', id, '--format', 'camt053', file, ...co], {
      env,
    });
    expect(second.stdout).toBe(
      'imported 0, skipped as duplicates 1, continuity flagged\n  flagged S1: opening balance 5.00 EUR does not follow the last imported closing balance 15.00 EUR (statement to 2026-05-31)\n',
    );
    const bad = await runCli(['bank', 'import', '--account', id, '--format', 'qif', file, ...co], { env });
    expect(bad.code).toBe(2);
    const broken = join(tmpdir(), `camt-${process.pid}-broken.xml`);
    writeFileSync(
      broken,
      '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>',
    );
    const refused = await runCli(['bank', 'import', '--account', id, '--format', 'camt053', broken, ...co], {
      env,
    });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/not well-formed XML/);
    const statements = await runCli(['bank', 'statements', '--account', id, '--json', ...co], { env });
    const [st] = JSON.parse(statements.stdout) as { id: string; lineCount: number }[];
    expect(st?.lineCount).toBe(1);
    const match = await runCli(['bank', 'match', '--account', id, ...co], { env });
    expect(match.stdout).toMatch(/^1 open lines, \d+ open items: 0 proposals/);
    const report = await runCli(['bank', 'report', '--statement', st?.id as string, ...co], { env });
    expect(report.stdout).toContain('lines 1: matched 0 (0.00), unmatched 1 (10.00)');
  }, 240_000);
});
