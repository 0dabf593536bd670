import { describe, expect, it } from 'vitest';
import { makeLedger } from '../../src/modules/ledger/factories.ts';
import { makePerson } from '../../src/modules/org/factories.ts';
import { makeTaxCodes } from '../../src/modules/tax/factories.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * The tax module's error messages come from its catalogue (src/modules/tax/i18n.ts): through the real HTTP
 * app a Czech or Spanish Accept-Language gets the message in that language — the calculator's "line n" in
 * front included — while the code, the status and the details stay what they are in English.
 */
const fresh = withFreshDatabase();

describe('tax errors in the language of the request', () => {
  it('words an unknown tax code, a too large discount and a missing exemption reason in cs and es', async () => {
    const t = testApp(fresh.db);
    const f = await makeLedger(fresh.db, { baseCurrency: 'CZK' });
    await makeTaxCodes(fresh.db, f.ctx, 'CZ');
    const owner = await makePerson(fresh.db, f.companyId, { role: 'owner' });
    const ask = (path: string, body: unknown, lang?: string) =>
      t.request('POST', path, {
        token: owner.token,
        body,
        ...(lang ? { headers: { 'accept-language': lang } } : {}),
      });
    const each = (path: string, body: unknown) =>
      Promise.all([ask(path, body), ask(path, body, 'cs-CZ,cs;q=0.9,en;q=0.5'), ask(path, body, 'es')]);

    const [en, cs, es] = await each('/api/v1/tax/calculate', {
      currency: 'CZK',
      lines: [{ quantity: '1', unitPrice: '100', taxCode: 'NOPE' }],
    });
    expect(en.status).toBe(422);
    expect(en.body.error.message).toBe('Unknown tax code NOPE; pick one from the tax codes list.');
    for (const r of [cs, es]) {
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('validation');
      expect(r.body.error.details).toEqual(en.body.error.details);
    }
    expect(cs.body.error.message).toBe('Neznámý daňový kód NOPE; vyberte kód ze seznamu daňových kódů.');
    expect(es.body.error.message).toBe(
      'Código de impuesto desconocido NOPE; elija uno de la lista de códigos de impuesto.',
    );

    const code = 'S21';
    const [dEn, dCs, dEs] = await each('/api/v1/tax/calculate', {
      currency: 'CZK',
      lines: [
        { quantity: '1', unitPrice: '100', taxCode: code },
        { quantity: '2', unitPrice: '10', discount: { amount: '25' }, taxCode: code },
      ],
    });
    expect(dEn.body.error.message).toBe('line 2: the discount is larger than the line amount.');
    expect(dCs.body.error.code).toBe('validation');
    expect(dCs.body.error.message).toBe('řádek 2: sleva je vyšší než částka řádku.');
    expect(dEs.body.error.code).toBe('validation');
    expect(dEs.body.error.message).toBe('línea 2: el descuento es mayor que el importe de la línea.');

    const [xEn, xCs, xEs] = await each('/api/v1/tax/codes', {
      code: 'EX0',
      name: 'Exempt',
      rate: '0',
      kind: 'exempt',
      category: 'E',
    });
    expect(xEn.status).toBe(422);
    expect(xEn.body.error.message).toBe(
      'Category E needs an exemption reason text or VATEX code (EN 16931).',
    );
    expect(xCs.body.error.details).toEqual({ field: 'exemptionReason' });
    expect(xCs.body.error.message).toBe(
      'Kategorie E potřebuje text důvodu osvobození nebo kód VATEX (EN 16931).',
    );
    expect(xEs.body.error.details).toEqual({ field: 'exemptionReason' });
    expect(xEs.body.error.message).toBe(
      'La categoría E necesita un texto de motivo de exención o un código VATEX (EN 16931).',
    );
  });
});
