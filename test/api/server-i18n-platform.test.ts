import { describe, expect, it } from 'vitest';
import { makeBankAccount } from '../../src/modules/banking/factories.ts';
import { makeCompany } from '../../src/modules/org/factories.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * The platform's error messages (files, idempotency, …) come from its catalogues: through the real HTTP app, a
 * Czech or Spanish Accept-Language gets the message in that language, the value it names kept, the same code.
 */
const fresh = withFreshDatabase();

describe('platform errors in the language of the request', () => {
  it('a file for a record kind that takes none, and an Idempotency-Key reused for another request', async () => {
    const t = testApp(fresh.db);
    const { owner } = await makeCompany(fresh.db);

    const attach = (lang: string) => {
      const q = new URLSearchParams({ entityType: 'no_such_kind', entityId: 'x_1', name: 'a.pdf' });
      return t.request('POST', `/api/v1/files?${q}`, {
        token: owner.token,
        body: '%PDF-1.4 hello',
        headers: { 'content-type': 'application/pdf', 'accept-language': lang },
      });
    };
    const [en, cs, es] = [await attach('en'), await attach('cs'), await attach('es')];
    for (const r of [en, cs, es]) {
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('validation');
    }
    expect(en.body.error.message).toMatch(
      /^Files cannot be attached to "no_such_kind"\. Use one of: .*work_task/,
    );
    expect(cs.body.error.message).toMatch(
      /^K „no_such_kind“ nelze připojit soubory\. Použijte jeden z typů: .*work_task/,
    );
    expect(es.body.error.message).toMatch(
      /^No se pueden adjuntar archivos a «no_such_kind»\. Use uno de estos: .*work_task/,
    );

    const post = (code: string, lang: string) =>
      t.request('POST', '/api/v1/departments', {
        token: owner.token,
        body: { code, name: `Department ${code}` },
        headers: { 'idempotency-key': 'dept-once', 'accept-language': lang },
      });
    expect((await post('ONE', 'cs')).status).toBe(201);
    const [reusedCs, reusedEs] = [await post('TWO', 'cs'), await post('TWO', 'es')];
    expect([reusedCs.status, reusedEs.status]).toEqual([409, 409]);
    expect([reusedCs.body.error.code, reusedEs.body.error.code]).toEqual(['conflict', 'conflict']);
    expect(reusedCs.body.error.message).toBe(
      'Tento Idempotency-Key už byl použit s jiným požadavkem; použijte nový klíč.',
    );
    expect(reusedEs.body.error.message).toBe(
      'Esta Idempotency-Key ya se usó con otra solicitud; use una clave nueva.',
    );
  });

  it('a bank statement refused by the XML reader names the kind of file in the language too (camt.053 without its namespace)', async () => {
    const t = testApp(fresh.db);
    const { owner, company } = await makeCompany(fresh.db);
    const bank = await makeBankAccount(fresh.db, company.id, { currency: 'EUR' });
    const refuse = (lang: string) =>
      t.request('POST', `/api/v1/banking/imports?account=${bank.id}&format=camt053`, {
        token: owner.token,
        body: '<?xml version="1.0"?>\n<Document><BkToCstmrStmt/></Document>',
        headers: { 'content-type': 'application/xml', 'accept-language': lang },
      });
    const [en, cs, es] = [await refuse('en'), await refuse('cs'), await refuse('es')];
    for (const r of [en, cs, es]) {
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('validation');
      expect(r.body.error.details).toMatchObject({ reason: 'not_camt053' });
    }
    expect(en.body.error.message).toMatch(/^The CAMT\.053 statement does not declare an ISO 20022 namespace/);
    expect(cs.body.error.message).toMatch(
      /^Soubor \(výpis CAMT\.053\) neuvádí u elementu Document jmenný prostor ISO 20022/,
    );
    expect(es.body.error.message).toMatch(
      /^El archivo \(extracto CAMT\.053\) no declara un espacio de nombres ISO 20022/,
    );
  });
});
