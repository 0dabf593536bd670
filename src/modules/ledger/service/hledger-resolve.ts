import { isCurrency, minorUnits } from '../../../kernel/money.ts';
import type { AccountType } from './accounts.ts';
import {
  type Amount,
  type Dec,
  decAdd,
  decCmp,
  decDiv,
  decMul,
  decNeg,
  decToString,
  decTrim,
  decZero,
  type Journal,
  JournalError,
  type Posting,
  type Transaction,
} from './hledger-parse.ts';
import type { EntryInput } from './posting.ts';

/**
 * Turns a parsed journal into Steward's terms, the way hledger 1.25 reads it: account types (declared with
 * `type:` or inferred from the top-level names), balance assignments, the one elided amount, balance
 * assertions checked in date order, commodities mapped to currencies, prices to exchange rates. Pure.
 */
export interface ResolvedAccount {
  name: string;
  type: AccountType;
  subtype: 'cash' | null;
  file: string;
  line: number;
}

export interface ResolvedEntry {
  input: EntryInput;
  file: string;
  line: number;
  /** The journal line of each of the entry's lines, for error messages. */
  lineRefs: number[];
}

export interface ResolvedJournal {
  accounts: ResolvedAccount[];
  entries: ResolvedEntry[];
  rates: { currency: string; date: string; rate: string }[];
  skipped: number;
}

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  Kč: 'CZK',
  zł: 'PLN',
  '₹': 'INR',
  '₩': 'KRW',
  '₪': 'ILS',
  '₴': 'UAH',
  R$: 'BRL',
  C$: 'CAD',
  A$: 'AUD',
  Fr: 'CHF',
  kr: 'SEK',
};

/** The ISO currency of an hledger commodity, or null; '' (no commodity) is the base currency. */
export function currencyOfCommodity(commodity: string, base: string): string | null {
  if (commodity === '') return base;
  const mapped = SYMBOLS[commodity] ?? commodity.toUpperCase();
  return isCurrency(mapped) ? mapped : null;
}

const TYPE_NAMES: Record<string, string> = {
  a: 'A',
  asset: 'A',
  assets: 'A',
  l: 'L',
  liability: 'L',
  liabilities: 'L',
  e: 'E',
  equity: 'E',
  r: 'R',
  revenue: 'R',
  revenues: 'R',
  income: 'R',
  x: 'X',
  expense: 'X',
  expenses: 'X',
  c: 'C',
  cash: 'C',
  v: 'V',
  conversion: 'V',
};

const INFER: [RegExp, string][] = [
  [/^assets?(:.+)?:(cash|bank|che(ck|que?)(ing)?|savings?|current)(:|$)/i, 'C'],
  [/^assets?(:|$)/i, 'A'],
  [/^(debts?|liabilit(y|ies))(:|$)/i, 'L'],
  [/^equity:(trad(e|ing)|conversion)s?(:|$)/i, 'V'],
  [/^equity(:|$)/i, 'E'],
  [/^(income|revenue)s?(:|$)/i, 'R'],
  [/^expenses?(:|$)/i, 'X'],
];

const STEWARD_TYPE: Record<string, AccountType> = {
  A: 'asset',
  C: 'asset',
  L: 'liability',
  E: 'equity',
  V: 'equity',
  R: 'income',
  X: 'expense',
};

const parentOf = (name: string): string | null => {
  const i = name.lastIndexOf(':');
  return i < 0 ? null : name.slice(0, i);
};

