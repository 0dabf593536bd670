import { beforeAll, describe, expect, test, vi } from 'vitest';
import {
  fatalFailures,
  validateCenUbl,
  validatePeppolUbl,
  validateRules,
  warmSchematron,
} from '../../../../test/support/schematron.ts';
import { buildUbl, type DocInput } from './factories.ts';
import type { UblDocument } from './model.ts';
import { readUbl } from './read.ts';
import { writeUbl } from './write.ts';

// Each document is written, checked against the CEN EN 16931 UBL schematron (no fatal failed assertion
// allowed) and read back to the same model. One validation takes ~0.2–0.4 s once the schema is compiled.

// Schematron runs are CPU-bound (≈1 s per document for CEN + Peppol); allow for a loaded CI machine.
vi.setConfig({ testTimeout: 120_000 });

beforeAll(() => warmSchematron(), 120_000);

function check(doc: UblDocument): string {
  const xml = writeUbl(doc);
  expect(fatalFailures(xml)).toBe('');
  expect(readUbl(xml)).toEqual(doc);
  return xml;
}

const cases: Record<string, DocInput> = {
  'standard VAT with several rates': {
    lines: [
      { name: 'Consulting', quantity: '10', unitCode: 'HUR', price: '85.00', category: 'S', percent: '21' },
      { name: 'Books', quantity: '3', unitCode: 'H87', price: '19.90', category: 'S', percent: '12' },
      { name: 'Software licence', quantity: '1', price: '499.99', category: 'S', percent: '21' },
    ],
  },
  'line and document discounts and a charge': {
    lines: [
      {
        name: 'Office chair',
        quantity: '4',
        unitCode: 'H87',
        price: '129.00',
        category: 'S',
        percent: '21',
        allowances: [{ amount: 5160n, reason: 'Volume discount 10 %' }],
      },
      { name: 'Desk lamp', quantity: '2', unitCode: 'H87', price: '35.50', category: 'S', percent: '21' },
    ],
    allowances: [{ amount: 2000n, reasonCode: '95', reason: 'Discount', category: 'S', percent: '21' }],
    charges: [{ amount: 1500n, reasonCode: 'FC', reason: 'Freight', category: 'S', percent: '21' }],
  },
  'reverse charge (AE) with both VAT ids': {
    lines: [
      {
        name: 'Installation work',
        quantity: '16',
        unitCode: 'HUR',
        price: '60',
        category: 'AE',
        percent: '0',
      },
    ],
    exemptions: { AE: { reason: 'Reverse charge', code: 'VATEX-EU-AE' } },
  },
  'exempt (E) with a reason': {
    lines: [{ name: 'Medical examination', quantity: '1', price: '120.00', category: 'E', percent: '0' }],
    exemptions: {
      E: { reason: 'Exempt under Article 132(1)(c) of Directive 2006/112/EC', code: 'VATEX-EU-132-1C' },
    },
  },
  'zero rated (Z)': {
    lines: [
      {
        name: 'Printed newspaper',
        quantity: '30',
        unitCode: 'H87',
        price: '1.20',
        category: 'Z',
        percent: '0',
      },
    ],
  },
  'prices that needed rounding (four-decimal price, price base quantity)': {
    lines: [
      { name: 'Screws', quantity: '3', unitCode: 'H87', price: '0.3333', category: 'S', percent: '21' },
      {
        name: 'Cable per 100 m',
        quantity: '250',
        unitCode: 'MTR',
        price: '12.345',
        baseQuantity: '100',
        category: 'S',
        percent: '21',
      },
      { name: 'Paper', quantity: '7', unitCode: 'H87', price: '1.115', category: 'S', percent: '12' },
    ],
    prepaid: 1000n,
    rounding: 1n,
  },
};

