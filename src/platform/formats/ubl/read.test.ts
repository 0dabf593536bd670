import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sharedPath } from '../../../../test/support/shared-dir.ts';
import { isAppError } from '../../../kernel/errors.ts';
import { buildUbl } from './factories.ts';
import type { TaxCategoryCode, UblDocument } from './model.ts';
import { readUbl } from './read.ts';
import { writeUbl } from './write.ts';

const sample = () =>
  writeUbl(
    buildUbl({
      lines: [
        { name: 'A', quantity: '1', price: '10.00', category: 'S', percent: '21' },
        { name: 'B', quantity: '2', price: '6.00', category: 'S', percent: '21' },
      ],
    }),
  );

type Caught = {
  code: string;
  message: string;
  details: Record<string, unknown>;
  localize?: ((lang: string) => string) | null;
};
function errorOf(fn: () => unknown): Caught {
  try {
    fn();
  } catch (e) {
    return e as Caught;
  }
  throw new Error('expected an error');
}

describe('reading refuses bad input, naming the element', () => {
  test('a DTD (XXE / entity bomb) is refused before parsing', () => {
    const xml = sample().replace(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Invoice [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    );
    const e = errorOf(() => readUbl(xml));
    expect(e.code).toBe('validation');
    expect(e.details.reason).toBe('xml_dtd_forbidden');
  });

  test('absurdly deep nesting is refused as malformed, not a crash', () => {
    const xml = `<?xml version="1.0"?><Invoice>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</Invoice>`;
    const e = errorOf(() => readUbl(xml));
    expect(e.code).toBe('validation');
    expect(e.details.reason).toBe('xml_malformed');
  });

  test('a file over the size limit is refused', () => {
    expect(errorOf(() => readUbl(sample(), { maxBytes: 1000 })).code).toBe('payload_too_large');
  });

  test('another root element is refused', () => {
    const e = errorOf(() => readUbl('<?xml version="1.0"?><Order><ID>1</ID></Order>'));
    expect(e.details).toMatchObject({ reason: 'ubl_root', element: 'Order' });
    expect(e.message).toContain('<Order>');
  });

  test('a missing payable amount names its path', () => {
    const xml = sample().replace(/<cbc:PayableAmount[^<]*<\/cbc:PayableAmount>/, '');
    const e = errorOf(() => readUbl(xml));
    expect(e.details).toMatchObject({
      reason: 'ubl_missing',
      element: 'Invoice/LegalMonetaryTotal/PayableAmount',
    });
  });

  test('an amount in another currency names the line', () => {
    const xml = sample().replace(
      '<cbc:LineExtensionAmount currencyID="EUR">12.00',
      '<cbc:LineExtensionAmount currencyID="USD">12.00',
    );
    const e = errorOf(() => readUbl(xml));
    expect(e.details).toMatchObject({
      reason: 'ubl_currency',
      element: 'Invoice/InvoiceLine[2]/LineExtensionAmount',
    });
  });

  test('reader and writer errors in Czech and Spanish keep the code, the details and the XML/model paths', () => {
    const xml = sample().replace(
      '<cbc:LineExtensionAmount currencyID="EUR">12.00',
      '<cbc:LineExtensionAmount currencyID="USD">12.00',
    );
    const e = errorOf(() => readUbl(xml));
    expect(e.code).toBe('validation');
    expect(e.message).toBe(
      'UBL Invoice/InvoiceLine[2]/LineExtensionAmount: is in USD, expected EUR (the document currency).',
    );
    expect(e.localize?.('cs')).toBe(
      'UBL Invoice/InvoiceLine[2]/LineExtensionAmount: je v USD, očekává se EUR (měna dokladu).',
    );
    expect(e.localize?.('es')).toBe(
      'UBL Invoice/InvoiceLine[2]/LineExtensionAmount: está en USD, se esperaba EUR (la moneda del documento).',
    );
    const doc = buildUbl({
      kind: 'credit_note',
      lines: [{ name: 'A', quantity: '1', price: '10.00', category: 'S', percent: '21' }],
    });
    const w = errorOf(() => writeUbl({ ...doc, number: '' }));
    expect(w.code).toBe('validation');
    expect(w.details).toEqual({ reason: 'ubl_model', field: 'number' });
    expect(w.message).toBe(
      'UBL credit note (no number): number is empty; give the document its number (BT-1).',
    );
    expect(w.localize?.('cs')).toBe(
      'UBL dobropis (bez čísla): pole number je prázdné; dejte dokladu číslo (BT-1).',
    );
    expect(w.localize?.('es')).toBe(
      'UBL factura rectificativa (sin número): el campo number está vacío; asigne un número al documento (BT-1).',
    );
  });

  test('too many decimals in an amount are refused; trailing zeros are accepted', () => {
    const three = sample().replace(
      '<cbc:PayableAmount currencyID="EUR">26.62',
      '<cbc:PayableAmount currencyID="EUR">26.625',
    );
    expect(errorOf(() => readUbl(three)).details).toMatchObject({ reason: 'ubl_amount' });
    const zeros = sample().replace(
      '<cbc:PayableAmount currencyID="EUR">26.62',
      '<cbc:PayableAmount currencyID="EUR">+26.6200',
    );
    expect(readUbl(zeros).totals.payable).toBe(2662n);
  });

  test('an exponent in a quantity is refused', () => {
    const xml = sample().replace('unitCode="C62">2<', 'unitCode="C62">2E0<');
    expect(errorOf(() => readUbl(xml)).details).toMatchObject({
      element: 'Invoice/InvoiceLine[2]/InvoicedQuantity',
    });
  });

  test('an unknown VAT category is refused', () => {
    const xml = sample().replace(
      /<cac:ClassifiedTaxCategory>\s*<cbc:ID>S</,
      '<cac:ClassifiedTaxCategory><cbc:ID>X<',
    );
    const e = errorOf(() => readUbl(xml));
    expect(e.message).toContain('"X" is not an EN 16931 VAT category');
    expect(e.details.element).toBe('Invoice/InvoiceLine[1]/Item/ClassifiedTaxCategory/ID');
  });

  test('a malformed document reports line and column', () => {
    const e = errorOf(() => readUbl(sample().replace('</cbc:ID>', '</cbc:Id>')));
    expect(e.details.reason).toBe('xml_malformed');
  });
});

// Property: any well-shaped model survives write → read unchanged (text with XML specials, negative and
// large amounts, many decimals in quantities and prices).
const text = fc
  .string({ unit: fc.constantFrom(...'abcXYZ čřž ÄÖ <>&"\' 123-/'.split('')), minLength: 1, maxLength: 30 })
  .map((s) => s.trim().replace(/\s+/g, ' '))
  .filter((s) => s.length > 0);
const amount = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const decimal = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 9n }),
    fc.option(fc.stringMatching(/^[0-9]{1,4}$/), { nil: undefined }),
  )
  .map(
    ([neg, w, f]) =>
      `${neg && (w > 0n || (f !== undefined && /[1-9]/.test(f))) ? '-' : ''}${w}${f ? `.${f}` : ''}`,
  );
