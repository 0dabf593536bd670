/**
 * Writes the sample vendor invoice PDF that ships with the repository (assets/demo/vendor-invoice-cz.pdf), used
 * by the capture tests and the demo: a Czech-layout invoice with a real text layer, made with pdfmake.
 * Run: npx tsx scripts/make-purchasing-samples.ts (the output is committed; rerun only to change it).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake');
const fonts = require('pdfmake/fonts/Roboto.js');

pdfmake.setFonts(fonts);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path: string) => path.includes('/pdfmake/fonts/'));

const row = (label: string, value: string, bold = false) => [
  { text: label, bold },
  { text: value, alignment: 'right', bold },
];

const doc = {
  info: { title: 'Faktura 2026-1187', creationDate: new Date('2026-11-10T00:00:00Z') },
  content: [
    { text: 'FAKTURA – daňový doklad', fontSize: 18, bold: true, margin: [0, 0, 0, 12] },
    { text: 'Číslo faktury: 2026-1187' },
    { text: 'Dodavatel: Kancelářské potřeby Brno s.r.o.' },
    { text: 'Údolní 12, 602 00 Brno' },
    { text: 'IČO: 27654321   DIČ: CZ27654321' },
    { text: 'Datum vystavení: 10.11.2026', margin: [0, 8, 0, 0] },
    { text: 'Datum splatnosti: 24.11.2026' },
    {
      margin: [0, 12, 0, 12],
      table: {
        widths: ['*', 'auto', 'auto'],
        body: [
          ['Položka', 'Množství', 'Cena bez DPH'],
          ['Kancelářský papír A4', '20', '2 400,00'],
          ['Pořadače', '30', '1 350,00'],
          ['Toner HP 59A', '2', '4 850,00'],
        ],
      },
    },
    {
      table: {
        widths: ['*', 'auto'],
        body: [
          row('Základ daně', '8 600,00 Kč'),
          row('DPH 21 %', '1 806,00 Kč'),
          row('Celkem k úhradě', '10 406,00 Kč', true),
        ],
      },
      layout: 'noBorders',
    },
    { text: 'Měna: CZK', margin: [0, 12, 0, 0] },
  ],
};

const buffer: Buffer = await pdfmake.createPdf(doc).getBuffer();
writeFileSync(new URL('../assets/demo/vendor-invoice-cz.pdf', import.meta.url), buffer);
console.log(`wrote assets/demo/vendor-invoice-cz.pdf (${buffer.length} bytes)`);

// A received Peppol BIS 3.0 invoice for the demo's UBL import (a US lab supplier, not subject to VAT).
const { buildUbl } = await import('../src/platform/formats/ubl/factories.ts');
const { writeUbl } = await import('../src/platform/formats/ubl/index.ts');
const ubl = writeUbl(
  buildUbl({
    number: 'CLS-2026-3317',
    currency: 'USD',
    seller: {
      name: 'Cascade Lab Supplies LLC',
      vatId: 'US91-7654321',
      endpoint: { scheme: '0060', id: '917654321' },
      address: { street: '200 Harbor Way', city: 'Seattle', postalCode: '98101', country: 'US' },
      contact: { email: 'billing@cascadelab.example' },
    },
    buyer: {
      name: 'Northwind Family Practice & Supply',
      endpoint: { scheme: '0060', id: '123456789' },
      address: { street: '1 Main Street', city: 'Springfield', postalCode: '62701', country: 'US' },
    },
    lines: [
      { name: 'Nitrile gloves, box of 100', quantity: '12', price: '14.50', category: 'O' },
      { name: 'Specimen containers, pack of 50', quantity: '4', price: '38.25', category: 'O' },
    ],
    extra: { issueDate: '2026-11-20', dueDate: '2026-12-20', buyerReference: 'PO-7781' },
  }),
);
writeFileSync(new URL('../assets/demo/vendor-invoice-ubl.xml', import.meta.url), ubl);
console.log('wrote assets/demo/vendor-invoice-ubl.xml');
