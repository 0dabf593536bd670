import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { children, parseXml } from '../../src/platform/formats/xml.ts';
import {
  abn,
  checkCF,
  checkPIVAseIT,
  checkSEOrgnr,
  gln,
  mod11,
  mod97_0208,
  slack,
  tinVerification,
} from './peppol-functions.ts';
import { fastContext, splitUnion, validateRules } from './schematron.ts';
import { sharedPath } from './shared-dir.ts';

// The harness itself is checked against the rule unit tests OpenPEPPOL ships with BIS Billing 3.0
// (rules/unit-UBL-*): each test document says which assertion must succeed, fail as an error, or warn.
// Running them proves the JavaScript replacements of the schematron's XSLT functions and the rewritten
// rule contexts give the answers the reference (Saxon) implementation gives.

const RULES = sharedPath('fixtures', 'ubl-peppol', 'peppol-bis-invoice-3', 'rules');

interface UnitCase {
  file: string;
  index: number;
  scope: string[];
  expect: { kind: 'success' | 'error' | 'warning'; id: string }[];
  xml: string;
}

function unitCases(folder: string): UnitCase[] {
  const dir = join(RULES, folder);
  const out: UnitCase[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const set = parseXml(text, { what: 'rule unit test set' });
    const scope = children(children(set, 'assert')[0], 'scope').map((s) => s.text);
    // The documents are sliced from the raw text so they keep their own namespace declarations.
    const docs = [...text.matchAll(/<((?:\w+:)?(?:Invoice|CreditNote))[\s>][\s\S]*?<\/\1>/g)].map(
      (m) => m[0],
    );
    const tests = children(set, 'test');
    expect(docs.length, `${folder}/${file}: one document per <test>`).toBe(tests.length);
    tests.forEach((t, index) => {
      const asserts = children(t, 'assert')[0]?.children ?? [];
      const expectations = asserts
        .filter((a) => a.name === 'success' || a.name === 'error' || a.name === 'warning')
        .map((a) => ({ kind: a.name as 'success' | 'error' | 'warning', id: a.text }));
      out.push({ file, index: index + 1, scope, expect: expectations, xml: docs[index] as string });
    });
  }
  return out;
}

const folders = readdirSync(RULES).filter((f) => f.startsWith('unit-UBL-'));

/**
 * Where fontoxpath (XPath in JavaScript numbers) cannot give the reference answer. Both are German
 * IBAN mod-97 checks (warnings, never fatal) that cast a 24-digit number to xs:integer / xs:decimal.
 * They are asserted to diverge exactly this way, so the list fails loudly once it is no longer true.
 */
const KNOWN_DIVERGENCES: Record<string, { id: string; flag: string }> = {
  'UBL-IN_DE-R-019.xml #1': { id: 'DE-R-019', flag: 'unevaluated' },
  'UBL-IN_DE-R-020.xml #1': { id: 'DE-R-020', flag: 'warning' },
};

describe.each(folders)('Peppol rule unit tests: %s', (folder) => {
  const cases = unitCases(folder);
  test.each(cases.map((c) => [`${c.file} #${c.index}`, c] as const))('%s', (_name, c) => {
    const ids = [...new Set([...c.scope, ...c.expect.map((e) => e.id)])];
    const failed = validateRules('peppol', `<?xml version="1.0" encoding="UTF-8"?>\n${c.xml}`, ids);
    const divergence = KNOWN_DIVERGENCES[`${c.file} #${c.index}`];
    if (divergence) {
      expect(c.expect).toContainEqual({ kind: 'success', id: divergence.id });
      expect(failed.map((f) => ({ id: f.id, flag: f.flag }))).toContainEqual(divergence);
      return;
    }
    for (const e of c.expect) {
      const hit = failed.filter((f) => f.id === e.id);
      if (e.kind === 'success')
        expect(
          hit.map((f) => f.text),
          `${e.id} should pass`,
        ).toEqual([]);
      else {
        expect(hit.length, `${e.id} should fire`).toBeGreaterThan(0);
        expect(hit[0]?.flag).toBe(e.kind === 'error' ? 'fatal' : 'warning');
      }
    }
  });
});

describe('the XSLT function replacements', () => {
  test('check digits', () => {
    expect(gln('9429041098400')).toBe(true);
    expect(gln('9429041098401')).toBe(false);
    expect(mod11('974760673')).toBe(true); // Norwegian organisation number (Brønnøysund)
    expect(mod11('974760674')).toBe(false);
    expect(abn('51824753556')).toBe(true); // the Australian ABN example from the ATO
    expect(abn('51824753557')).toBe(false);
    expect(checkSEOrgnr('5560360793')).toBe(true);
    expect(checkSEOrgnr('5560360794')).toBe(false);
    expect(checkPIVAseIT('IT00743110157')).toBe(true);
    expect(checkPIVAseIT('IT00743110158')).toBe(false);
    expect(checkPIVAseIT('DE123456789')).toBe(true);
    expect(checkCF('RSSMRA85T10A562S')).toBe(true);
    expect(checkCF('RSSMRA85T10A5')).toBe(false);
    expect(tinVerification('094019245')).toBe(true);
    expect(tinVerification('094019246')).toBe(false);
    expect(mod97_0208('0123456749')).toBe(true);
    expect(slack(10, 10.02, 0.02)).toBe(true);
    expect(slack(10, 10.03, 0.02)).toBe(false);
  });

  test('context rewriting keeps relative branches and unions intact', () => {
    expect(splitUnion("a[b = 'x|y'] | (c | d)/e | /f")).toEqual(["a[b = 'x|y']", '(c | d)/e', '/f']);
    expect(fastContext('cac:InvoiceLine | //cac:Item')).toBe(
      'cac:InvoiceLine | self::document-node()/(//cac:Item)',
    );
  });
});
