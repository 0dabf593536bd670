/**
 * Policy conditions are data, never code: a small JSON-Logic subset — `and`, `or`, `not`, `==`, `!=`, `<`,
 * `<=`, `>`, `>=`, `in`, `var` — over the subject's facts. Decimal strings and integers compare as exact
 * decimals (no floats): `{">=": [{"var": "amount"}, "10000"]}` is true for "10000.00".
 */
export type Logic = unknown;

const BINARY = new Set(['==', '!=', '<', '<=', '>', '>=']);
const MAX_NODES = 200;
const MAX_DEPTH = 12;
const VAR_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/;
const DECIMAL = /^-?\d{1,30}(\.\d{1,18})?$/;

/** Why a condition is not acceptable, or null when it is. */
export function conditionProblem(logic: Logic): string | null {
  let nodes = 0;
  const check = (node: unknown, path: string, depth: number): string | null => {
    nodes += 1;
    if (nodes > MAX_NODES) return `the condition has more than ${MAX_NODES} parts`;
    if (depth > MAX_DEPTH) return `the condition nests deeper than ${MAX_DEPTH} levels`;
    if (node === null || typeof node === 'string' || typeof node === 'boolean') return null;
    if (typeof node === 'number') {
      if (!Number.isSafeInteger(node))
        return `${path}: the number ${node} must be a whole number; write decimals as strings ("1000.50")`;
      return null;
    }
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) {
        const p = check(item, `${path}[${i}]`, depth + 1);
        if (p) return p;
      }
      return null;
    }
    if (typeof node !== 'object') return `${path}: ${typeof node} is not allowed`;
    const keys = Object.keys(node);
    if (keys.length !== 1) return `${path}: an operation is an object with exactly one operator`;
    const op = keys[0] as string;
    const raw = (node as Record<string, unknown>)[op];
    const args = Array.isArray(raw) ? raw : [raw];
    const where = `${path}.${op}`;
    if (op === 'var') {
      if (args.length !== 1 || typeof args[0] !== 'string' || !VAR_PATH.test(args[0]))
        return `${where}: "var" takes one field name such as "amount" or "maker.role"`;
      return null;
    }
    if (op === 'and' || op === 'or') {
      if (args.length < 1) return `${where}: "${op}" needs at least one condition`;
    } else if (op === 'not' || op === '!') {
      if (args.length !== 1) return `${where}: "not" takes one condition`;
    } else if (BINARY.has(op)) {
      if (args.length !== 2) return `${where}: "${op}" compares exactly two values`;
    } else if (op === 'in') {
      if (args.length !== 2) return `${where}: "in" takes a value and a list`;
    } else {
      return `${where}: unknown operator "${op}" (allowed: and, or, not, ==, !=, <, <=, >, >=, in, var)`;
    }
    for (const [i, a] of args.entries()) {
      const p = check(a, `${where}[${i}]`, depth + 1);
      if (p) return p;
    }
    return null;
  };
  if (logic === undefined) return 'the condition is missing';
  return check(logic, 'condition', 0);
}

function lookup(data: unknown, path: string): unknown {
  let cur: unknown = data;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur ?? null;
}

function asDecimal(v: unknown): string | null {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  if (typeof v === 'string' && DECIMAL.test(v.trim())) return v.trim();
  return null;
}

/** Compares two decimal strings exactly: -1, 0 or 1. */
export function compareDecimal(a: string, b: string): number {
  const split = (s: string) => {
    const neg = s.startsWith('-');
    const [i = '0', f = ''] = (neg ? s.slice(1) : s).split('.');
    return { neg, i, f };
  };
  const x = split(a);
  const y = split(b);
  const scale = Math.max(x.f.length, y.f.length);
  const big = (p: { neg: boolean; i: string; f: string }) => {
    const n = BigInt(p.i + p.f.padEnd(scale, '0'));
    return p.neg ? -n : n;
  };
  const d = big(x) - big(y);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}

function compare(op: string, a: unknown, b: unknown): boolean {
  const da = asDecimal(a);
  const db = asDecimal(b);
  let c: number | null = null;
  if (da !== null && db !== null) c = compareDecimal(da, db);
  else if (typeof a === 'string' && typeof b === 'string') c = a < b ? -1 : a > b ? 1 : 0;
  else if (op === '==' || op === '!=') c = JSON.stringify(a) === JSON.stringify(b) ? 0 : 1;
  if (c === null) return false; // ordering across types is never true
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return Boolean(v);
}

/** Evaluates a condition that passed `conditionProblem`. */
export function evaluate(logic: Logic, data: unknown): unknown {
  if (logic === null || typeof logic !== 'object') return logic;
  if (Array.isArray(logic)) return logic.map((x) => evaluate(x, data));
  const [op, raw] = Object.entries(logic)[0] as [string, unknown];
  const args = Array.isArray(raw) ? raw : [raw];
  switch (op) {
    case 'var':
      return lookup(data, String(args[0]));
    case 'and':
      return args.every((a) => truthy(evaluate(a, data)));
    case 'or':
      return args.some((a) => truthy(evaluate(a, data)));
    case 'not':
    case '!':
      return !truthy(evaluate(args[0], data));
    case 'in': {
      const needle = evaluate(args[0], data);
      const hay = evaluate(args[1], data);
      if (Array.isArray(hay)) {
        if (Array.isArray(needle)) return needle.some((n) => hay.some((h) => compare('==', n, h)));
        return hay.some((h) => compare('==', needle, h));
      }
      if (typeof hay === 'string' && typeof needle === 'string') return hay.includes(needle);
      return false;
    }
    default:
      return compare(op, evaluate(args[0], data), evaluate(args[1], data));
  }
}

export function matches(logic: Logic | undefined, data: unknown): boolean {
  if (logic === undefined || logic === null) return true;
  return truthy(evaluate(logic, data));
}
