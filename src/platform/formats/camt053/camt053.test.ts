import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../test/support/shared-dir.ts';
import type { StatementImport } from '../statement.ts';
import { CAMT053_VERSIONS, readCamt053 } from './index.ts';
import { writeCamt053 } from './write.ts';

const asset = (p: string) =>
  readFileSync(sharedPath('fixtures', 'iso20022', 'svapnil-iso20022.js', 'test', 'assets', p));
const XSD12 = sharedPath(
  'fixtures',
  'iso20022',
  'svapnil-iso20022.js',
  'schemas',
  'camt',
  'camt.053.001.12.xsd',
);

function caught(fn: () => unknown): { code: string; message: string; details: Record<string, unknown> } {
  try {
    fn();
  } catch (e) {
    return e as never;
  }
  throw new Error('expected an error');
}

const sum = (s: StatementImport) => s.lines.reduce((a, l) => a + l.amountMinor, 0n);

const sample: StatementImport = {
  format: 'camt053',
  account: { iban: 'CZ6508000000192000145399', accountNumber: null, bankId: null },
  currency: 'CZK',
  statementId: 'STMT-2026-01',
  periodFrom: '2026-01-01',
  periodTo: '2026-01-31',
  openingBalanceMinor: 100000n,
  closingBalanceMinor: 89950n + 250000n,
  openingDerived: false,
  lines: [
    {
      bookingDate: '2026-01-05',
      valueDate: '2026-01-06',
      amountMinor: -10050n,
      bankTransactionId: 'BANK-1',
      reference: 'RF18539007547034',
      counterpartyName: 'Dodavatel & syn <s.r.o.>',
      counterpartyIban: 'DE89370400440532013000',
      remittance: 'Faktura 2026-0001',
      source: 'Document/BkToCstmrStmt/Stmt/Ntry[1]',
    },
    {
      bookingDate: '2026-01-07',
      valueDate: '2026-01-07',
      amountMinor: 250000n,
      bankTransactionId: 'BANK-2',
      reference: 'E2E-77',
      counterpartyName: 'Zákazník a.s.',
      counterpartyIban: 'CZ6508000000192000145399',
      remittance: null,
      source: 'Document/BkToCstmrStmt/Stmt/Ntry[2]',
    },
  ],
};

