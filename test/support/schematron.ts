import { readFileSync } from 'node:fs';
import { Schema } from 'node-schematron';
import { parseXml, type XmlElement } from '../../src/platform/formats/xml.ts';
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
  /** "fatal" or "warning" as the .sch declares it. */
  flag: string;
  text: string;
  /** Where it fired: a path of element names from the root. */
  location: string;
}

interface Compiled {
  schema: Schema;
  flags: Map<string, string>;
}

let compiled: Compiled | undefined;

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

function collectFlags(el: XmlElement, into: Map<string, string>): void {
  if ((el.name === 'assert' || el.name === 'report') && el.attrs.id) {
    into.set(el.attrs.id, el.attrs.flag ?? 'fatal');
  }
  for (const c of el.children) collectFlags(c, into);
}

function compile(): Compiled {
  if (compiled) return compiled;
  const text = readFileSync(CEN_UBL_SCH(), 'utf8');
  const schema = Schema.fromString(text);
  for (const pattern of schema.patterns) {
    for (const rule of pattern.rules) rule.context = fastContext(rule.context);
  }
  const flags = new Map<string, string>();
  collectFlags(parseXml(text, { what: 'CEN schematron' }), flags);
  compiled = { schema, flags };
  return compiled;
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

/** All failed assertions (fatal and warning) for a UBL invoice or credit note. */
export function validateCenUbl(xml: string): SchematronFailure[] {
  const { schema, flags } = compile();
  return schema.validateString(xml).map((r) => {
    const id = r.assertId ?? '?';
    return {
      id,
      flag: flags.get(id) ?? 'fatal',
      text: (r.message ?? '').replace(/\s+/g, ' ').trim(),
      location: locationOf(r.context),
    };
  });
}

/** Only the fatal failures, formatted one per line (empty string when there are none) — handy in expect(). */
export function fatalFailures(xml: string): string {
  return validateCenUbl(xml)
    .filter((f) => f.flag === 'fatal')
    .map((f) => `${f.id} at ${f.location}: ${f.text}`)
    .join('\n');
}

/** Compiles the schema now (about a second) so the first validation in a test is not charged for it. */
export function warmSchematron(): void {
  compile();
}
