import { beforeAll, describe, expect, it } from 'vitest';
import { issueInvoices } from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { fatalFailures, warmSchematron } from '../../../test/support/schematron.ts';
import { readUbl } from '../../platform/formats/ubl/read.ts';
import { companyIban, makeBankAccount } from '../banking/factories.ts';
import { makeParty } from '../parties/factories.ts';
import type { LineInput } from './contract.ts';
import { makeDraft, makeSales, type SalesFixture } from './factories.ts';
import { createCreditNote, saveSettings } from './index.ts';
import { loadDocument } from './service/documents.ts';
import { invoiceUblXml } from './service/ubl-map.ts';

/**
 * Invoices OUR code issues, written as UBL and run through the CEN EN 16931 and Peppol BIS 3 schematrons:
 * no fatal assertion for taxes and discounts, inclusive prices, line rounding, a credit note, foreign
 * currency, reverse charge, exempt, intra-community and export lines.
 */
const fresh = withFreshDatabase();
beforeAll(() => warmSchematron(), 60_000);

async function setup(): Promise<SalesFixture> {
  const f = await makeSales(fresh.db);
  await fresh.db.tx((tx) =>
    saveSettings(tx, f.ctx, {
      seller: {
        name: 'Northwind s.r.o.',
        vatId: 'CZ87654321',
        registrationId: '87654321',
        street: 'Karlova 1',
        city: 'Brno',
        postalCode: '602 00',
        country: 'CZ',
        email: 'invoices@northwind.example',
        endpoint: { scheme: '9929', id: 'CZ87654321' },
      },
    }),
  );
  await makeBankAccount(fresh.db, f.companyId, { currency: 'CZK', isDefault: true, iban: companyIban('CZ') });
  await makeBankAccount(fresh.db, f.companyId, { currency: 'EUR', isDefault: true, iban: companyIban('CZ') });
  return f;
}

async function xmlOf(f: SalesFixture, id: string): Promise<string> {
  const { inv, ctx } = await loadDocument(fresh.db, f.companyId, id);
  return invoiceUblXml(inv, ctx);
}

async function issued(f: SalesFixture, over: Parameters<typeof makeDraft>[2]): Promise<string> {
  const d = await makeDraft(fresh.db, f, over);
  await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
  return d.id;
}

const L = (over: Partial<LineInput> & { taxCode: string }): LineInput => ({
  description: 'Item',
  quantity: '1',
  unit: 'C62',
  unitPrice: '100',
  ...over,
});

describe('UBL of issued invoices passes the CEN and Peppol schematrons', () => {
  it('taxes at two rates with percent and amount discounts, and the reader reads back the totals', {
    timeout: 60_000,
  }, async () => {
    const f = await setup();
    const id = await issued(f, {
      buyerReference: 'PO-7781',
      lines: [
        L({
          description: 'Consulting',
          quantity: '12.5',
          unit: 'HUR',
          unitPrice: '1480.3333',
          taxCode: 'S21',
          discountPercent: '7.5',
        }),
        L({ description: 'Books', quantity: '3', unitPrice: '349.90', taxCode: 'S12', discountAmount: '50' }),
        L({ description: 'Cable', quantity: '2.75', unit: 'MTR', unitPrice: '19.99', taxCode: 'S21' }),
      ],
    });
    const xml = await xmlOf(f, id);
    expect(fatalFailures(xml)).toBe('');
    const back = readUbl(xml);
    expect(back.number).toBe('2026-00001');
    expect(back.totals.payable).toBe(back.totals.taxInclusive);
    expect(back.lines).toHaveLength(3);
  });

  it('prices with tax included and tax rounded per line', { timeout: 60_000 }, async () => {
    const f = await setup();
    const lines = Array.from({ length: 9 }, (_, i) =>
      L({
        description: `Ticket ${i}`,
        quantity: String(i + 1),
        unitPrice: `${(i * 7) % 13}9.99`,
        taxCode: i % 2 ? 'S12' : 'S21',
      }),
    );
    const id = await issued(f, { pricesIncludeTax: true, rounding: 'line', lines });
    expect(fatalFailures(await xmlOf(f, id))).toBe('');
  });

  it('a credit note naming its invoice', { timeout: 60_000 }, async () => {
    const f = await setup();
    const id = await issued(f, {});
    const cn = await fresh.db.tx(async (tx) => {
      const d = await createCreditNote(tx, f.ctx, id, {
        lines: [
          L({
            description: 'Returned book',
            quantity: '1',
            unitPrice: '349.90',
            taxCode: 'S12',
            discountPercent: '10',
          }),
        ],
      });
      await issueInvoices(tx, f.ctx, [d.id]);
      return d.id;
    });
    const xml = await xmlOf(f, cn);
    expect(xml).toContain('<CreditNote');
    expect(xml).toContain('2026-00001');
    expect(fatalFailures(xml)).toBe('');
  });

  it('foreign currency with reverse charge, exempt, intra-community and export lines', {
    timeout: 60_000,
  }, async () => {
    const f = await setup();
    const eu = await makeParty(fresh.db, f.companyId, {
      legalName: 'Müller GmbH',
      vatId: 'DE123456789',
      currency: 'EUR',
      email: 'ap@mueller.example',
      address: { street: 'Hauptstraße 5', city: 'Berlin', postalCode: '10115', country: 'DE' },
      ctx: f.ctx,
    });
    const id = await issued(f, {
      partyId: eu.id,
      currency: 'EUR',
      lines: [
        L({
          description: 'Installation (reverse charge)',
          quantity: '8',
          unit: 'HUR',
          unitPrice: '65.5',
          taxCode: 'AE',
        }),
        L({ description: 'Medical service', unitPrice: '120', taxCode: 'E' }),
        L({ description: 'Goods to Germany', quantity: '4', unitPrice: '17.25', taxCode: 'K' }),
        L({ description: 'Standard line', quantity: '1', unitPrice: '10', taxCode: 'S21' }),
      ],
    });
    const xml = await xmlOf(f, id);
    expect(xml).toContain('VATEX-EU-AE');
    expect(xml).toContain('<cbc:TaxCurrencyCode>CZK</cbc:TaxCurrencyCode>');
    expect(fatalFailures(xml)).toBe('');
    const usa = await makeParty(fresh.db, f.companyId, {
      legalName: 'Acme Inc.',
      taxId: '12-3456789',
      currency: 'USD',
      email: 'ap@acme.example',
      address: { street: '1 Main St', city: 'Springfield', postalCode: '12345', region: 'IL', country: 'US' },
      ctx: f.ctx,
    });
    const exp = await issued(f, {
      partyId: usa.id,
      currency: 'USD',
      lines: [L({ description: 'Export', quantity: '3', unitPrice: '99.99', taxCode: 'G' })],
    });
    expect(fatalFailures(await xmlOf(f, exp))).toBe('');
  });
});