describe('writing documents that pass the CEN EN 16931 schematron', () => {
  for (const [name, input] of Object.entries(cases)) {
    test(name, () => {
      check(buildUbl(input));
    });
  }

  test('rounding lines really round: 3 × 0.3333 = 1.00, 250 × 12.345 / 100 = 30.86', () => {
    const doc = buildUbl(
      cases['prices that needed rounding (four-decimal price, price base quantity)'] as DocInput,
    );
    expect(doc.lines.map((l) => l.netAmount)).toEqual([100n, 3086n, 781n]);
  });

  test('a credit note referencing the invoice it corrects (BG-3), due date on the payment means', () => {
    const doc = buildUbl({
      kind: 'credit_note',
      number: 'DB-2026-0007',
      lines: [
        {
          name: 'Returned office chair',
          quantity: '1',
          unitCode: 'H87',
          price: '129.00',
          category: 'S',
          percent: '21',
        },
      ],
      extra: {
        precedingInvoices: [{ number: 'FV-2026-0001', issueDate: '2026-11-02' }],
        notes: ['Return of goods'],
      },
    });
    const xml = check(doc);
    expect(xml).toContain('<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"');
    expect(xml).toContain('<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>');
    expect(xml).toMatch(
      /<cac:BillingReference>\s*<cac:InvoiceDocumentReference>\s*<cbc:ID>FV-2026-0001<\/cbc:ID>/,
    );
    expect(xml).toContain('<cbc:PaymentDueDate>2026-12-04</cbc:PaymentDueDate>');
    expect(xml).not.toContain('<cbc:DueDate>');
  });

  test('a foreign-currency invoice carries the VAT total in the accounting currency (BT-6/BT-111)', () => {
    const doc = buildUbl({
      currency: 'USD',
      lines: [
        { name: 'Hosting', quantity: '12', unitCode: 'MON', price: '49.00', category: 'S', percent: '21' },
      ],
    });
    // 588.00 USD × 21 % = 123.48 USD, at 23.512 CZK/USD = 2903.26 CZK.
    doc.taxCurrency = 'CZK';
    doc.taxTotalInTaxCurrency = 290326n;
    const xml = check(doc);
    expect(xml).toContain('<cbc:TaxCurrencyCode>CZK</cbc:TaxCurrencyCode>');
    expect(xml).toContain('<cbc:TaxAmount currencyID="CZK">2903.26</cbc:TaxAmount>');
    expect(xml).toContain('<cbc:TaxAmount currencyID="USD">123.48</cbc:TaxAmount>');
  });
});

describe('the schematron harness is not vacuous', () => {
  const good = () => buildUbl(cases['standard VAT with several rates'] as DocInput);

  test('wrong tax-inclusive and payable totals fail BR-CO-15 and BR-CO-16', () => {
    const doc = good();
    doc.totals.taxInclusive += 100n;
    doc.totals.payable += 200n;
    const ids = validateCenUbl(writeUbl(doc))
      .filter((f) => f.flag === 'fatal')
      .map((f) => f.id);
    expect(ids).toContain('BR-CO-15');
    expect(ids).toContain('BR-CO-16');
  });

  test('a line sum that does not match fails BR-CO-10; a wrong VAT amount fails BR-S-09 (or BR-CO-14)', () => {
    const doc = good();
    doc.totals.lineExtension += 1n;
    (doc.taxBreakdown[0] as { taxAmount: bigint }).taxAmount += 5n;
    const failures = validateCenUbl(writeUbl(doc)).filter((f) => f.flag === 'fatal');
    const ids = failures.map((f) => f.id);
    expect(ids).toContain('BR-CO-10');
    expect(ids.some((id) => id === 'BR-S-09' || id === 'BR-CO-14')).toBe(true);
    const f = failures.find((x) => x.id === 'BR-CO-10');
    expect(f?.text).toContain('Sum of Invoice line net amount');
    expect(f?.location).toBe('/Invoice/cac:LegalMonetaryTotal');
  });

  test('reverse charge without the buyer VAT id fails BR-AE-02', () => {
    const doc = buildUbl(cases['reverse charge (AE) with both VAT ids'] as DocInput);
    delete doc.buyer.vatId;
    expect(fatalFailures(writeUbl(doc), ['cen'])).toContain('BR-AE-02');
  });

  test('an exempt breakdown without a reason fails BR-E-10', () => {
    const doc = buildUbl({
      lines: [{ name: 'Exam', quantity: '1', price: '10', category: 'E', percent: '0' }],
    });
    expect(fatalFailures(writeUbl(doc), ['cen'])).toContain('BR-E-10');
  });
});