describe('CAMT.053 reader', () => {
  it('reads the bank samples (.02) and their balances add up', () => {
    const [ing] = readCamt053(asset('ing/example_camt.xml'));
    expect(ing?.account).toEqual({ iban: 'NL08INGB0000001234', accountNumber: null, bankId: 'INGBNL2A' });
    expect(ing?.openingBalanceMinor).toBe(100000n); // OPBD preferred to PRCD
    expect(ing?.closingBalanceMinor).toBe(160500n);
    expect((ing?.openingBalanceMinor ?? 0n) + sum(ing as StatementImport)).toBe(ing?.closingBalanceMinor);
    expect(ing?.lines[0]).toMatchObject({
      amountMinor: 35000n,
      bankTransactionId: '59999208N9',
      counterpartyName: 'INGTestrekening',
      counterpartyIban: 'NL20INGB0001234567',
    });
    for (const f of ['abn_amro/example_camt.xml', 'nordea/example_camt.xml']) {
      for (const s of readCamt053(asset(f)))
        expect((s.openingBalanceMinor ?? 0n) + sum(s)).toBe(s.closingBalanceMinor);
    }
    const gs = readCamt053(asset('goldman_sachs/camt_053_uk_v2_1.xml'));
    expect(gs.length).toBe(2);
    expect(gs[0]?.account.accountNumber).toBe('60000635');
  });

  it('reads the project example (.12) with DtTm-less dates and a batch entry', () => {
    const [s] = readCamt053(
      readFileSync(sharedPath('fixtures', 'iso20022', 'example-camt.053.001.12-valid.xml')),
    );
    expect(s).toMatchObject({
      currency: 'EUR',
      statementId: 'STMT-1',
      openingBalanceMinor: 1000000n,
      closingBalanceMinor: 849975n,
    });
    expect(s?.lines[0]?.amountMinor).toBe(-150025n);
  });

  it('refuses an entry in another currency than the account, naming the entry', () => {
    const e = caught(() => readCamt053(asset('goldman_sachs/camt_053_us_v2_sample.xml')));
    expect(e.message).toMatch(/Ntry\[8\] is in EUR, the statement in USD/);
  });

  it.each(CAMT053_VERSIONS)('round-trips a statement written as camt.053.001.%s', (version) => {
    const [back] = readCamt053(writeCamt053(sample, { version }));
    expect(back?.lines.map(({ source: _, ...l }) => l)).toEqual(sample.lines.map(({ source: _, ...l }) => l));
    expect(back?.openingBalanceMinor).toBe(sample.openingBalanceMinor);
    expect(back?.closingBalanceMinor).toBe(sample.closingBalanceMinor);
    expect(back?.account.iban).toBe(sample.account.iban);
  });

  it('writes .12 statements that the official XSD accepts (xmllint), for generated data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'camt-'));
    const line = fc.record({
      bookingDate: fc.constantFrom('2026-01-02', '2026-02-28', '2026-12-31'),
      valueDate: fc.constantFrom(null, '2026-01-03'),
      amountMinor: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).filter((x) => x !== 0n),
      bankTransactionId: fc.option(fc.stringMatching(/^[A-Z0-9]{1,20}$/), { nil: null }),
      reference: fc.option(fc.constantFrom('RF18539007547034', 'E2E-1', 'INV 2026/7'), { nil: null }),
      counterpartyName: fc.option(fc.constantFrom('Ä & <b>', 'Zákazník', 'O\'Brien "x"'), { nil: null }),
      counterpartyIban: fc.option(fc.constant('DE89370400440532013000'), { nil: null }),
      remittance: fc.option(fc.constantFrom('a', 'Faktura č. 7 & co'), { nil: null }),
      source: fc.constant(''),
    });
    let n = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const st = {
          ...sample,
          lines,
          closingBalanceMinor: 100000n + lines.reduce((a, l) => a + l.amountMinor, 0n),
        };
        const file = join(dir, `s${n++}.xml`);
        writeFileSync(file, writeCamt053(st));
        execFileSync('xmllint', ['--noout', '--schema', XSD12, file], { stdio: 'pipe' });
        const [back] = readCamt053(readFileSync(file));
        expect(back?.lines.map((l) => l.amountMinor)).toEqual(lines.map((l) => l.amountMinor));
        expect(back?.lines.map((l) => l.counterpartyName)).toEqual(lines.map((l) => l.counterpartyName));
      }),
      { numRuns: 15 },
    );
  });

  it('refuses DTDs, truncated files, other messages and broken amounts with clear reasons', () => {
    const xml = writeCamt053(sample);
    const bomb = xml.replace(
      '<Document',
      '<!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Document',
    );
    expect(caught(() => readCamt053(bomb)).details.reason).toBe('xml_dtd_forbidden');
    expect(caught(() => readCamt053(xml.slice(0, xml.length / 2))).details.reason).toBe('xml_malformed');
    expect(caught(() => readCamt053(xml.replace(/camt\.053\.001\.12/, 'camt.052.001.12'))).message).toMatch(
      /camt\.052\.001\.12, not a CAMT\.053/,
    );
    expect(caught(() => readCamt053('<Document/>')).details.reason).toBe('not_camt053');
    expect(caught(() => readCamt053(xml.replace('>100.50<', '>1.005e2<'))).details.reason).toBe('bad_amount');
    expect(caught(() => readCamt053(xml.replace('>100.50<', '>100.505<'))).details.reason).toBe('bad_amount');
    expect(caught(() => readCamt053(xml.replace('<CdtDbtInd>DBIT', '<CdtDbtInd>DEBIT'))).details.reason).toBe(
      'bad_indicator',
    );
    const latin = Buffer.from(xml, 'utf8');
    const wrong = Buffer.concat([latin.subarray(0, 200), Buffer.from([0xc3, 0x28]), latin.subarray(200)]);
    expect(caught(() => readCamt053(wrong)).details.reason).toBe('bad_encoding');
    expect(caught(() => readCamt053(xml, { maxBytes: 100 })).code).toBe('payload_too_large');
  });

  it('skips pending entries (a statement books only BOOK)', () => {
    const xml = writeCamt053(sample).replace('<Cd>BOOK</Cd>', '<Cd>PDNG</Cd>');
    expect(readCamt053(xml)[0]?.lines).toHaveLength(1);
  });
});