const category = fc.constantFrom<TaxCategoryCode>('S', 'Z', 'E', 'AE', 'K', 'G', 'L', 'M');

const documentArb = fc
  .record({
    kind: fc.constantFrom('invoice' as const, 'credit_note' as const),
    number: text,
    buyerName: text,
    note: fc.option(text, { nil: undefined }),
    lines: fc.array(
      fc.record({
        id: text,
        name: text,
        quantity: decimal,
        price: decimal,
        net: amount,
        category,
        percent: decimal,
      }),
      { minLength: 1, maxLength: 4 },
    ),
    totals: fc.tuple(amount, amount, amount, amount),
  })
  .map((r): UblDocument => {
    const doc = buildUbl({
      kind: r.kind,
      lines: [{ name: 'x', quantity: '1', price: '1', category: 'S', percent: '21' }],
    });
    doc.number = r.number;
    doc.buyer = { ...doc.buyer, name: r.buyerName };
    if (r.note) doc.notes = [r.note];
    doc.lines = r.lines.map((l) => ({
      id: l.id,
      quantity: l.quantity,
      unitCode: 'C62',
      netAmount: l.net,
      item: { name: l.name, tax: { category: l.category, percent: l.percent } },
      price: { amount: l.price },
    }));
    const [a, b, c, d] = r.totals;
    doc.totals = { lineExtension: a, taxExclusive: b, taxInclusive: c, payable: d };
    doc.taxTotal = c - b;
    return doc;
  });

test('property: write → read is lossless for any well-shaped model', () => {
  fc.assert(
    fc.property(documentArb, (doc) => {
      expect(readUbl(writeUbl(doc))).toEqual(doc);
    }),
    { numRuns: 200 },
  );
});

// Robustness: every document in OpenPEPPOL's rule unit tests (543, many deliberately broken, some
// fragments) either reads or is refused with an AppError — never a TypeError or a crash.
const RULES = sharedPath('fixtures', 'ubl-peppol', 'peppol-bis-invoice-3', 'rules');

test('reading the 543 Peppol rule-test documents: a model or an AppError, nothing else', () => {
  let read = 0;
  let refused = 0;
  for (const folder of readdirSync(RULES).filter((f) => f.startsWith('unit-UBL-'))) {
    for (const file of readdirSync(join(RULES, folder))) {
      const text = readFileSync(join(RULES, folder, file), 'utf8');
      for (const m of text.matchAll(/<((?:\w+:)?(?:Invoice|CreditNote))[\s>][\s\S]*?<\/\1>/g)) {
        try {
          const doc = readUbl(m[0]);
          expect(readUbl(writeUbl(doc))).toEqual(doc);
          read++;
        } catch (e) {
          if (!isAppError(e)) throw new Error(`${folder}/${file}: ${(e as Error).stack}`);
          refused++;
        }
      }
    }
  }
  expect(read + refused).toBe(543);
  console.info(`rule-test documents: ${read} read and written back, ${refused} refused`);
  expect(read).toBeGreaterThan(50);
});

test('property: any single-element deletion or text change is read or refused with an AppError', () => {
  const xml = sample();
  const elements = [...xml.matchAll(/<(c[ab][cb]:\w+)[^>]*>[^<]*<\/\1>/g)];
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: elements.length - 1 }),
      fc.constantFrom('delete', 'empty', 'text', 'number'),
      (i, how) => {
        const m = elements[i] as RegExpMatchArray;
        const el = m[0];
        const replaced =
          how === 'delete'
            ? ''
            : el.replace(/>[^<]*</, how === 'empty' ? '><' : how === 'text' ? '>x y<' : '>-1e5<');
        const mutated = xml.slice(0, m.index) + replaced + xml.slice((m.index ?? 0) + el.length);
        try {
          readUbl(mutated);
        } catch (e) {
          expect(isAppError(e), String(e)).toBe(true);
        }
      },
    ),
    { numRuns: 300 },
  );
});
