import { currencyDecimals, fromMinor, parseDecimalInput, toMinor } from '../../lib/decimal';
import type { DraftLine, EntryInput, LedgerAccount } from './ledgerApi';

/** One row of the grid as typed: the account id and the amounts as the user wrote them. */
export interface FormLine {
  key: string;
  account: string;
  debit: string;
  credit: string;
  memo: string;
}

let seq = 0;
export function blankLine(): FormLine {
  seq += 1;
  return { key: `l${seq}`, account: '', debit: '', credit: '', memo: '' };
}

export function isBlank(l: FormLine): boolean {
  return !l.account && !l.debit.trim() && !l.credit.trim() && !l.memo.trim();
}

export type CellError = 'number' | 'decimals' | 'both' | 'account' | 'amount';

export interface Totals {
  /** Per currency, in minor units. */
  currencies: { currency: string; debit: bigint; credit: bigint; decimals: number }[];
  errors: Map<string, Partial<Record<'account' | 'debit' | 'credit', CellError>>>;
  /** Decimal strings per line key, as sent to the server. */
  amounts: Map<string, { debit?: string; credit?: string }>;
  balanced: boolean;
}

/** Checks every typed amount and sums debits and credits per currency (bigint, never a float). */
export function computeTotals(
  lines: FormLine[],
  accounts: Map<string, LedgerAccount>,
  base: string,
  locale: string,
): Totals {
  const sums = new Map<string, { debit: bigint; credit: bigint; decimals: number }>();
  const errors: Totals['errors'] = new Map();
  const amounts: Totals['amounts'] = new Map();
  let filled = 0;
  for (const l of lines) {
    if (isBlank(l)) continue;
    const currency = accounts.get(l.account)?.currency ?? base;
    const decimals = currencyDecimals(currency);
    const err: Partial<Record<'account' | 'debit' | 'credit', CellError>> = {};
    const out: { debit?: string; credit?: string } = {};
    const sum = sums.get(currency) ?? { debit: 0n, credit: 0n, decimals };
    for (const side of ['debit', 'credit'] as const) {
      const parsed = parseDecimalInput(l[side], locale);
      if (parsed === null) err[side] = 'number';
      else if (parsed !== '') {
        const minor = toMinor(parsed, decimals);
        if (minor === null) err[side] = 'decimals';
        else if (minor !== 0n) {
          out[side] = fromMinor(minor, decimals);
          sum[side] += minor;
        }
      }
    }
    if (out.debit && out.credit) err.credit = 'both';
    if (!out.debit && !out.credit && !err.debit && !err.credit) err.debit = 'amount';
    if (!l.account) err.account = 'account';
    sums.set(currency, sum);
    amounts.set(l.key, out);
    if (Object.keys(err).length) errors.set(l.key, err);
    filled += 1;
  }
  const currencies = [...sums].map(([currency, s]) => ({ currency, ...s }));
  const balanced =
    filled >= 2 &&
    errors.size === 0 &&
    (currencies.length > 1 || currencies.every((c) => c.debit === c.credit && c.debit > 0n));
  return { currencies, errors, amounts, balanced };
}

/** The request body: blank rows dropped, amounts as plain decimal strings. */
export function toEntryInput(
  header: { date: string; description: string; reference: string },
  lines: FormLine[],
  totals: Totals,
): EntryInput {
  return {
    date: header.date,
    description: header.description.trim(),
    reference: header.reference.trim() || null,
    lines: lines
      .filter((l) => !isBlank(l))
      .map(
        (l): DraftLine => ({
          account: l.account,
          ...totals.amounts.get(l.key),
          ...(l.memo.trim() ? { memo: l.memo.trim() } : {}),
        }),
      ),
  };
}

/** A saved draft's lines back into the grid (amounts shown in the user's locale). */
export function fromDraft(lines: DraftLine[], accounts: LedgerAccount[], locale: string): FormLine[] {
  const byRef = new Map<string, LedgerAccount>();
  for (const a of accounts) for (const k of [a.fullName, a.code, a.id]) byRef.set(k, a);
  const show = (v: string | undefined) =>
    v ? new Intl.NumberFormat(locale, { maximumFractionDigits: 12 }).format(v as unknown as number) : '';
  return lines.map((l) => ({
    ...blankLine(),
    account: byRef.get(l.account)?.id ?? '',
    debit: show(l.debit),
    credit: show(l.credit),
    memo: l.memo ?? '',
  }));
}
