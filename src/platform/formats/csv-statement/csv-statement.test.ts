import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../kernel/money.ts';
import { type CsvMapping, parseCsvAmount, readCsvStatement } from './index.ts';

function caught(fn: () => unknown): { code: string; message: string; details: Record<string, unknown> } {
  try {
    fn();
  } catch (e) {
    return e as never;
  }
  throw new Error('expected an error');
}

const czech: CsvMapping = {
  delimiter: ';',
  headerRow: true,
  encoding: 'windows-1250',
  dateFormat: 'DD.MM.YYYY',
  decimalSeparator: ',',
  thousandsSeparator: ' ',
  amount: { column: 'Částka' },
  bookingDate: 'Datum',
  reference: 'VS',
  counterpartyName: 'Protistrana',
  counterpartyIban: 'Účet protistrany',
  text: 'Zpráva',
  bankTransactionId: 'ID pohybu',
};

const czechText = [
  'Datum;Částka;VS;Protistrana;Účet protistrany;Zpráva;ID pohybu',
  '05.01.2026;-1 250,50;20260001;Dodavatel s.r.o.;CZ65 0800 0000 1920 0014 5399;Platba faktury;P1',
  '06.01.2026;12 000,00;;"Zákazník; a.s.";;"Úhrada ""zálohy""";P2',
  '',
].join('\r\n');

const us: CsvMapping = {
  delimiter: ',',
  headerRow: true,
  encoding: 'utf-8',
  dateFormat: 'MM/DD/YYYY',
  decimalSeparator: '.',
  thousandsSeparator: ',',
  amount: { debit: 'Debit', credit: 'Credit' },
  bookingDate: 'Date',
  text: 'Description',
};

