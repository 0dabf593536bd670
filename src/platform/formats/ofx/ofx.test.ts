import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../../test/support/shared-dir.ts';
import { parseSgml, readOfx } from './index.ts';

const fixture = (name: string) => readFileSync(sharedPath('fixtures', 'ofx', name));

function caught(fn: () => unknown): { code: string; message: string; details: Record<string, unknown> } {
  try {
    fn();
  } catch (e) {
    return e as never;
  }
  throw new Error('expected an error');
}

const SGML_HEAD =
  'OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n';
const stmt = (trns: string, extra = '') =>
  `${SGML_HEAD}<OFX>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n<STMTRS>\n<CURDEF>EUR\n<BANKACCTFROM>\n<BANKID>1234\n<ACCTID>DE89370400440532013000\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n<BANKTRANLIST>\n<DTSTART>20260101\n<DTEND>20260131\n${trns}</BANKTRANLIST>\n<LEDGERBAL>\n<BALAMT>1000.00\n<DTASOF>20260131\n</LEDGERBAL>${extra}\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n`;
const trn = (fitid: string, amount: string, extra = '') =>
  `<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20260105120000[-5:EST]\n<TRNAMT>${amount}\n<FITID>${fitid}\n<NAME>Acme &amp; Co\n${extra}</STMTTRN>\n`;

describe('OFX 1.x (SGML)', () => {
  it('reads the node-ofx-parser sample: header, unclosed leaves, signed amounts, derived opening balance', () => {
    const [s] = readOfx(fixture('example1.ofx'));
    expect(s?.currency).toBe('NZD');
    expect(s?.account).toEqual({ iban: null, accountNumber: '1234567-00', bankId: '01' });
    expect(s?.periodFrom).toBe('2012-01-01');
    expect(s?.periodTo).toBe('2012-10-03');
    expect(s?.lines.map((l) => l.amountMinor)).toEqual([1990n, -101n, -10000n, -7199n, -2001n]);
    expect(s?.lines[2]).toMatchObject({
      bookingDate: '2012-09-07',
      bankTransactionId: '20120907.0',
      counterpartyName: '06 0773 0214764 33',
      remittance: 'Debit Transfer: Bike',
      source: 'line 54',
    });
    expect(s?.closingBalanceMinor).toBe(422579n);
    expect(s?.openingDerived).toBe(true);
    const sum = s?.lines.reduce((a, l) => a + l.amountMinor, 0n) ?? 0n;
    expect((s?.openingBalanceMinor ?? 0n) + sum).toBe(s?.closingBalanceMinor);
  });

  it('reads a QFX whose leaves are closed, with time zones on dates', () => {
    const [s] = readOfx(fixture('example-xml.qfx'));
    expect(s?.currency).toBe('USD');
    expect(s?.lines).toHaveLength(1);
    expect(s?.lines[0]).toMatchObject({
      bookingDate: '2016-12-15',
      amountMinor: 84n,
      bankTransactionId: '21172131531687',
      counterpartyName: 'Interest Paid',
    });
  });

  it('decodes entities, an IBAN account id, comma decimals and CHECKNUM as the reference', () => {
    const [s] = readOfx(stmt(trn('A1', '12,50', '<CHECKNUM>1001\n<MEMO>Inv 2026-7\n')));
    expect(s?.account.iban).toBe('DE89370400440532013000');
    expect(s?.lines[0]).toMatchObject({
      amountMinor: 1250n,
      counterpartyName: 'Acme & Co',
      reference: '1001',
      remittance: 'Inv 2026-7',
    });
  });

  it('refuses a duplicate FITID, naming both lines', () => {
    const e = caught(() => readOfx(stmt(trn('DUP', '1.00') + trn('DUP', '2.00'))));
    expect(e.message).toMatch(/FITID DUP twice: at line 24 and at line 31/);
    expect(e.details.reason).toBe('duplicate_fitid');
  });

  it('refuses a truncated file, naming what is left open', () => {
    const text = stmt(trn('A', '1.00'));
    const e = caught(() => readOfx(text.slice(0, text.indexOf('</BANKTRANLIST>'))));
    expect(e.details.reason).toBe('truncated');
    expect(e.message).toMatch(/<BANKTRANLIST> \(line 21\), <STMTRS> \(line 14\)/);
  });

  it('refuses a close tag that closes nothing, amounts with exponents, bad dates, no statement', () => {
    expect(caught(() => parseSgml(`${SGML_HEAD}<OFX>\n</STMTRS>\n</OFX>`)).message).toMatch(
      /closes <\/STMTRS> on line 12/,
    );
    expect(caught(() => readOfx(stmt(trn('A', '1e3')))).details.reason).toBe('bad_amount');
    expect(
      caught(() => readOfx(stmt(trn('A', '1.00').replace('20260105120000[-5:EST]', '20260230')))).details
        .reason,
    ).toBe('bad_date');
    expect(
      caught(() => readOfx(`${SGML_HEAD}<OFX>\n<SIGNONMSGSRSV1>\n</SIGNONMSGSRSV1>\n</OFX>`)).details.reason,
    ).toBe('no_statement');
    expect(caught(() => readOfx('hello, world')).details.reason).toBe('not_ofx');
  });

  it('empty leaves without a value do not swallow their siblings', () => {
    const [s] = readOfx(stmt(trn('E1', '5.00', '<MEMO>\n<REFNUM>R-1\n')));
    expect(s?.lines[0]?.reference).toBe('R-1');
  });

  it('refuses bytes that are not UTF-8 when the header says UTF-8, and an over-size file with 413', () => {
    const bytes = Buffer.concat([
      Buffer.from(stmt(trn('A', '1.00')).replace('ENCODING:USASCII', 'ENCODING:UTF-8')),
      Buffer.from([0xff, 0xfe]),
    ]);
    expect(caught(() => readOfx(bytes)).details.reason).toBe('bad_encoding');
    expect(caught(() => readOfx(stmt(trn('A', '1.00')), { maxBytes: 100 })).code).toBe('payload_too_large');
  });
});

