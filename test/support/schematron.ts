import { readFileSync } from 'node:fs';
import { Schema } from 'node-schematron';
import { parseXml, type XmlElement } from '../../src/platform/formats/xml.ts';
import { registerPeppolFunctions } from './peppol-functions.ts';
import { sharedPath } from './shared-dir.ts';

/**
 * Runs the CEN EN 16931 UBL schematron (the TC434 validation artefacts shipped with Peppol BIS Billing 3.0)
 * with node-schematron, and returns the failed assertions with their flag, id and text.
 *
 * Two things on top of node-schematron:
 * - It does not read `@flag`, so the flags are taken from the .sch by assertion id.
 * - It finds each rule's nodes with `//(context)`. For an absolute context (`/ubl:Invoice/…`, `//*[…]`) that
 *   re-evaluates the whole path once per node of the document — seconds per invoice. Absolute branches of a
 *   context are rewritten to `self::document-node()/(branch)`, which selects the same nodes in one pass;
 *   relative branches are left as they are. Rule order and first-match-wins within a pattern are unchanged.
 *
 * The compiled schema is cached per worker. There is no UBL 2.1 XSD in the shared fixtures, so no XSD
 * validation happens here (the schematron's UBL-syntax pattern covers the structural rules it can).
 */

export const CEN_UBL_SCH = () =>
  sharedPath('fixtures', 'ubl-peppol', 'peppol-bis-invoice-3', 'rules', 'sch', 'CEN-EN16931-UBL.sch');

export const PEPPOL_EXAMPLES_DIR = () =>
  sharedPath('fixtures', 'ubl-peppol', 'peppol-bis-invoice-3', 'rules', 'examples');

export interface SchematronFailure {
  /** Assertion id, e.g. "BR-CO-15". */
  id: string;
  /** "fatal" or "warning" as the .sch declares it; "unevaluated" when fontoxpath could not evaluate the test. */
  flag: string;
  text: string;
  /** Where it fired: a path of element names from the root. */
  location: string;
}

interface Compiled {
  schema: Schema;
  flags: Map<string, string>;
}

export type UblRuleSet = 'cen' | 'peppol';

const compiled = new Map<UblRuleSet, Compiled>();

export const PEPPOL_UBL_SCH = () =>
  sharedPath('fixtures', 'ubl-peppol', 'peppol-bis-invoice-3', 'rules', 'sch', 'PEPPOL-EN16931-UBL.sch');

/** Splits an XPath union at its top-level `|` (outside brackets, parentheses and string literals). */
export function splitUnion(expr: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i] as string;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(expr.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(expr.slice(start).trim());
  return parts;
}

/** A rule context rewritten so that `//(context)` evaluates absolute branches once, not once per node. */
export function fastContext(context: string): string {
  return splitUnion(context)
    .map((branch) => (branch.startsWith('/') ? `self::document-node()/(${branch})` : branch))
    .join(' | ');
}

/**
 * node-schematron hands a `<let>` whose value is a sequence of several items back to fontoxpath as a JS
 * array, which becomes an XPath *array*: `count($IdSegments)` is then 1 and `$IdSegments[1]` the whole
 * thing. (Comparisons still work, because atomising an array flattens it, which is why code-list rules
 * pass regardless.) Every let with a value is therefore wrapped as `array { … }` and every reference
 * `$name` rewritten to `$name?*`, which unwraps it back into the sequence the schematron author meant.
 */
function sequencesAsArrays(schema: Schema): void {
  const variables = [
    ...schema.variables,
    ...schema.patterns.flatMap((p) => [...p.variables, ...p.rules.flatMap((r) => r.variables)]),
  ].filter((v) => v.value);
  const names = [...new Set(variables.map((v) => v.name))];
  if (names.length === 0) return;
  const escaped = names
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length);
  const reference = new RegExp(`\\$(${escaped.join('|')})(?![\\w.\\-])`, 'g');
  const rewrite = (expr: string) => expr.replace(reference, '$$$1?*');
  for (const v of variables) v.value = `array { ${rewrite(v.value)} }`;
  for (const pattern of schema.patterns) {
    for (const rule of pattern.rules) {
      rule.context = rewrite(rule.context);
      for (const a of rule.asserts) {
        a.test = rewrite(a.test);
        a.message = a.message.map((chunk) => {
          if (typeof chunk === 'string') return chunk;
          const c = chunk as { select?: string; path?: string };
          return {
            ...c,
            ...(c.select ? { select: rewrite(c.select) } : {}),
            ...(c.path ? { path: rewrite(c.path) } : {}),
          };
        });
      }
    }
  }
}

/** Marks an assertion fontoxpath could not evaluate, so callers see it without the whole run aborting. */
const UNEVALUATED = 'unevaluated';

/**
 * An assertion fontoxpath cannot evaluate (e.g. a 24-digit IBAN cast to xs:integer, beyond JS numbers)
 * would throw out of the whole validation. It is reported instead as a failure with flag "unevaluated",
 * which `fatalFailures` does not count but `validate*` returns.
 */
