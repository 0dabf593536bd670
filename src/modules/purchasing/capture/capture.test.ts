import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../platform/formats/pdf.ts';
import { captureDocument, extractFields, normalizeAmount, ocrLangPath, shutdownOcr } from './index.ts';

const asset = (name: string) => readFileSync(new URL(`../../../../assets/demo/${name}`, import.meta.url));

afterAll(async () => {
  await shutdownOcr();
});

describe('field rules', () => {
  it('reads a Czech invoice: DIČ, DD.MM.YYYY, decimal comma with space thousands, Celkem k úhradě', () => {
    const { language, fields } = extractFields(
      [
        'FAKTURA – daňový doklad',
        'Číslo faktury: 2026-1187',
        'Dodavatel: Kancelářské potřeby Brno s.r.o.',
        'IČO: 27654321 DIČ: CZ27654321',
        'Odběratel DIČ: CZ11111111',
        'Datum vystavení: 10.11.2026',
        'Datum splatnosti: 24.11.2026',
        'Kancelářský papír A4 20 2 400,00',
        'Základ daně 8 600,00 Kč',
        'DPH 21 % 1 806,00 Kč',
        'Celkem k úhradě 10 406,00 Kč',
      ].join('\n'),
      { ownVatIds: ['CZ11111111'] },
    );
    expect(language).toBe('cs');
    expect(fields.vendorName?.value).toBe('Kancelářské potřeby Brno s.r.o.');
    expect(fields.vendorVatId?.value).toBe('CZ27654321');
    expect(fields.invoiceNumber?.value).toBe('2026-1187');
    expect(fields.issueDate?.value).toBe('2026-11-10');
    expect(fields.dueDate?.value).toBe('2026-11-24');
    expect(fields.netTotal?.value).toBe('8600.00');
    expect(fields.taxTotal?.value).toBe('1806.00');
    expect(fields.grossTotal?.value).toBe('10406.00');
    expect(fields.grossTotal?.confidence).toBeGreaterThanOrEqual(0.97);
    expect(fields.taxRate?.value).toBe('21');
    expect(fields.currency?.value).toBe('CZK');
    expect(fields.grossTotal?.source).toBe('Celkem k úhradě 10 406,00 Kč');
  });

  it('reads a Spanish factura: NIF/CIF, DD/MM/YYYY, 1.234,56, IVA, and the Total IVA line is not the total', () => {
    const { language, fields } = extractFields(
      [
        'Suministros Levante S.L.',
        'CIF: B12345678',
        'FACTURA',
        'Número de factura: F-2026/0093',
        'Fecha de emisión: 03/11/2026',
        'Vencimiento: 03/12/2026',
        'Base imponible 1.250,00 €',
        'IVA 21% 262,50 €',
        'Total IVA 262,50 €',
        'Total factura 1.512,50 €',
      ].join('\n'),
    );
    expect(language).toBe('es');
    expect(fields.vendorName?.value).toBe('Suministros Levante S.L.');
    expect(fields.vendorVatId?.value).toBe('B12345678');
    expect(fields.invoiceNumber?.value).toBe('F-2026/0093');
    expect(fields.issueDate?.value).toBe('2026-11-03');
    expect(fields.dueDate?.value).toBe('2026-12-03');
    expect(fields.grossTotal?.value).toBe('1512.50');
    expect(fields.netTotal?.value).toBe('1250.00');
    expect(fields.taxTotal?.value).toBe('262.50');
    expect(fields.currency?.value).toBe('EUR');
  });

  it('reads an English invoice with month-first dates and derives a missing total with lower confidence', () => {
    const { language, fields } = extractFields(
      [
        'Acme Widgets Ltd',
        'VAT Reg No: GB123456789',
        'Invoice No: INV-771',
        'Invoice date: 02/03/2026',
        'Due date: 04/02/2026',
        'Subtotal $1,000.00',
        'Amount due $1,080.00',
      ].join('\n'),
    );
    expect(language).toBe('en');
    expect(fields.issueDate?.value).toBe('2026-02-03');
    expect(fields.dueDate?.value).toBe('2026-04-02');
    expect(fields.vendorVatId?.value).toBe('GB123456789');
    expect(fields.grossTotal?.value).toBe('1080.00');
    expect(fields.taxTotal?.value).toBe('80.00');
    expect(fields.taxTotal?.confidence).toBeLessThan(0.7);
    expect(fields.currency?.value).toBe('USD');
  });

  it('normalizes amounts as text, never as floats', () => {
    expect(normalizeAmount('2 400,00')).toBe('2400.00');
    expect(normalizeAmount('1,234.56')).toBe('1234.56');
    expect(normalizeAmount('1.234,56')).toBe('1234.56');
    expect(normalizeAmount('0,10')).toBe('0.10');
    expect(normalizeAmount('12')).toBeNull();
  });
});

describe('capture', () => {
  it('uses the text layer of the sample vendor invoice PDF, without OCR', async () => {
    const c = await captureDocument(asset('vendor-invoice-cz.pdf'));
    expect(c.method).toBe('pdf_text');
    expect(c.ocrConfidence).toBeNull();
    expect(c.fields.invoiceNumber?.value).toBe('2026-1187');
    expect(c.fields.vendorVatId?.value).toBe('CZ27654321');
    expect(c.fields.grossTotal?.value).toBe('10406.00');
    expect(c.fields.taxTotal?.value).toBe('1806.00');
    expect(c.fields.issueDate?.value).toBe('2026-11-10');
    expect(c.fields.dueDate?.value).toBe('2026-11-24');
  });

  it('reads the shipped receipt photo with offline OCR', async () => {
    const c = await captureDocument(asset('receipt-office-supplies.png'));
    expect(c.method).toBe('image_ocr');
    expect(c.fields.vendorName?.value).toBe('Brightline Office Supply Inc.');
    expect(c.fields.vendorVatId?.value).toBe('US84-1234567');
    expect(c.fields.invoiceNumber?.value).toBe('R-2026-0412');
    expect(c.fields.issueDate?.value).toBe('2026-11-18');
    expect(c.fields.grossTotal?.value).toBe('216.50');
    expect(c.fields.taxTotal?.value).toBe('16.50');
    expect(c.fields.netTotal?.value).toBe('200.00');
    expect(c.fields.taxRate?.value).toBe('8.25');
    expect(c.fields.currency?.value).toBe('USD');
  }, 60_000);

  it('OCRs a scanned PDF (an image, no text layer)', async () => {
    const png = asset('receipt-office-supplies.png');
    const pdf = await renderPdf({
      content: [{ image: `data:image/png;base64,${png.toString('base64')}`, width: 420 }],
    });
    const c = await captureDocument(pdf);
    expect(c.method).toBe('pdf_ocr');
    expect(c.fields.grossTotal?.value).toBe('216.50');
    expect(c.fields.invoiceNumber?.value).toBe('R-2026-0412');
  }, 60_000);

  it('reads the language model from node_modules, not from the network', () => {
    expect(ocrLangPath()).toMatch(/node_modules\/@tesseract\.js-data\/eng\/4\.0\.0_best_int$/);
    expect(readFileSync(`${ocrLangPath()}/eng.traineddata.gz`).length).toBeGreaterThan(1_000_000);
  });

  it('refuses a file that is not a PDF or an image', async () => {
    await expect(captureDocument(Buffer.from('hello world, not a bill'))).rejects.toMatchObject({
      code: 'validation',
    });
  });
});
