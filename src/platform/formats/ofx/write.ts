import { formatMoney } from '../../../kernel/money.ts';
import type { StatementImport } from '../statement.ts';

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const day = (d: string) => d.replaceAll('-', '');

/**
 * Writes a `StatementImport` as an OFX 1.02 SGML bank statement (unclosed leaf tags, as banks send them) —
 * for demo data and round-trip tests of the reader. Lines need a bank transaction id (FITID).
 */
export function writeOfx(st: StatementImport): string {
  const amt = (m: bigint) => formatMoney({ amount: m, currency: st.currency });
  const trns = st.lines.map((l, i) =>
    [
      '<STMTTRN>',
      `<TRNTYPE>${l.amountMinor < 0n ? 'DEBIT' : 'CREDIT'}`,
      `<DTPOSTED>${day(l.bookingDate)}`,
      ...(l.valueDate ? [`<DTAVAIL>${day(l.valueDate)}`] : []),
      `<TRNAMT>${amt(l.amountMinor)}`,
      `<FITID>${esc(l.bankTransactionId ?? `${day(l.bookingDate)}.${i + 1}`)}`,
      ...(l.reference ? [`<REFNUM>${esc(l.reference.slice(0, 32))}`] : []),
      ...(l.counterpartyName ? [`<NAME>${esc(l.counterpartyName.slice(0, 32))}`] : []),
      ...(l.remittance ? [`<MEMO>${esc(l.remittance.slice(0, 255))}`] : []),
      '</STMTTRN>',
    ].join('\n'),
  );
  return [
    'OFXHEADER:100',
    'DATA:OFXSGML',
    'VERSION:102',
    'SECURITY:NONE',
    'ENCODING:USASCII',
    'CHARSET:1252',
    'COMPRESSION:NONE',
    'OLDFILEUID:NONE',
    'NEWFILEUID:NONE',
    '',
    '<OFX>',
    '<BANKMSGSRSV1>',
    '<STMTTRNRS>',
    '<TRNUID>1',
    '<STATUS>',
    '<CODE>0',
    '<SEVERITY>INFO',
    '</STATUS>',
    '<STMTRS>',
    `<CURDEF>${st.currency}`,
    '<BANKACCTFROM>',
    `<BANKID>${esc(st.account.bankId ?? '000000000')}`,
    `<ACCTID>${esc(st.account.iban ?? st.account.accountNumber ?? '0')}`,
    '<ACCTTYPE>CHECKING',
    '</BANKACCTFROM>',
    '<BANKTRANLIST>',
    `<DTSTART>${day(st.periodFrom ?? st.lines[0]?.bookingDate ?? '2000-01-01')}`,
    `<DTEND>${day(st.periodTo ?? st.lines.at(-1)?.bookingDate ?? '2000-01-01')}`,
    ...trns,
    '</BANKTRANLIST>',
    ...(st.closingBalanceMinor !== null
      ? [
          '<LEDGERBAL>',
          `<BALAMT>${amt(st.closingBalanceMinor)}`,
          `<DTASOF>${day(st.periodTo ?? '2000-01-01')}`,
          '</LEDGERBAL>',
        ]
      : []),
    '</STMTRS>',
    '</STMTTRNRS>',
    '</BANKMSGSRSV1>',
    '</OFX>',
    '',
  ].join('\n');
}
