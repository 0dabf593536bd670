import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyIban } from '../../src/modules/banking/factories.ts';
import { createAccount, createFiscalYear } from '../../src/modules/ledger/index.ts';
import { makeCompany } from '../../src/modules/org/factories.ts';
import { SYSTEM_ACTOR } from '../../src/platform/context.ts';
import { writeCamt053 } from '../../src/platform/formats/camt053/write.ts';
import { writeOfx } from '../../src/platform/formats/ofx/write.ts';
import type { StatementImport } from '../../src/platform/formats/statement.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { runCli } from '../support/process.ts';

/**
 * Issue #5 §8 for `steward bank import FILE`: hostile statement files end with a non-zero exit and a message
 * naming the place on stderr, and import nothing — a 200 MB (sparse) file is refused from its size without
 * being read.
 */
describe('steward bank import with hostile files', () => {
  let fresh: FreshDatabase;
  let env: Record<string, string>;
  let companyId: string;
  let accountId: string;
  let iban: string;
  let dir: string;
  beforeAll(async () => {
    fresh = await freshDatabase();
    env = { DATABASE_URL: fresh.url };
    dir = mkdtempSync(join(tmpdir(), 'steward-hostile-'));
    companyId = (await makeCompany(fresh.db, { baseCurrency: 'EUR' })).company.id;
    const ctx = { actor: SYSTEM_ACTOR, companyId, requestId: null };
    await fresh.db.tx(async (tx) => {
      await createFiscalYear(tx, ctx, 2026);
      await createAccount(tx, ctx, { code: '221', name: 'Bank', type: 'asset' });
    });
    iban = companyIban('CZ');
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
        '--company',
        companyId,
      ],
      { env },
    );
    expect(add.stderr).toBe('');
    accountId = add.stdout.trim();
  });
  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (fresh) await dropFreshDatabase(fresh);
  });

  const lines = async () =>
    (
      await fresh.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM bank_statement_lines WHERE company_id = $1',
        [companyId],
      )
    ).rows[0]?.n;

  const st = (): StatementImport => ({
    format: 'camt053',
    account: { iban, accountNumber: null, bankId: null },
    currency: 'EUR',
    statementId: 'S1',
    periodFrom: '2026-05-01',
    periodTo: '2026-05-31',
    openingBalanceMinor: 0n,
    closingBalanceMinor: 3000n,
    openingDerived: false,
    lines: ['F1', 'F2'].map((id, i) => ({
      bookingDate: '2026-05-03',
      valueDate: null,
      amountMinor: BigInt((i + 1) * 1000),
      bankTransactionId: id,
      reference: null,
      counterpartyName: 'Someone',
      counterpartyIban: null,
      remittance: null,
      source: '',
    })),
  });

  async function refused(name: string, content: string | Buffer, format: string, pattern: RegExp) {
    const file = join(dir, name);
    writeFileSync(file, content);
    const r = await runCli(
      ['bank', 'import', '--account', accountId, '--format', format, file, '--company', companyId],
      { env },
    );
    expect(r.code, r.stderr).not.toBe(0);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
    expect(await lines()).toBe(0);
  }

  it('refuses XXE, an entity bomb, truncated XML, a duplicate FITID, an empty and a binary file', async () => {
    const xml = writeCamt053(st());
    await refused(
      'xxe.xml',
      xml.replace(
        /^<\?xml[^>]*\?>/,
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
      ),
      'camt053',
      /DTD|DOCTYPE|entit/i,
    );
    await refused(
      'bomb.xml',
      xml.replace(
        /^<\?xml[^>]*\?>/,
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
      ),
      'camt053',
      /DTD|DOCTYPE|entit/i,
    );
    await refused('cut.xml', xml.slice(0, xml.indexOf('<Ntry>') + 30), 'camt053', /line \d+/i);
    const ofx = writeOfx({ ...st(), format: 'ofx' }).replace('<FITID>F2', '<FITID>F1');
    await refused('dup.ofx', ofx, 'ofx', /FITID F1 twice: at line \d+ and at line \d+/);
    await refused('empty.ofx', '', 'ofx', /empty|no |not /i);
    await refused(
      'binary.xml',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff, 0xfe]),
      'camt053',
      /not|invalid|malformed|read/i,
    );
  }, 180_000);

  it('refuses a 200 MB file from its size, without reading it (sparse file)', async () => {
    const file = join(dir, 'huge.xml');
    writeFileSync(file, '');
    truncateSync(file, 200 * 1024 * 1024);
    const r = await runCli(
      ['bank', 'import', '--account', accountId, '--format', 'camt053', file, '--company', companyId],
      { env },
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/209715200 bytes; the limit is \d+/);
    expect(await lines()).toBe(0);
  }, 60_000);
});