function catchEvaluationErrors(schema: Schema): void {
  for (const pattern of schema.patterns) {
    for (const rule of pattern.rules) {
      for (const a of rule.asserts) {
        const original = a.validateNode.bind(a);
        a.validateNode = (context, variables, options) => {
          try {
            return original(context, variables, options);
          } catch (e) {
            const result = Object.create(null) as ReturnType<typeof original> & { unevaluated: true };
            return Object.assign(result, {
              assertId: a.id,
              isReport: a.isReport,
              context,
              message: `could not be evaluated: ${(e as Error).message}`,
              unevaluated: true as const,
            });
          }
        };
      }
    }
  }
}

function collectFlags(el: XmlElement, into: Map<string, string>): void {
  if ((el.name === 'assert' || el.name === 'report') && el.attrs.id) {
    into.set(el.attrs.id, el.attrs.flag ?? 'fatal');
  }
  for (const c of el.children) collectFlags(c, into);
}

function compile(set: UblRuleSet): Compiled {
  const cached = compiled.get(set);
  if (cached) return cached;
  if (set === 'peppol') registerPeppolFunctions();
  const text = readFileSync(set === 'cen' ? CEN_UBL_SCH() : PEPPOL_UBL_SCH(), 'utf8');
  const schema = Schema.fromString(text);
  for (const pattern of schema.patterns) {
    for (const rule of pattern.rules) rule.context = fastContext(rule.context);
  }
  sequencesAsArrays(schema);
  catchEvaluationErrors(schema);
  const flags = new Map<string, string>();
  collectFlags(parseXml(text, { what: `${set} schematron` }), flags);
  const result = { schema, flags };
  compiled.set(set, result);
  return result;
}

interface DomNode {
  nodeName: string;
  parentNode: DomNode | null;
  nodeType: number;
}

function locationOf(node: unknown): string {
  const names: string[] = [];
  for (let n = node as DomNode | null; n && n.nodeType === 1; n = n.parentNode) names.unshift(n.nodeName);
  return `/${names.join('/')}`;
}

const narrowed = new Map<string, Schema>();

/**
 * The schema cut down to the given assertion ids: patterns without one are dropped, and in each pattern the
 * rules after the last one holding such an assertion (earlier rules stay, with their assertions emptied,
 * because within a pattern the first matching rule wins and they may shadow a later one).
 */
function narrow(set: UblRuleSet, schema: Schema, only: readonly string[]): Schema {
  const key = `${set}:${[...only].sort().join(',')}`;
  const cached = narrowed.get(key);
  if (cached) return cached;
  const keep = new Set(only);
  const clone = <T extends object>(o: T, changes: Partial<T>): T =>
    Object.assign(Object.create(Object.getPrototypeOf(o)), o, changes);
  const patterns = schema.patterns
    .map((p) => {
      const last = p.rules.findLastIndex((r) => r.asserts.some((a) => a.id !== null && keep.has(a.id)));
      const rules = p.rules
        .slice(0, last + 1)
        .map((r) => clone(r, { asserts: r.asserts.filter((a) => a.id !== null && keep.has(a.id)) }));
      return clone(p, { rules });
    })
    .filter((p) => p.rules.length > 0);
  const result = clone(schema, { patterns });
  narrowed.set(key, result);
  return result;
}

function run(set: UblRuleSet, xml: string, only?: readonly string[]): SchematronFailure[] {
  const { schema: full, flags } = compile(set);
  const schema = only ? narrow(set, full, only) : full;
  return schema.validateString(xml).map((r) => {
    const id = r.assertId ?? '?';
    return {
      id,
      flag: 'unevaluated' in r ? UNEVALUATED : (flags.get(id) ?? 'fatal'),
      text: (r.message ?? '').replace(/\s+/g, ' ').trim(),
      location: locationOf(r.context),
    };
  });
}

/** Failed assertions (fatal and warning) of the CEN EN 16931 rules for a UBL invoice or credit note. */
export function validateCenUbl(xml: string): SchematronFailure[] {
  return run('cen', xml);
}

/** Failed assertions of the Peppol BIS Billing 3.0 rules (PEPPOL-EN16931-UBL.sch) — run them after the CEN ones. */
export function validatePeppolUbl(xml: string): SchematronFailure[] {
  return run('peppol', xml);
}

/** Only the named assertions of one rule set (fast: the rest of the schema is cut away) — for rule unit tests. */
export function validateRules(set: UblRuleSet, xml: string, ids: readonly string[]): SchematronFailure[] {
  return run(set, xml, ids);
}

/** The fatal failures of the given rule sets (default: CEN and Peppol), one per line; empty when valid. */
export function fatalFailures(xml: string, sets: UblRuleSet[] = ['cen', 'peppol']): string {
  return sets
    .flatMap((set) => run(set, xml))
    .filter((f) => f.flag === 'fatal')
    .map((f) => `${f.id} at ${f.location}: ${f.text}`)
    .join('\n');
}

/** Compiles the schemas now (a second or two) so the first validation in a test is not charged for it. */
export function warmSchematron(sets: UblRuleSet[] = ['cen', 'peppol']): void {
  for (const set of sets) compile(set);
}
