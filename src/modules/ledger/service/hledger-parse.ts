import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';

/**
 * A reader for hledger/ledger-style journals (the common subset hledger 1.25 reads): account, commodity, P,
 * include, D, Y, decimal-mark, alias, apply account directives; transactions with dates, status marks, codes,
 * descriptions, comments and tags; postings with amounts, @/@@ prices and balance assertions. Automated (`=`)
 * and periodic (`~`) transactions are skipped, as hledger does without --auto/--forecast. Pure: amounts are
 * exact decimals (bigint + scale), never floats. Errors name the file and line.
 */
export interface Dec {
  n: bigint;
  s: number; // scale: value = n / 10^s
}

export interface Amount {
  commodity: string;
  q: Dec;
}

export interface Posting {
  account: string;
  amount: Amount | null;
  price: { total: boolean; amount: Amount } | null;
  assertion: { amount: Amount; total: boolean; inclusive: boolean } | null;
  comment: string;
  tags: Record<string, string>;
  file: string;
  line: number;
}

export interface Transaction {
  file: string;
  line: number;
  date: string;
  status: '' | '*' | '!';
  code: string;
  description: string;
  comment: string;
  tags: Record<string, string>;
  postings: Posting[];
}

export interface AccountDecl {
  name: string;
  type: string | null;
  file: string;
  line: number;
}

export interface CommodityStyle {
  symbol: string;
  decimalMark: '.' | ',' | null;
  precision: number | null;
}

export interface PriceDirective {
  date: string;
  commodity: string;
  price: Amount;
  file: string;
  line: number;
}

/** Beancount-style `DATE balance ACCOUNT AMOUNT`: the balance at the start of DATE, sub-accounts included. */
export interface BalanceCheck {
  date: string;
  account: string;
  amount: Amount;
  file: string;
  line: number;
}

export interface Journal {
  accounts: Map<string, AccountDecl>;
  commodities: Map<string, CommodityStyle>;
  prices: PriceDirective[];
  transactions: Transaction[];
  balanceChecks: BalanceCheck[];
}

export class JournalError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'JournalError';
  }
}

// ---- exact decimals ----

export function decAdd(a: Dec, b: Dec): Dec {
  const s = Math.max(a.s, b.s);
  return { n: a.n * 10n ** BigInt(s - a.s) + b.n * 10n ** BigInt(s - b.s), s };
}
export const decNeg = (a: Dec): Dec => ({ n: -a.n, s: a.s });
export const decZero: Dec = { n: 0n, s: 0 };
export function decCmp(a: Dec, b: Dec): number {
  const d = decAdd(a, decNeg(b)).n;
  return d === 0n ? 0 : d > 0n ? 1 : -1;
}
export function decMul(a: Dec, b: Dec): Dec {
  return { n: a.n * b.n, s: a.s + b.s };
}
/** a / b rounded half up to `scale` decimals. */
export function decDiv(a: Dec, b: Dec, scale: number): Dec {
  if (b.n === 0n) throw new RangeError('division by zero');
  // a.n/10^a.s ÷ b.n/10^b.s = a.n·10^b.s / (b.n·10^a.s)
  let num = a.n * 10n ** BigInt(b.s + scale);
  let den = b.n * 10n ** BigInt(a.s);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const neg = num < 0n;
  const abs = neg ? -num : num;
  const q = (abs * 2n + den) / (den * 2n);
  return { n: neg ? -q : q, s: scale };
}
export function decToString(a: Dec): string {
  const neg = a.n < 0n;
  const digits = (neg ? -a.n : a.n).toString().padStart(a.s + 1, '0');
  const whole = a.s ? digits.slice(0, -a.s) : digits;
  return `${neg ? '-' : ''}${whole}${a.s ? `.${digits.slice(-a.s)}` : ''}`;
}
/** The same value with trailing fractional zeros removed. */
export function decTrim(a: Dec): Dec {
  let { n, s } = a;
  while (s > 0 && n % 10n === 0n) {
    n /= 10n;
    s -= 1;
  }
  return { n, s };
}

// ---- small parsers ----

const DATE_RE = /^(?:(\d{4})[-/.])?(\d{1,2})[-/.](\d{1,2})$/;