describe('CSV statements', () => {
  it('reads a windows-1250 Czech export: decimal comma, space thousands, quoted delimiters', () => {
    const s = readCsvStatement(new TextEncoderCp1250().encode(czechText), {
      mapping: czech,
      currency: 'CZK',
    });
    expect(s.lines).toHaveLength(2);
    expect(s.lines[0]).toMatchObject({
      bookingDate: '2026-01-05',
      amountMinor: -125050n,
      reference: '20260001',
      counterpartyName: 'Dodavatel s.r.o.',
      counterpartyIban: 'CZ6508000000192000145399',
      bankTransactionId: 'P1',
      source: 'line 2',
    });
    expect(s.lines[1]).toMatchObject({
      amountMinor: 1200000n,
      counterpartyName: 'Zákazník; a.s.',
      remittance: 'Úhrada "zálohy"',
      source: 'line 3',
    });
    expect([s.periodFrom, s.periodTo]).toEqual(['2026-01-05', '2026-01-06']);
  });

  it('reads separate debit and credit columns with US dates and comma thousands', () => {
    const text = 'Date,Description,Debit,Credit\n01/31/2026,Fee,"1,234.56",\n02/01/2026,Deposit,,99.10\n';
    const s = readCsvStatement(text, { mapping: us, currency: 'USD' });
    expect(s.lines.map((l) => [l.bookingDate, l.amountMinor])).toEqual([
      ['2026-01-31', -123456n],
      ['2026-02-01', 9910n],
    ]);
  });

  it('applies the sign convention and column numbers when there is no header', () => {
    const mapping: CsvMapping = {
      ...us,
      headerRow: false,
      amount: { column: 3 },
      bookingDate: 1,
      text: 2,
      sign: 'debit_positive',
      dateFormat: 'YYYY-MM-DD',
    };
    const s = readCsvStatement('2026-03-01,Card,25.00\n', { mapping, currency: 'USD' });
    expect(s.lines[0]?.amountMinor).toBe(-2500n);
  });

  it('refuses mixed decimal separators, naming the line', () => {
    const text =
      'Datum;Částka;VS;Protistrana;Účet protistrany;Zpráva;ID pohybu\n05.01.2026;-1250,50;;;;;\n06.01.2026;99.95;;;;;\n';
    const e = caught(() =>
      readCsvStatement(text, { mapping: { ...czech, encoding: 'utf-8' }, currency: 'CZK' }),
    );
    expect(e.details).toEqual({ reason: 'mixed_decimal_separators', line: 3 });
    expect(e.message).toMatch(/Line 3 .* "99\.95" with "\." as the decimal separator/);
    const dotThousands = { ...czech, encoding: 'utf-8' as const, thousandsSeparator: '.' as const };
    expect(
      caught(() => readCsvStatement(text, { mapping: dotThousands, currency: 'CZK' })).details.reason,
    ).toBe('mixed_decimal_separators');
  });

  it('refuses the wrong encoding, bad dates, amounts with exponents, unknown columns, too many decimals', () => {
    const bytes = new TextEncoderCp1250().encode(czechText);
    expect(
      caught(() => readCsvStatement(bytes, { mapping: { ...czech, encoding: 'utf-8' }, currency: 'CZK' }))
        .details.reason,
    ).toBe('bad_encoding');
    const m = { ...czech, encoding: 'utf-8' as const };
    const head = 'Datum;Částka;VS;Protistrana;Účet protistrany;Zpráva;ID pohybu\n';
    expect(
      caught(() => readCsvStatement(`${head}31.02.2026;1,00\n`, { mapping: m, currency: 'CZK' })).details,
    ).toEqual({ reason: 'bad_date', line: 2 });
    expect(
      caught(() => readCsvStatement(`${head}01.02.2026;1e3\n`, { mapping: m, currency: 'CZK' })).details,
    ).toEqual({ reason: 'bad_amount', line: 2 });
    expect(
      caught(() => readCsvStatement(`${head}01.02.2026;1,005\n`, { mapping: m, currency: 'CZK' })).details
        .reason,
    ).toBe('bad_amount');
    expect(
      caught(() => readCsvStatement(`${head}01.02.2026;"1,00\n`, { mapping: m, currency: 'CZK' })).details
        .reason,
    ).toBe('truncated');
    expect(
      caught(() =>
        readCsvStatement(`${head}01.02.2026;1,00\n`, {
          mapping: { ...m, text: 'Poznámka' },
          currency: 'CZK',
        }),
      ).details.reason,
    ).toBe('bad_mapping');
    const utf16 = Buffer.from(`\ufeff${head}`, 'utf16le');
    expect(caught(() => readCsvStatement(utf16, { mapping: m, currency: 'CZK' })).details.reason).toMatch(
      /bad_encoding/,
    );
  });

  it('parses every amount it formats, exactly (no floats)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.constantFrom<[',' | '.', '' | ' ' | '.' | ',']>([',', ' '], [',', '.'], ['.', ','], ['.', '']),
        (minor, [dec, th]) => {
          const plain = formatMoney({ amount: minor, currency: 'EUR' });
          const [whole, frac] = plain.replace('-', '').split('.');
          const grouped = th ? (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, th) : whole;
          const text = `${minor < 0n ? '-' : ''}${grouped}${dec}${frac}`;
          expect(parseCsvAmount(text, { decimalSeparator: dec, thousandsSeparator: th }, 'EUR', 1)).toBe(
            minor,
          );
        },
      ),
    );
  });
});

/** windows-1250 encoder for the few Czech letters the test uses (Node has no TextEncoder for it). */
class TextEncoderCp1250 {
  encode(text: string): Uint8Array {
    const map: Record<string, number> = {
      Č: 0xc8,
      á: 0xe1,
      Ú: 0xda,
      č: 0xe8,
      í: 0xed,
      ý: 0xfd,
      ú: 0xfa,
      ř: 0xf8,
      ě: 0xec,
      ž: 0x9e,
      š: 0x9a,
      Z: 0x5a,
    };
    return Uint8Array.from(
      [...text].map((ch) => map[ch] ?? (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : 0x3f)),
    );
  }
}