function resolveAccounts(j: Journal, used: Map<string, { file: string; line: number }>): ResolvedAccount[] {
  const declared = new Map<string, string>();
  for (const a of j.accounts.values()) {
    if (!a.type) continue;
    const t = TYPE_NAMES[a.type.toLowerCase()];
    if (!t)
      throw new JournalError(a.file, a.line, `unknown account type "${a.type}"; use A, L, E, R, X, C or V.`);
    declared.set(a.name, t);
  }
  const memo = new Map<string, { t: string; declared: boolean } | null>();
  const typeOf = (name: string): { t: string; declared: boolean } | null => {
    if (memo.has(name)) return memo.get(name) ?? null;
    const d = declared.get(name);
    const parent = parentOf(name);
    const p = parent ? typeOf(parent) : null;
    let r: { t: string; declared: boolean } | null = d ? { t: d, declared: true } : null;
    if (!r && p?.declared) r = p;
    if (!r) {
      const inferred = INFER.find(([re]) => re.test(name))?.[1];
      r = inferred ? { t: inferred, declared: false } : p;
    }
    memo.set(name, r);
    return r;
  };
  const where = new Map<string, { file: string; line: number }>();
  for (const a of j.accounts.values()) where.set(a.name, { file: a.file, line: a.line });
  for (const [name, at] of used) if (!where.has(name)) where.set(name, at);
  const all = new Set<string>();
  for (const name of where.keys()) {
    for (let n: string | null = name; n; n = parentOf(n)) all.add(n);
  }
  const names = [...all].sort((a, b) => b.split(':').length - a.split(':').length || a.localeCompare(b));
  const types = new Map<string, { type: AccountType; subtype: 'cash' | null }>();
  for (const name of names) {
    const t = typeOf(name);
    const at = where.get(name);
    if (t) types.set(name, { type: STEWARD_TYPE[t.t] as AccountType, subtype: t.t === 'C' ? 'cash' : null });
    else if (at)
      throw new JournalError(
        at.file,
        at.line,
        `cannot tell the type of account "${name}": declare it, e.g. "account ${name}  ; type: A" (A, L, E, R or X), or name it under assets, liabilities, equity, income or expenses.`,
      );
  }
  // An untyped parent that only groups typed children takes its children's type.
  for (const name of names) {
    const parent = parentOf(name);
    const mine = types.get(name);
    if (!parent || !mine) continue;
    const theirs = types.get(parent);
    if (!theirs) types.set(parent, { type: mine.type, subtype: null });
    else if (theirs.type !== mine.type) {
      const at = where.get(name) ?? { file: '?', line: 0 };
      throw new JournalError(
        at.file,
        at.line,
        `account "${name}" is ${mine.type} but its parent "${parent}" is ${theirs.type}; Steward keeps a sub-account in its parent's type.`,
      );
    }
  }
  return [...types.entries()]
    .sort((a, b) => a[0].split(':').length - b[0].split(':').length || a[0].localeCompare(b[0]))
    .map(([name, t]) => ({ name, ...t, ...(where.get(name) ?? { file: '', line: 0 }) }));
}

const fmt = (a: Amount) => `${decToString(a.q)}${a.commodity ? ` ${a.commodity}` : ''}`;

type Balances = Map<string, Map<string, Dec>>;

function addTo(b: Balances, account: string, commodity: string, q: Dec): void {
  let m = b.get(account);
  if (!m) {
    m = new Map();
    b.set(account, m);
  }
  m.set(commodity, decAdd(m.get(commodity) ?? decZero, q));
}

function costOf(p: Posting, amount: Amount): Amount {
  if (!p.price) return amount;
  const pr = p.price.amount;
  if (p.price.total) return { commodity: pr.commodity, q: amount.q.n < 0n ? decNeg(pr.q) : pr.q };
  return { commodity: pr.commodity, q: decMul(amount.q, pr.q) };
}

function rateText(d: Dec): string {
  return decToString(decTrim(d.s > 12 ? decDiv(d, { n: 1n, s: 0 }, 12) : d));
}