export function parseDate(text: string, defaultYear: number | null): string | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const y = m[1] ? Number(m[1]) : defaultYear;
  if (y === null) return null;
  const iso = `${String(y).padStart(4, '0')}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** hledger tags in a comment: `name: value` pairs, a value running to the next comma or the end. */
export function parseTags(comment: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const m of comment.matchAll(/(?:^|[\s,])([^\s,:]+):([^,]*)/g)) {
    if (m[1]) tags[m[1]] = (m[2] ?? '').trim();
  }
  return tags;
}

/** Digits with separators → exact decimal. `mark` is the commodity's declared decimal mark, if any. */
export function parseNumber(raw: string, mark: '.' | ',' | null): Dec | null {
  if (!/^(\d[\d.,]*|[.,]\d[\d.,]*)$/.test(raw) || /[.,]{2}/.test(raw)) return null;
  let decimal: string | null = mark;
  if (!decimal) {
    const lastDot = raw.lastIndexOf('.');
    const lastComma = raw.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
    else if (lastDot >= 0) decimal = raw.indexOf('.') === lastDot ? '.' : null;
    else if (lastComma >= 0) decimal = raw.indexOf(',') === lastComma ? ',' : null;
  }
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : raw.includes('.') ? '.' : ',';
  const cleaned = raw.split(group).join('');
  const parts = decimal ? cleaned.split(decimal) : [cleaned];
  if (parts.length > 2 || parts.some((p) => /[.,]/.test(p))) return null;
  const [int = '', frac = ''] = parts;
  if (!/^\d*$/.test(int) || !/^\d*$/.test(frac) || int + frac === '') return null;
  return { n: BigInt(int + frac || '0'), s: frac.length };
}

const SYMBOL = /^[^\s\d\-+.,;@=*"{}[\]()/]+/;

/** `10000.00 USD`, `USD 10000.00`, `$10.00`, `-$5`, `$-5`, `-5 EUR`, `1,000.00 USD`, `"AB C" 3`, `10` … */
export function parseAmount(
  text: string,
  styles: Map<string, CommodityStyle>,
  defaultCommodity: string,
  globalMark: '.' | ',' | null,
): Amount | null {
  let t = text.trim();
  let sign = 1n;
  const takeSign = () => {
    if (t.startsWith('-') || t.startsWith('+')) {
      if (t.startsWith('-')) sign = -sign;
      t = t.slice(1).trimStart();
    }
  };
  takeSign();
  let commodity = '';
  let numText = '';
  const quoted = /^"([^"]*)"/.exec(t);
  const sym = quoted ? null : SYMBOL.exec(t);
  if (quoted || sym) {
    commodity = quoted ? (quoted[1] ?? '') : (sym?.[0] ?? '');
    t = t.slice((quoted ?? sym)?.[0].length ?? 0).trimStart();
    takeSign();
    numText = t;
  } else {
    const m = /^([\d.,]+)\s*(.*)$/.exec(t);
    if (!m) return null;
    numText = m[1] ?? '';
    const rest = (m[2] ?? '').trim();
    if (rest) {
      const q = /^"([^"]*)"$/.exec(rest);
      if (q) commodity = q[1] ?? '';
      else if (SYMBOL.exec(rest)?.[0] === rest) commodity = rest;
      else return null;
    }
  }
  if (!commodity) commodity = defaultCommodity;
  const q = parseNumber(numText.trim(), styles.get(commodity)?.decimalMark ?? globalMark);
  if (!q) return null;
  return { commodity, q: { n: q.n * sign, s: q.s } };
}

function typeFromTags(comment: string): string | null {
  const t = parseTags(comment).type;
  return t ? t.trim() : null;
}

/** Splits `text  ; comment` at the first `;` (hledger ends descriptions and amounts there). */
function splitComment(text: string): [string, string] {
  const i = text.indexOf(';');
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + 1).trim()];
}

// ---- the reader ----

export interface ParseOptions {
  /** Reads an included file; defaults to the file system. */
  readFile?: (path: string) => string;
}

interface State {
  journal: Journal;
  year: number | null;
  defaultCommodity: string;
  mark: '.' | ',' | null;
  aliases: [string, string][];
  parents: string[];
  stack: string[];
  root: string;
  read: (path: string) => string;
}

export function parseJournalFile(path: string, opts: ParseOptions = {}): Journal {
  const full = resolve(path);
  const read = opts.readFile ?? ((p: string) => readFileSync(p, 'utf8'));
  const st = newState(dirname(full), read);
  readInto(st, full, read(full));
  return st.journal;
}

/** Parses journal text; `name` is the file name shown in errors, includes are relative to `dir`. */
export function parseJournalText(
  text: string,
  name = 'journal',
  dir = '.',
  opts: ParseOptions = {},
): Journal {
  const read = opts.readFile ?? ((p: string) => readFileSync(p, 'utf8'));
  const st = newState(resolve(dir), read);
  readInto(st, resolve(dir, name), text);
  return st.journal;
}

function newState(root: string, read: (path: string) => string): State {
  return {
    journal: { accounts: new Map(), commodities: new Map(), prices: [], transactions: [], balanceChecks: [] },
    year: null,
    defaultCommodity: '',
    mark: null,
    aliases: [],
    parents: [],
    stack: [],
    root,
    read,
  };
}

function accountName(st: State, raw: string): string {
  let name = raw.trim();
  for (const [from, to] of st.aliases) {
    if (name === from || name.startsWith(`${from}:`)) name = to + name.slice(from.length);
  }
  return st.parents.length ? `${st.parents.join(':')}:${name}` : name;
}

function readInto(st: State, path: string, text: string): void {
  if (st.stack.includes(path)) throw new Error(`include cycle: ${path}`);
  st.stack.push(path);
  const file = st.stack.length === 1 ? basename(path) : relative(st.root, path);
  const fail = (line: number, reason: string): never => {
    throw new JournalError(file, line, reason);
  };
  const lines = text.split(/\r?\n/);
  let txn: Transaction | null = null;
  let decl: { kind: 'account'; acc: AccountDecl } | { kind: 'commodity'; symbol: string } | null = null;
  let skipping: 'block' | 'comment' | null = null;
  const amountOf = (s: string, line: number): Amount =>
    parseAmount(s, st.journal.commodities, st.defaultCommodity, st.mark) ??
    fail(line, `cannot read the amount "${s.trim()}".`);

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    if (skipping === 'comment') {
      if (/^end\s+comment\b/.test(raw)) skipping = null;
      continue;
    }
    if (raw.trim() === '') {
      txn = null;
      decl = null;
      if (skipping === 'block') skipping = null;
      continue;
    }
    if (/^\s/.test(raw)) {
      if (skipping) continue;
      const body = raw.trim();
      if (txn) {
        if (/^[;#]/.test(body)) {
          const c = body.replace(/^[;#]\s?/, '');
          const target = txn.postings[txn.postings.length - 1] ?? txn;
          target.comment = target.comment ? `${target.comment}\n${c}` : c;
          Object.assign(target.tags, parseTags(c));
          continue;
        }
        txn.postings.push(parsePosting(st, body, file, lineNo, amountOf, fail));
        continue;
      }
      if (decl?.kind === 'account') {
        const t = typeFromTags(body.replace(/^;/, ''));
        if (t) decl.acc.type = t;
        continue;
      }
      if (decl?.kind === 'commodity') {
        const m = /^format\s+(.+)$/.exec(splitComment(body)[0].trim());
        if (m?.[1]) setCommodityFormat(st, m[1], lineNo, fail);
        continue;
      }
      continue; // hledger ignores indented comment lines between items
    }
    txn = null;
    decl = null;
    skipping = null;
    if (/^[;#*%|]/.test(raw)) continue;
    if (/^comment\s*$/.test(raw)) {
      skipping = 'comment';
      continue;
    }
    if (/^[=~]/.test(raw)) {
      skipping = 'block'; // automated or periodic transaction: hledger ignores it without --auto/--forecast
      continue;
    }
    if (/^\d/.test(raw)) {
      txn = parseHeader(st, raw, file, lineNo, amountOf, fail);
      continue;
    }
    const [head, comment] = splitComment(raw);
    const word = /^(\S+)\s*(.*)$/.exec(head.trim());
    const directive = word?.[1] ?? '';
    const arg = (word?.[2] ?? '').trim();
    switch (directive) {
      case 'account': {
        const m = /^(.+?)(?:\s{2,}|\t|$)(.*)$/.exec(arg);
        const name = accountName(st, m?.[1] ?? arg);
        if (!name) fail(lineNo, 'the account directive needs an account name.');
        const legacy = (m?.[2] ?? '').trim();
        const type = typeFromTags(comment) ?? (/^[ALERXCV]$/.test(legacy) ? legacy : null);
        const acc: AccountDecl = st.journal.accounts.get(name) ?? { name, type: null, file, line: lineNo };
        if (type) acc.type = type;
        st.journal.accounts.set(name, acc);
        decl = { kind: 'account', acc };
        break;
      }
      case 'commodity': {
        if (/\d/.test(arg)) setCommodityFormat(st, arg, lineNo, fail);
        else {
          const symbol = arg.replace(/^"(.*)"$/, '$1');
          if (!st.journal.commodities.has(symbol))
            st.journal.commodities.set(symbol, { symbol, decimalMark: null, precision: null });
          decl = { kind: 'commodity', symbol };
        }
        if (!decl) decl = { kind: 'commodity', symbol: '' };
        break;
      }
      case 'P': {
        const m = /^(\S+)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+("[^"]*"|\S+)\s+(.+)$/.exec(arg);
        const date = m?.[1] ? parseDate(m[1], st.year) : null;
        if (!m || !date) fail(lineNo, 'a price directive reads: P DATE COMMODITY AMOUNT.');
        st.journal.prices.push({
          date: date as string,
          commodity: (m?.[2] ?? '').replace(/^"(.*)"$/, '$1'),
          price: amountOf(m?.[3] ?? '', lineNo),
          file,
          line: lineNo,
        });
        break;
      }
      case 'include': {
        if (!arg) fail(lineNo, 'include needs a file name.');
        if (/[*?[]/.test(arg)) fail(lineNo, `include with a glob pattern ("${arg}") is not supported.`);
        const target = resolve(dirname(path), arg.replace(/^~(?=\/)/, process.env.HOME ?? '~'));
        if (st.stack.includes(target)) fail(lineNo, `${arg} includes itself (an include cycle).`);
        let content = '';
        try {
          content = st.read(target);
        } catch {
          fail(lineNo, `cannot read the included file ${arg}.`);
        }
        readInto(st, target, content);
        break;
      }
      case 'D': {
        const a = amountOf(arg, lineNo);
        st.defaultCommodity = a.commodity;
        setCommodityFormat(st, arg, lineNo, fail);
        break;
      }
      case 'Y':
      case 'year': {
        if (!/^\d{4}$/.test(arg)) fail(lineNo, `the year "${arg}" must have four digits.`);
        st.year = Number(arg);
        break;
      }
      case 'decimal-mark':
        if (arg !== '.' && arg !== ',') fail(lineNo, 'decimal-mark must be . or ,');
        st.mark = arg as '.' | ',';
        break;
      case 'alias': {
        const m = /^([^=]+)=(.*)$/.exec(arg);
        if (!m || arg.startsWith('/'))
          fail(lineNo, 'only simple aliases (alias OLD = NEW) are supported, not regular expressions.');
        st.aliases.push([(m?.[1] ?? '').trim(), (m?.[2] ?? '').trim()]);
        break;
      }
      case 'end':
        if (/^apply\s+account$/.test(arg)) st.parents.pop();
        else if (arg === 'aliases') st.aliases = [];
        break; // `end`, `end apply tag`: nothing to undo here
      case 'apply':
        if (arg.startsWith('account ')) st.parents.push(arg.slice(8).trim());
        else if (!arg.startsWith('tag')) fail(lineNo, `unsupported directive "apply ${arg}".`);
        break;
      case 'N':
      case 'payee':
      case 'tag':
      case 'C':
        break; // no effect on balances
      default:
        fail(
          lineNo,
          `unexpected "${directive}": not a transaction, a comment or a directive this reader knows.`,
        );
    }
  }
  st.stack.pop();
}

function setCommodityFormat(
  st: State,
  sample: string,
  lineNo: number,
  fail: (line: number, reason: string) => never,
): void {
  const t = sample.trim().replace(/^-/, '');
  const m = /^("[^"]*"|[^\s\d.,-]+)?\s*([\d.,]+)\s*("[^"]*"|\S+)?$/.exec(t);
  if (!m) fail(lineNo, `cannot read the commodity format "${sample}".`);
  const symbol = (m[1] ?? m[3] ?? '').replace(/^"(.*)"$/, '$1');
  const digits = m[2] ?? '';
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let decimalMark: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 && digits.indexOf('.') === lastDot) decimalMark = '.';
  else if (lastComma >= 0 && digits.indexOf(',') === lastComma) decimalMark = ',';
  const precision = decimalMark ? digits.length - digits.lastIndexOf(decimalMark) - 1 : 0;
  st.journal.commodities.set(symbol, { symbol, decimalMark, precision });
}

function parseHeader(
  st: State,
  raw: string,
  file: string,
  lineNo: number,
  amountOf: (s: string, line: number) => Amount,
  fail: (line: number, reason: string) => never,
): Transaction | null {
  const [head, comment] = splitComment(raw);
  const m = /^(\S+?)(?:=(\S+))?(?:\s+(.*))?$/.exec(head.trimEnd());
  const date = m?.[1] ? parseDate(m[1], st.year) : null;
  if (!m || !date) return fail(lineNo, `"${(m?.[1] ?? raw).slice(0, 20)}" is not a date (YYYY-MM-DD).`);
  if (m[2] && !parseDate(m[2], Number(date.slice(0, 4))))
    fail(lineNo, `the secondary date "${m[2]}" is not a date.`);
  const rest = (m[3] ?? '').trim();
  const bal = /^balance\s+(\S+)\s+(.+)$/.exec(rest);
  if (bal && !comment) {
    st.journal.balanceChecks.push({
      date,
      account: accountName(st, bal[1] ?? ''),
      amount: amountOf(bal[2] ?? '', lineNo),
      file,
      line: lineNo,
    });
    return null;
  }
  const r = /^([*!])?\s*(?:\(([^)]*)\))?\s*(.*)$/.exec(rest);
  const txn: Transaction = {
    file,
    line: lineNo,
    date,
    status: (r?.[1] ?? '') as '' | '*' | '!',
    code: (r?.[2] ?? '').trim(),
    description: (r?.[3] ?? '').trim(),
    comment,
    tags: parseTags(comment),
    postings: [],
  };
  st.journal.transactions.push(txn);
  return txn;
}

function parsePosting(
  st: State,
  body: string,
  file: string,
  lineNo: number,
  amountOf: (s: string, line: number) => Amount,
  fail: (line: number, reason: string) => never,
): Posting {
  const [main, comment] = splitComment(body);
  const text = main.replace(/^[*!]\s*/, '');
  const m = /^(.+?)(?:\s{2,}|\t|$)(.*)$/.exec(text.trimEnd());
  let account = (m?.[1] ?? '').trim();
  if (!account) fail(lineNo, 'a posting needs an account.');
  if (account.startsWith('(') && account.endsWith(')'))
    fail(
      lineNo,
      `unbalanced virtual postings like ${account} cannot be imported: every entry must balance. Make it a real posting.`,
    );
  if (account.startsWith('[') && account.endsWith(']')) account = account.slice(1, -1);
  let rest = (m?.[2] ?? '').trim();
  let assertion: Posting['assertion'] = null;
  const eq = /(==?\*?)\s*(.+)$/.exec(rest);
  if (eq?.[2] !== undefined) {
    const op = eq[1] ?? '=';
    assertion = {
      amount: amountOf(eq[2], lineNo),
      total: op.startsWith('=='),
      inclusive: op.endsWith('*'),
    };
    rest = rest.slice(0, eq.index).trim();
  }
  let price: Posting['price'] = null;
  const at = /(@@?)\s*(.+)$/.exec(rest);
  if (at?.[2] !== undefined) {
    price = { total: at[1] === '@@', amount: amountOf(at[2], lineNo) };
    rest = rest.slice(0, at.index).trim();
  }
  const amount = rest ? amountOf(rest, lineNo) : null;
  if (price && !amount) fail(lineNo, 'a price (@ or @@) needs an amount before it.');
  if (price && price.amount.q.n < 0n) fail(lineNo, 'a price must not be negative.');
  return {
    account: accountName(st, account),
    amount,
    price,
    assertion,
    comment,
    tags: parseTags(comment),
    file,
    line: lineNo,
  };
}
