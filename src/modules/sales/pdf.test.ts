import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueInvoices } from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { companyIban, makeBankAccount } from '../banking/factories.ts';
import { makeParty } from '../parties/factories.ts';
import { makeDraft, makeSales } from './factories.ts';
import { saveSettings } from './index.ts';
import { loadDocument } from './service/documents.ts';
import { invoicePdf, paymentQr } from './service/pdf.ts';

const fresh = withFreshDatabase();
const dir = mkdtempSync(join(tmpdir(), 'steward-pdf-'));

function text(pdf: Buffer, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('invoice PDF', () => {
  it('prints seller, buyer, lines, tax breakdown, totals and bank details in the buyer language, with a payment QR', {
    timeout: 60_000,
  }, async () => {
    const f = await makeSales(fresh.db);
    const iban = companyIban('CZ');
    await makeBankAccount(fresh.db, f.companyId, {
      currency: 'CZK',
      isDefault: true,
      iban,
      name: 'Main account',
    });
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
        },
      }),
    );
    const cz = await makeParty(fresh.db, f.companyId, {
      legalName: 'Dvořák a syn s.r.o.',
      vatId: 'CZ11223344',
      language: 'cs',
      address: { street: 'Náměstí 3', city: 'Olomouc', postalCode: '779 00', country: 'CZ' },
      ctx: f.ctx,
    });
    const d = await makeDraft(fresh.db, f, { partyId: cz.id });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
    const { inv, ctx } = await loadDocument(fresh.db, f.companyId, d.id);
    const pdf = await invoicePdf(inv, ctx);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const t = text(pdf, 'cs.pdf');
    for (const s of [
      'Faktura – daňový doklad 2026-00001',
      'Northwind s.r.o.',
      'DIČ: CZ87654321',
      'Dvořák a syn s.r.o.',
      'DIČ: CZ11223344',
      'Consulting',
      'Rekapitulace DPH',
      '15 000,00 Kč',
      '3 150,00 Kč',
      '18 855,40 Kč',
      'Variabilní symbol',
      '202600001',
      iban.slice(0, 8),
    ])
      expect(t, s).toContain(s);
    // The QR is Czech SPAYD for CZK with the amount and variable symbol.
    const qr = await paymentQr(inv, ctx);
    expect(qr?.subarray(1, 4).toString()).toBe('PNG');
    const png = join(dir, 'qr.png');
    writeFileSync(png, qr as Buffer);
    const decoded = execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8' }).trim();
    expect(decoded).toContain('SPD*1.0*ACC:');
    expect(decoded).toContain('AM:18855.40');
    expect(decoded).toContain('X-VS:202600001');
    // English for an English-speaking buyer; EUR gets an EPC QR.
    await makeBankAccount(fresh.db, f.companyId, {
      currency: 'EUR',
      isDefault: true,
      iban: companyIban('CZ'),
    });
    const e = await makeDraft(fresh.db, f, { currency: 'EUR' });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [e.id]));
    const eur = await loadDocument(fresh.db, f.companyId, e.id);
    const en = text(await invoicePdf(eur.inv, eur.ctx, { lang: 'en' }), 'en.pdf');
    expect(en).toContain('Invoice 2026-00002');
    expect(en).toContain('€18,855.40');
    expect(en).toContain('Exchange rate');
    const epc = await paymentQr(eur.inv, eur.ctx);
    writeFileSync(png, epc as Buffer);
    expect(execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8' })).toMatch(
      /^BCD\n002\n1\nSCT\n/,
    );
    const es = text(await invoicePdf(eur.inv, eur.ctx, { lang: 'es' }), 'es.pdf');
    expect(es).toContain('Factura 2026-00002');
    expect(es).toContain('Desglose de IVA');
  });

  it('words the tax by the seller country: a US seller prints "Sales tax" and never "VAT" or "IVA"', async () => {
    const f = await makeSales(fresh.db);
    await fresh.db.tx((tx) =>
      saveSettings(tx, f.ctx, { seller: { name: 'Acme Supply Inc.', country: 'US', vatId: '36-1234567' } }),
    );
    const d = await makeDraft(fresh.db, f, {});
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
    const { inv, ctx } = await loadDocument(fresh.db, f.companyId, d.id);
    const en = text(await invoicePdf(inv, ctx, { lang: 'en' }), 'us-en.pdf');
    expect(en).toContain('Sales tax');
    expect(en).toContain('Tax ID: 36-1234567');
    expect(en).not.toMatch(/VAT/);
    const es = text(await invoicePdf(inv, ctx, { lang: 'es' }), 'us-es.pdf');
    expect(es).toContain('Impuesto sobre ventas');
    expect(es).not.toMatch(/IVA/);
  });
});