describe('the Peppol BIS 3 rules are run too', () => {
  const good = () => buildUbl(cases['standard VAT with several rates'] as DocInput);

  test('no buyer reference and no order reference fails PEPPOL-EN16931-R003', () => {
    const doc = good();
    delete doc.buyerReference;
    expect(fatalFailures(writeUbl(doc), ['peppol'])).toContain('PEPPOL-EN16931-R003');
  });

  test('an e-mail (EM) endpoint is not in the Peppol EAS list: PEPPOL-EN16931-CL008', () => {
    const doc = good();
    doc.buyer.endpoint = { scheme: 'EM', id: 'invoices@buyer.example' };
    expect(fatalFailures(writeUbl(doc), ['peppol'])).toContain('PEPPOL-EN16931-CL008');
  });

  test('German Skonto payment terms keep the closing line break DE-R-018 requires', () => {
    const doc = good();
    doc.seller = { ...doc.seller, vatId: 'DE987654321', address: { ...doc.seller.address, country: 'DE' } };
    doc.paymentTerms = '#SKONTO#TAGE=7#PROZENT=2.00#\n#SKONTO#TAGE=14#PROZENT=1.00#';
    const xml = writeUbl(doc);
    expect(validateRules('peppol', xml, ['DE-R-018'])).toEqual([]);
    expect(readUbl(xml).paymentTerms).toBe(doc.paymentTerms);
    const broken = xml.replace('PROZENT=1.00#\n</cbc:Note>', 'PROZENT=1.00#</cbc:Note>');
    expect(validateRules('peppol', broken, ['DE-R-018']).map((f) => f.id)).toEqual(['DE-R-018']);
  });

  test('a line net that is not quantity × price fails PEPPOL-EN16931-R120 (the u:slack function)', () => {
    const doc = good();
    const line = doc.lines[0] as { netAmount: bigint };
    line.netAmount += 5n; // 0.05 off; the rule allows 0.02
    const ids = validatePeppolUbl(writeUbl(doc)).map((f) => f.id);
    expect(ids).toContain('PEPPOL-EN16931-R120');
  });
});

describe('the writer refuses a malformed model, naming the field', () => {
  const mutations: [string, (d: UblDocument) => void, string][] = [
    ['an empty number', (d) => Object.assign(d, { number: ' ' }), 'number'],
    ['a bad date', (d) => Object.assign(d, { issueDate: '20.11.2026' }), 'issueDate'],
    ['a three-decimal currency', (d) => Object.assign(d, { currency: 'KWD' }), 'currency'],
    ['no lines', (d) => Object.assign(d, { lines: [] }), 'lines'],
    [
      'an exponent in a price',
      (d) => Object.assign(d.lines[0]?.price ?? {}, { amount: '1e3' }),
      'lines[0].price.amount',
    ],
    [
      'a tax currency without BT-111',
      (d) => Object.assign(d, { taxCurrency: 'CZK' }),
      'taxTotalInTaxCurrency',
    ],
    [
      'a country name',
      (d) => Object.assign(d.buyer.address, { country: 'Germany' }),
      'buyer.address.country',
    ],
  ];
  test.each(mutations)('%s', (_what, mutate, field) => {
    const doc = buildUbl(cases['zero rated (Z)'] as DocInput);
    mutate(doc);
    expect(() => writeUbl(doc)).toThrow(
      expect.objectContaining({ code: 'validation', details: expect.objectContaining({ field }) }),
    );
  });
});
