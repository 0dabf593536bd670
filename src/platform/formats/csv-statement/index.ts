import { isCalendarDay } from '../../../kernel/dates.ts';
import { formatsErrors } from '../i18n.ts';
import {
  clean,
  decimalToMinor,
  ibanLike,
  requireCurrency,
  type StatementImport,
  type StatementLineImport,
  spanOf,
} from '../statement.ts';

/**
 * Bank statements exported as CSV, read with a saved mapping: which columns hold what, how dates and
 * amounts are written, and the file's encoding. Amounts are parsed as text into minor units — never
 * through a float. A file that mixes decimal separators is refused, naming the line.
 */

const WHAT = 'CSV statement';

export const DATE_FORMATS = [
  'YYYY-MM-DD',
  'DD.MM.YYYY',
  'D.M.YYYY',
  'DD/MM/YYYY',
  'MM/DD/YYYY',
  'YYYYMMDD',
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
export const CSV_ENCODINGS = ['utf-8', 'windows-1250', 'windows-1252'] as const;

/** A column: its header text (when the file has a header row) or its 1-based position. */
export type ColumnRef = string | number;

export interface CsvMapping {
  delimiter: ',' | ';' | '\t' | '|';
  /** Lines to skip before the header row or the first data row (bank preambles). */
  skipLines?: number;
  headerRow: boolean;
  encoding: (typeof CSV_ENCODINGS)[number];
  dateFormat: DateFormat;
  decimalSeparator: ',' | '.';
  thousandsSeparator: '' | ' ' | '.' | ',' | "'";
  /** One signed amount column, or separate debit (money out) and credit (money in) columns. */
  amount: { column: ColumnRef } | { debit: ColumnRef; credit: ColumnRef };
  /** For a signed column: whether money in is written positive (usual) or negative. */
  sign?: 'credit_positive' | 'debit_positive';
  bookingDate: ColumnRef;
  valueDate?: ColumnRef;
  reference?: ColumnRef;
  counterpartyName?: ColumnRef;
  counterpartyIban?: ColumnRef;
  text?: ColumnRef;
  bankTransactionId?: ColumnRef;
  /** A currency column, checked against the account's currency on every line. */
  currency?: ColumnRef;
}

export interface ReadCsvOptions {
  mapping: CsvMapping;
  /** The bank account's currency (CSV exports rarely carry one per file). */
  currency: string;
  maxBytes?: number;
}

export const DEFAULT_MAX_CSV_BYTES = 50 * 1024 * 1024;

export function decodeCsv(input: Uint8Array | string, encoding: CsvMapping['encoding']): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(input).replace(/^\uFEFF/, '');
  } catch {
    const loose = new TextDecoder(encoding).decode(input);
    const at = loose.indexOf('\uFFFD');
    const line = at < 0 ? null : loose.slice(0, at).split('\n').length;
    const params = { what: WHAT, encoding: encoding.toUpperCase(), line: String(line) };
    throw formatsErrors.error(
      'validation',
      line ? 'error.csvBadEncodingLine' : 'error.csvBadEncoding',
      params,
      {
        reason: 'bad_encoding',
        line,
      },
    );
  }
}

/** RFC 4180 records with the line each starts on; quotes may hold delimiters, quotes ("") and newlines. */
export function csvRecords(text: string, delimiter: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      any = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      any = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (any || cell !== '') out.push({ line: start, cells });
      cells = [];
      cell = '';
      any = false;
      line++;
      start = line;
    } else {
      cell += ch;
      any = true;
    }
  }
  if (quoted) {
    throw formatsErrors.error(
      'validation',
      'error.csvOpenQuote',
      { what: WHAT, line: String(start) },
      {
        reason: 'truncated',
        line: start,
      },
    );
  }
  if (any || cell !== '') {
    cells.push(cell);
    out.push({ line: start, cells });
  }
  return out;
}