describe('OFX 2.x (XML)', () => {
  const xml = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>\n<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>USD</CURDEF><CCACCTFROM><ACCTID>4111</ACCTID></CCACCTFROM><BANKTRANLIST><DTSTART>20260101</DTSTART><DTEND>20260131</DTEND>${body}</BANKTRANLIST><LEDGERBAL><BALAMT>-50.00</BALAMT><DTASOF>20260131</DTASOF></LEDGERBAL></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>`;
  it('reads a credit-card statement through the strict XML reader', () => {
    const [s] = readOfx(
      xml(
        '<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20260110</DTPOSTED><TRNAMT>-50.00</TRNAMT><FITID>X1</FITID><PAYEE><NAME>Shop</NAME></PAYEE></STMTTRN>',
      ),
    );
    expect(s?.account.accountNumber).toBe('4111');
    expect(s?.lines[0]).toMatchObject({
      amountMinor: -5000n,
      counterpartyName: 'Shop',
      source: 'OFX/CREDITCARDMSGSRSV1/CCSTMTTRNRS/CCSTMTRS/BANKTRANLIST/STMTTRN',
    });
    expect(s?.openingBalanceMinor).toBe(0n);
  });
  it('refuses a DTD (XXE / entity bombs) and a truncated document', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE OFX [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><OFX>&b;</OFX>`;
    expect(caught(() => readOfx(bomb)).details.reason).toBe('xml_dtd_forbidden');
    const t = xml('');
    expect(caught(() => readOfx(t.slice(0, t.length - 40))).details.reason).toBe('xml_malformed');
  });
});

describe('OFX writer', () => {
  it('round-trips through the reader (SGML, unclosed leaves, escaped text)', async () => {
    const { writeOfx } = await import('./write.ts');
    const st = {
      format: 'ofx' as const,
      account: { iban: null, accountNumber: '4001234567', bankId: '081000032' },
      currency: 'USD',
      statementId: null,
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      openingBalanceMinor: 10000n,
      closingBalanceMinor: 10000n + 123456n - 1500n,
      openingDerived: true,
      lines: [
        {
          bookingDate: '2026-11-03',
          valueDate: null,
          amountMinor: 123456n,
          bankTransactionId: 'F1',
          reference: 'INV-7',
          counterpartyName: 'Smith & Sons <LLC>',
          counterpartyIban: null,
          remittance: 'Invoice INV-7',
          source: '',
        },
        {
          bookingDate: '2026-11-30',
          valueDate: '2026-11-30',
          amountMinor: -1500n,
          bankTransactionId: 'F2',
          reference: null,
          counterpartyName: null,
          counterpartyIban: null,
          remittance: 'Monthly fee',
          source: '',
        },
      ],
    };
    const [back] = readOfx(writeOfx(st));
    expect(back?.lines.map(({ source: _, ...l }) => l)).toEqual(st.lines.map(({ source: _, ...l }) => l));
    expect(back).toMatchObject({
      openingBalanceMinor: 10000n,
      closingBalanceMinor: st.closingBalanceMinor,
      account: st.account,
    });
  });
});
