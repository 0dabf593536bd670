import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test, vi } from 'vitest';
import { fatalFailures, PEPPOL_EXAMPLES_DIR, warmSchematron } from '../../../../test/support/schematron.ts';
import { defaultTypeCode } from './model.ts';
import { readUbl } from './read.ts';
import { writeUbl } from './write.ts';

// The official Peppol BIS Billing 3.0 examples: each is read into the model, written back, and the
// written document must pass the CEN schematron and read back to the same model.

// Schematron runs are CPU-bound (≈1 s per document for CEN + Peppol); allow for a loaded CI machine.
vi.setConfig({ testTimeout: 120_000 });

beforeAll(() => warmSchematron(), 120_000);

const files = readdirSync(PEPPOL_EXAMPLES_DIR()).filter((f) => f.endsWith('.xml'));

test('the examples folder is there', () => {
  expect(files.length).toBeGreaterThanOrEqual(9);
});

test.each(files)('%s: read → write → CEN schematron → read', (file) => {
  const original = readFileSync(join(PEPPOL_EXAMPLES_DIR(), file));
  const model = readUbl(original);
  const xml = writeUbl(model);
  expect(fatalFailures(xml)).toBe('');
  expect(readUbl(xml)).toEqual(model);
  expect(model.lines.length).toBeGreaterThan(0);
});

test('base-example.xml reads into the expected model', () => {
  const m = readUbl(readFileSync(join(PEPPOL_EXAMPLES_DIR(), 'base-example.xml')));
  expect(m.kind).toBe('invoice');
  expect(m.number).toBe('Snippet1');
  expect(m.currency).toBe('EUR');
  expect(m.dueDate).toBe('2017-12-01');
  expect(m.seller).toMatchObject({
    name: 'SupplierOfficialName Ltd',
    tradingName: 'SupplierTradingName Ltd.',
    vatId: 'GB1232434',
    endpoint: { scheme: '0088', id: '9482348239847239874' },
    address: { country: 'GB', city: 'London' },
  });
  expect(m.buyer.companyId).toEqual({ id: '39937423947', scheme: '0183' });
  expect(m.paymentMeans?.[0]).toEqual({
    code: '30',
    name: 'Credit transfer',
    paymentId: 'Snippet1',
    account: { id: 'IBAN32423940', name: 'AccountName', bic: 'BIC324098' },
  });
  expect(m.allowanceCharges).toEqual([
    { charge: true, amount: 2500n, reason: 'Insurance', tax: { category: 'S', percent: '25.0' } },
  ]);
  expect(m.taxTotal).toBe(33125n);
  expect(m.totals).toEqual({
    lineExtension: 130000n,
    taxExclusive: 132500n,
    taxInclusive: 165625n,
    chargeTotal: 2500n,
    payable: 165625n,
  });
});

test('base-creditnote-correction.xml reads as a credit note referencing its invoice', () => {
  const m = readUbl(readFileSync(join(PEPPOL_EXAMPLES_DIR(), 'base-creditnote-correction.xml')));
  expect(m.kind).toBe('credit_note');
  expect(m.typeCode ?? defaultTypeCode(m.kind)).toBe('381');
  expect(m.precedingInvoices?.length).toBeGreaterThan(0);
});