function parseDate(text: string, format: DateFormat, line: number): string {
  const t = text.trim();
  const shapes: Record<DateFormat, [RegExp, number, number, number]> = {
    'YYYY-MM-DD': [/^(\d{4})-(\d{2})-(\d{2})/, 1, 2, 3],
    'DD.MM.YYYY': [/^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/, 3, 2, 1],
    'D.M.YYYY': [/^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/, 3, 2, 1],
    'DD/MM/YYYY': [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, 3, 2, 1],
    'MM/DD/YYYY': [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, 3, 1, 2],
    YYYYMMDD: [/^(\d{4})(\d{2})(\d{2})$/, 1, 2, 3],
  };
  const [re, yi, mi, di] = shapes[format];
  const r = re.exec(t);
  const day = r ? `${r[yi]}-${(r[mi] ?? '').padStart(2, '0')}-${(r[di] ?? '').padStart(2, '0')}` : '';
  if (!isCalendarDay(day)) {
    throw formatsErrors.error(
      'validation',
      'error.csvBadDate',
      { what: WHAT, line: String(line), date: t, format },
      {
        reason: 'bad_date',
        line,
      },
    );
  }
  return day;
}

/**
 * A CSV amount to minor units by string handling: optional sign (leading, trailing or parentheses),
 * thousands separators, the mapping's decimal separator. The other separator appearing where a decimal
 * separator would be is the "mixed separators" error.
 */
