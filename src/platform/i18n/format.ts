import type { Lang } from './language.ts';

/**
 * The message syntax of the server catalogues, a small subset of ICU MessageFormat that translators know:
 *
 *   {name}                                   a parameter (numbers in the language's digits: 1 234,5)
 *   {count, plural, one {# změna} few {# změny} other {# změn}}
 *                                            a plural choice by Intl.PluralRules of the language; "=0" picks
 *                                            an exact number; "#" inside is the number
 *
 * A parameter the caller did not give renders as nothing (never "undefined"); text outside braces is literal.
 */
export type Params = Readonly<Record<string, string | number | bigint | null | undefined>>;

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'plural'; name: string; options: Record<string, Node[]> }
  | { kind: 'hash' };

const cache = new Map<string, Node[]>();

function parse(source: string): Node[] {
  let hit = cache.get(source);
  if (!hit) {
    const p = { s: source, i: 0 };
    hit = parseNodes(p, false);
    if (p.i < source.length) throw new Error(`unbalanced "}" at ${p.i} in message: ${source}`);
    cache.set(source, hit);
  }
  return hit;
}

function parseNodes(p: { s: string; i: number }, inPlural: boolean): Node[] {
  const nodes: Node[] = [];
  let text = '';
  const flush = () => {
    if (text) nodes.push({ kind: 'text', text });
    text = '';
  };
  while (p.i < p.s.length) {
    const ch = p.s[p.i] as string;
    if (ch === '}') break;
    if (ch === '#' && inPlural) {
      flush();
      nodes.push({ kind: 'hash' });
      p.i++;
    } else if (ch === '{') {
      flush();
      nodes.push(parseArgument(p));
    } else {
      text += ch;
      p.i++;
    }
  }
  flush();
  return nodes;
}

function parseArgument(p: { s: string; i: number }): Node {
  const close = p.s.indexOf('}', p.i);
  const comma = p.s.indexOf(',', p.i);
  if (close < 0) throw new Error(`unclosed "{" in message: ${p.s}`);
  if (comma < 0 || close < comma) {
    const name = p.s.slice(p.i + 1, close).trim();
    p.i = close + 1;
    return { kind: 'arg', name };
  }
  const name = p.s.slice(p.i + 1, comma).trim();
  const head = /^\s*plural\s*,/.exec(p.s.slice(comma + 1));
  if (!head) throw new Error(`only {name} and {name, plural, …} are supported: ${p.s}`);
  p.i = comma + 1 + head[0].length;
  const options: Record<string, Node[]> = {};
  for (;;) {
    const m = /^\s*(=\d+|[a-z]+)\s*\{/.exec(p.s.slice(p.i));
    if (!m) break;
    p.i += m[0].length;
    options[m[1] as string] = parseNodes(p, true);
    if (p.s[p.i] !== '}') throw new Error(`unclosed plural option in message: ${p.s}`);
    p.i++;
  }
  const end = /^\s*\}/.exec(p.s.slice(p.i));
  if (!end || !options.other) throw new Error(`a plural needs an "other" form and a closing "}": ${p.s}`);
  p.i += end[0].length;
  return { kind: 'plural', name, options };
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

function numberText(lang: Lang, value: number | bigint): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang, { maximumFractionDigits: 20 });
    numberFormats.set(lang, f);
  }
  return f.format(value);
}

/** The plural category of `n` in `lang` ("one", "few", "many", "other"). */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  let r = pluralRules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    pluralRules.set(lang, r);
  }
  return r.select(n);
}

function render(lang: Lang, nodes: Node[], params: Params, count: number | bigint | null): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'hash') out += count === null ? '#' : numberText(lang, count);
    else if (node.kind === 'arg') {
      const v = params[node.name];
      out += typeof v === 'number' || typeof v === 'bigint' ? numberText(lang, v) : (v ?? '');
    } else {
      const v = params[node.name];
      const n = typeof v === 'bigint' ? v : Number(v ?? 0);
      const exact = node.options[`=${n}`];
      const form = exact ?? node.options[pluralCategory(lang, Number(n))] ?? node.options.other ?? [];
      out += render(lang, form, params, n);
    }
  }
  return out;
}

/** `message` in `lang` with `params` filled in (see the syntax above). */
export function formatMessage(lang: Lang, message: string, params: Params = {}): string {
  return render(lang, parse(message), params, null);
}

/** The parameter names a message uses, sorted and unique (the parity test compares them across languages). */
export function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.kind === 'arg') names.add(n.name);
      if (n.kind === 'plural') {
        names.add(n.name);
        for (const o of Object.values(n.options)) walk(o);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/** The plural option keys of each plural in a message, by parameter name (for the parity test). */
export function pluralFormsOf(message: string): Record<string, string[]> {
  const forms: Record<string, string[]> = {};
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.kind !== 'plural') continue;
      forms[n.name] = [...new Set([...(forms[n.name] ?? []), ...Object.keys(n.options)])];
      for (const o of Object.values(n.options)) walk(o);
    }
  };
  walk(parse(message));
  return forms;
}