export function resolveJournal(j: Journal, base: string): ResolvedJournal {
  const used = new Map<string, { file: string; line: number }>();
  const currencies = new Map<string, number>();
  const currencyAt = (commodity: string, file: string, line: number): string => {
    const c = currencyOfCommodity(commodity, base);
    if (!c)
      throw new JournalError(
        file,
        line,
        `the commodity "${commodity}" is not a currency Steward keeps (use ISO codes such as USD, EUR, CZK).`,
      );
    return c;
  };
  for (const t of j.transactions)
    for (const p of t.postings) {
      if (!used.has(p.account)) used.set(p.account, { file: p.file, line: p.line });
      for (const a of [p.amount, p.price?.amount, p.assertion?.amount]) {
        if (!a) continue;
        const c = currencyAt(a.commodity, p.file, p.line);
        currencies.set(c, (currencies.get(c) ?? 0) + 1);
      }
    }
  const first = j.transactions[0];
  if (first && currencies.size === 1 && !currencies.has(base)) {
    const only = [...currencies.keys()][0];
    throw new JournalError(
      first.file,
      first.line,
      `this journal is kept in ${only}, but the company's base currency is ${base}. Import it into a company kept in ${only}: steward company create --name NAME --currency ${only}, then steward ledger import --company ID …`,
    );
  }
  const accounts = resolveAccounts(j, used);

  const excl: Balances = new Map();
  const incl: Balances = new Map();
  const apply = (account: string, a: Amount) => {
    addTo(excl, account, a.commodity, a.q);
    for (let n: string | null = account; n; n = parentOf(n)) addTo(incl, n, a.commodity, a.q);
  };
  const balanceOf = (b: Balances, account: string, commodity: string) =>
    b.get(account)?.get(commodity) ?? decZero;

  const txns = j.transactions
    .map((t, i) => ({ t, i }))
    .sort((a, b) => a.t.date.localeCompare(b.t.date) || a.i - b.i);
  const checks = [...j.balanceChecks].sort((a, b) => a.date.localeCompare(b.date));
  let ci = 0;
  const entries: ResolvedEntry[] = [];
  let skipped = 0;
  for (const { t } of txns) {
    while (ci < checks.length && (checks[ci]?.date ?? '') <= t.date) runCheck(checks[ci++]);
    const e = resolveTransaction(t);
    if (e) entries.push(e);
    else skipped += 1;
  }
  while (ci < checks.length) runCheck(checks[ci++]);

  function runCheck(c: (typeof checks)[number] | undefined): void {
    if (!c) return;
    const have = balanceOf(incl, c.account, c.amount.commodity);
    if (decCmp(have, c.amount.q) !== 0)
      throw new JournalError(
        c.file,
        c.line,
        `balance check failed: ${c.account} is ${fmt({ commodity: c.amount.commodity, q: have })} at the start of ${c.date}, the check says ${fmt(c.amount)}.`,
      );
  }

  function resolveTransaction(t: Transaction): ResolvedEntry | null {
    // Balance assignments first (a posting with no amount but an assertion), against the running balances.
    const pending = new Map<string, Map<string, Dec>>();
    const amounts: (Amount | null)[] = t.postings.map((p) => {
      if (p.amount) {
        addTo(pending, p.account, p.amount.commodity, p.amount.q);
        return p.amount;
      }
      if (!p.assertion) return null;
      const a = p.assertion.amount;
      const now = decAdd(
        balanceOf(p.assertion.inclusive ? incl : excl, p.account, a.commodity),
        pending.get(p.account)?.get(a.commodity) ?? decZero,
      );
      const q = decAdd(a.q, decNeg(now));
      addTo(pending, p.account, a.commodity, q);
      return { commodity: a.commodity, q };
    });
    const elided = t.postings.map((_, i) => i).filter((i) => amounts[i] === null);
    if (elided.length > 1) {
      const lines = elided.map((i) => t.postings[i]?.line).join(', ');
      throw new JournalError(
        t.file,
        t.line,
        `more than one posting without an amount (lines ${lines}); only one amount can be inferred.`,
      );
    }
    const sums = new Map<string, Dec>();
    let priced = false;
    t.postings.forEach((p, i) => {
      const a = amounts[i];
      if (!a) return;
      if (p.price) priced = true;
      const c = costOf(p, a);
      sums.set(c.commodity, decAdd(sums.get(c.commodity) ?? decZero, c.q));
    });
    const open = [...sums].filter(([, q]) => q.n !== 0n);
    // Each line: posting index, amount, optional rate to the base currency.
    const lines: { i: number; a: Amount; rate?: string }[] = [];
    t.postings.forEach((_, i) => {
      const a = amounts[i];
      if (a) lines.push({ i, a });
      else for (const [commodity, q] of open) lines.push({ i, a: { commodity, q: decNeg(q) } });
    });
    let implicit: Map<string, string> | null = null;
    if (elided.length === 0 && open.length > 0) {
      const byCurrency = open.map(([c]) => currencyAt(c, t.file, t.line));
      if (open.length === 2 && !priced && byCurrency.includes(base) && byCurrency[0] !== byCurrency[1]) {
        const [baseSum, other] = byCurrency[0] === base ? [open[0], open[1]] : [open[1], open[0]];
        implicit = new Map([
          [other?.[0] ?? '', rateText(decDiv(decNeg(baseSum?.[1] ?? decZero), other?.[1] ?? decZero, 12))],
        ]);
      } else if (!priced || open.some(([c, q]) => !roundsToZero(q, currencyAt(c, t.file, t.line)))) {
        throw new JournalError(
          t.file,
          t.line,
          `this transaction does not balance: its postings add up to ${open.map(([c, q]) => fmt({ commodity: c, q })).join(', ')}.`,
        );
      }
    }
    // Running balances and assertions, posting by posting.
    t.postings.forEach((p, i) => {
      for (const l of lines) if (l.i === i) apply(p.account, l.a);
      if (!p.assertion) return;
      const a = p.assertion.amount;
      const b = p.assertion.inclusive ? incl : excl;
      const have = balanceOf(b, p.account, a.commodity);
      const others = p.assertion.total
        ? [...(b.get(p.account) ?? new Map<string, Dec>())].filter(
            ([c, q]) => c !== a.commodity && q.n !== 0n,
          )
        : [];
      if (decCmp(have, a.q) !== 0 || others.length > 0)
        throw new JournalError(
          p.file,
          p.line,
          `balance assertion failed: ${p.account} is ${[[a.commodity, have] as const, ...others].map(([c, q]) => fmt({ commodity: c, q })).join(', ')} after this posting, the assertion says ${fmt(a)}.`,
        );
    });
    const out: EntryInput['lines'] = [];
    const lineRefs: number[] = [];
    for (const l of lines) {
      const p = t.postings[l.i] as Posting;
      if (l.a.q.n === 0n) continue;
      const currency = currencyAt(l.a.commodity, p.file, p.line);
      const q = decTrim(l.a.q);
      if (q.s > minorUnits(currency))
        throw new JournalError(
          p.file,
          p.line,
          `${currency} amounts have at most ${minorUnits(currency)} decimals; ${decToString(l.a.q)} has more.`,
        );
      let rate: string | undefined;
      if (currency !== base) {
        const pr = p.amount && l.a === amounts[l.i] ? p.price : null;
        if (pr && currencyOfCommodity(pr.amount.commodity, base) === base) {
          rate = rateText(
            pr.total ? decDiv(pr.amount.q, { n: q.n < 0n ? -q.n : q.n, s: q.s }, 12) : pr.amount.q,
          );
        } else rate = implicit?.get(l.a.commodity);
      }
      out.push({
        account: p.account,
        amount: decToString(q),
        currency,
        ...(rate ? { rate } : {}),
        ...(p.comment ? { memo: p.comment.slice(0, 1000) } : {}),
      });
      lineRefs.push(p.line);
    }
    if (out.length < 2) return null;
    if (t.description.length > 1000)
      throw new JournalError(t.file, t.line, 'the description is longer than 1000 characters.');
    if (t.code.length > 200)
      throw new JournalError(t.file, t.line, 'the code is longer than 200 characters.');
    return {
      input: {
        date: t.date,
        description: t.description,
        reference: t.code || null,
        lines: out,
        ...(Object.keys(t.tags).length ? { tags: t.tags } : {}),
      },
      file: t.file,
      line: t.line,
      lineRefs,
    };
  }

  const rates: ResolvedJournal['rates'] = [];
  for (const p of j.prices) {
    const currency = currencyOfCommodity(p.commodity, base);
    if (!currency || currency === base || currencyOfCommodity(p.price.commodity, base) !== base) continue;
    if (p.price.q.n <= 0n) throw new JournalError(p.file, p.line, 'a price must be greater than zero.');
    rates.push({ currency, date: p.date, rate: rateText(p.price.q) });
  }
  return { accounts, entries, rates, skipped };
}

function roundsToZero(q: Dec, currency: string): boolean {
  return decDiv(q, { n: 1n, s: 0 }, minorUnits(currency)).n === 0n;
}