export function parseCsvAmount(
  text: string,
  mapping: Pick<CsvMapping, 'decimalSeparator' | 'thousandsSeparator'>,
  currency: string,
  line: number,
): bigint | null {
  let t = text.trim().replace(/\u00a0/g, ' ');
  if (t === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  if (/^[+-]/.test(t)) {
    negative = negative !== (t[0] === '-');
    t = t.slice(1).trim();
  } else if (/-$/.test(t)) {
    negative = !negative;
    t = t.slice(0, -1).trim();
  }
  const dec = mapping.decimalSeparator;
  const other = dec === ',' ? '.' : ',';
  const thousands = mapping.thousandsSeparator;
  if (thousands !== '') t = t.split(thousands).join(thousands === ' ' ? '' : '_');
  // A thousands separator must group digits by three.
  if (thousands !== '' && thousands !== ' ' && t.includes('_')) {
    const [whole] = t.split(dec);
    if (!t.includes(dec) && /_\d{1,2}$/.test(t)) {
      throw formatsErrors.error(
        'validation',
        'error.csvMixedSeparators',
        { what: WHAT, line: String(line), amount: text.trim(), used: thousands, decimal: dec },
        { reason: 'mixed_decimal_separators', line },
      );
    }
    if (!/^\d{1,3}(_\d{3})*$/.test(whole ?? '')) {
      throw formatsErrors.error(
        'validation',
        'error.csvBadGrouping',
        { what: WHAT, line: String(line), amount: text.trim(), thousands },
        { reason: 'bad_amount', line },
      );
    }
    t = t.split('_').join('');
  }
  if (t.includes(other) && other !== thousands) {
    throw formatsErrors.error(
      'validation',
      'error.csvMixedSeparators',
      { what: WHAT, line: String(line), amount: text.trim(), used: other, decimal: dec },
      { reason: 'mixed_decimal_separators', line },
    );
  }
  const shape = dec === ',' ? /^\d+(,\d+)?$/ : /^\d+(\.\d+)?$/;
  if (!shape.test(t)) {
    throw formatsErrors.error(
      'validation',
      'error.csvNotAmount',
      { what: WHAT, line: String(line), text: text.trim() },
      {
        reason: 'bad_amount',
        line,
      },
    );
  }
  const plain = t.replace(dec, '.');
  const minor = decimalToMinor(plain, currency, `line ${line}`, WHAT);
  return negative ? -minor : minor;
}

export function readCsvStatement(input: Uint8Array | string, options: ReadCsvOptions): StatementImport {
  const { mapping } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_CSV_BYTES;
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > maxBytes) {
    throw formatsErrors.error('payload_too_large', 'error.exportTooLarge', {
      what: WHAT,
      size: String(size),
      max: String(maxBytes),
    });
  }
  const currency = requireCurrency(options.currency, 'the bank account', WHAT);
  const text = decodeCsv(input, mapping.encoding);
  if (text.includes(String.fromCharCode(0))) {
    throw formatsErrors.error(
      'validation',
      'error.csvNul',
      { what: WHAT },
      {
        reason: 'bad_encoding',
      },
    );
  }
  const records = csvRecords(text, mapping.delimiter).slice(mapping.skipLines ?? 0);
  const header = mapping.headerRow ? records.shift() : undefined;
  if (records.length === 0)
    throw formatsErrors.error('validation', 'error.csvNoData', { what: WHAT }, { reason: 'empty' });
  const names = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const resolve = (ref: ColumnRef | undefined, label: string): number | null => {
    if (ref === undefined || ref === '') return null;
    if (typeof ref === 'number' || /^\d+$/.test(ref)) {
      const n = Number(ref);
      if (n < 1)
        throw formatsErrors.error(
          'validation',
          'error.csvColumnNumber',
          { label },
          { reason: 'bad_mapping' },
        );
      return n - 1;
    }
    const at = names.indexOf(ref.trim().toLowerCase());
    if (at < 0) {
      const details = { reason: 'bad_mapping', column: ref };
      throw header
        ? formatsErrors.error(
            'validation',
            'error.csvColumnNotInHeader',
            { label, column: ref, line: String(header.line), header: header.cells.join(mapping.delimiter) },
            details,
          )
        : formatsErrors.error('validation', 'error.csvColumnNoHeader', { label, column: ref }, details);
    }
    return at;
  };
  const col = {
    bookingDate: resolve(mapping.bookingDate, 'booking date') as number,
    valueDate: resolve(mapping.valueDate, 'value date'),
    reference: resolve(mapping.reference, 'reference'),
    counterpartyName: resolve(mapping.counterpartyName, 'counterparty'),
    counterpartyIban: resolve(mapping.counterpartyIban, 'counterparty IBAN'),
    text: resolve(mapping.text, 'text'),
    bankTransactionId: resolve(mapping.bankTransactionId, 'transaction id'),
    currency: resolve(mapping.currency, 'currency'),
    amount: 'column' in mapping.amount ? resolve(mapping.amount.column, 'amount') : null,
    debit: 'debit' in mapping.amount ? resolve(mapping.amount.debit, 'debit') : null,
    credit: 'credit' in mapping.amount ? resolve(mapping.amount.credit, 'credit') : null,
  };
  const lines: StatementLineImport[] = records.map(({ line, cells }) => {
    const cell = (i: number | null) => (i === null ? '' : (cells[i] ?? '').trim());
    if (cells.length <= col.bookingDate) {
      throw formatsErrors.error(
        'validation',
        'error.csvShortLine',
        { what: WHAT, line: String(line), cells: String(cells.length), column: String(col.bookingDate + 1) },
        {
          reason: 'short_line',
          line,
        },
      );
    }
    if (col.currency !== null && cell(col.currency) !== '' && cell(col.currency).toUpperCase() !== currency) {
      throw formatsErrors.error(
        'validation',
        'error.csvCurrency',
        { what: WHAT, line: String(line), currency: cell(col.currency), accountCurrency: currency },
        {
          reason: 'currency_mismatch',
          line,
        },
      );
    }
    let amount: bigint;
    if (col.amount !== null) {
      const a = parseCsvAmount(cell(col.amount), mapping, currency, line);
      if (a === null)
        throw formatsErrors.error(
          'validation',
          'error.csvNoAmount',
          { what: WHAT, line: String(line) },
          { reason: 'bad_amount', line },
        );
      amount = mapping.sign === 'debit_positive' ? -a : a;
    } else {
      const debit = parseCsvAmount(cell(col.debit), mapping, currency, line);
      const credit = parseCsvAmount(cell(col.credit), mapping, currency, line);
      if (debit === null && credit === null) {
        throw formatsErrors.error(
          'validation',
          'error.csvNoDebitCredit',
          { what: WHAT, line: String(line) },
          {
            reason: 'bad_amount',
            line,
          },
        );
      }
      const abs = (v: bigint | null) => (v === null ? 0n : v < 0n ? -v : v);
      amount = abs(credit) - abs(debit);
    }
    const value = cell(col.valueDate);
    return {
      bookingDate: parseDate(cell(col.bookingDate), mapping.dateFormat, line),
      valueDate: value ? parseDate(value, mapping.dateFormat, line) : null,
      amountMinor: amount,
      bankTransactionId: clean(cell(col.bankTransactionId)),
      reference: clean(cell(col.reference)),
      counterpartyName: clean(cell(col.counterpartyName)),
      counterpartyIban: ibanLike(cell(col.counterpartyIban)),
      remittance: clean(cell(col.text)),
      source: `line ${line}`,
    };
  });
  const span = spanOf(lines);
  return {
    format: 'csv',
    account: { iban: null, accountNumber: null, bankId: null },
    currency,
    statementId: null,
    periodFrom: span.from,
    periodTo: span.to,
    openingBalanceMinor: null,
    closingBalanceMinor: null,
    openingDerived: false,
    lines,
  };
}
