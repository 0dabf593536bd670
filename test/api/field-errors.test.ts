import { describe, expect, it } from 'vitest';
import { makePerson } from '../../src/modules/org/factories.ts';
import { makePurchasing } from '../../src/modules/purchasing/factories.ts';
import { makeSales } from '../../src/modules/sales/factories.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * Request validation answers each wrong field with its path, a stable code and a message in the reader's language
 * (details.fields), never zod's sentence; invoice and bill dates must exist and the due date may not precede the
 * issue date; quantities are positive, discounts 0–100 %, numbers plain decimals. Nothing is written on a refusal.
 */
const fresh = withFreshDatabase();
const line = { description: 'Work', quantity: '1', unit: 'C62', unitPrice: '100', taxCode: 'S21' };
type Field = { path: string; code: string; params: Record<string, unknown>; message: string };
const fieldsOf = (r: { body: { error: { details: { fields?: Field[] } } } }) =>
  r.body.error.details.fields ?? [];
const byPath = (fields: Field[]) => Object.fromEntries(fields.map((f) => [f.path, f]));

async function invoiceCount(): Promise<number> {
  const r = await fresh.db.query<{ n: string }>('SELECT count(*)::text AS n FROM sales_invoices');
  return Number(r.rows[0]?.n);
}

describe('field errors', () => {
  it('lists every bad invoice line field with a code and a message in en, cs and es; nothing is written', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db);
    const clerk = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const before = await invoiceCount();
    const body = {
      partyId: f.customer.id,
      issueDate: '2026-02-30',
      lines: [
        { ...line, quantity: '-2' },
        { ...line, quantity: 'abc', discountPercent: '150' },
        { ...line, quantity: '', unitPrice: '1e3' },
      ],
    };
    const ask = (lang: string) =>
      t.request('POST', '/api/v1/sales/invoices', {
        token: clerk.token,
        body,
        headers: { 'accept-language': lang },
      });
    const [en, cs, es] = [await ask('en'), await ask('cs'), await ask('es-ES,es;q=0.9')];
    for (const r of [en, cs, es]) {
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('validation');
    }
    const codes = Object.fromEntries(fieldsOf(en).map((x) => [x.path, x.code]));
    expect(codes).toEqual({
      issueDate: 'invalid_date',
      'lines.0.quantity': 'not_positive',
      'lines.1.quantity': 'invalid_decimal',
      'lines.1.discountPercent': 'percent_range',
      'lines.2.quantity': 'required',
      'lines.2.unitPrice': 'invalid_decimal',
    });
    // Same paths and codes in every language; the message is the catalogue's, in the reader's language.
    for (const r of [cs, es])
      expect(fieldsOf(r).map((x) => [x.path, x.code])).toEqual(fieldsOf(en).map((x) => [x.path, x.code]));
    const [enF, csF, esF] = [byPath(fieldsOf(en)), byPath(fieldsOf(cs)), byPath(fieldsOf(es))];
    expect(enF['lines.0.quantity']?.message).toBe(
      'Enter a number greater than zero; credit with a credit note instead.',
    );
    expect(csF['lines.0.quantity']?.message).toBe(
      'Zadejte číslo větší než nula; dobropis vystavte jako opravný doklad.',
    );
    expect(esF['lines.1.discountPercent']?.message).toBe('Introduzca un porcentaje de 0 a 100.');
    expect(csF.issueDate?.message).toMatch(/skutečné datum/);
    expect(esF['lines.2.quantity']?.message).toBe('Rellene este campo.');
    // Never a zod sentence, in the fields or the top-level message.
    for (const r of [en, cs, es]) {
      const text = JSON.stringify(fieldsOf(r)) + r.body.error.message;
      expect(text).not.toMatch(/Too small|expected string|Invalid input|Entrada inválida|Neplatn/);
    }
    expect(cs.body.error.message).toBe(`issueDate: ${csF.issueDate?.message}`);
    expect(await invoiceCount()).toBe(before);
  });

  it('refuses an invoice due before its issue date, at the due date, on create and update', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db);
    const clerk = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const draft = { partyId: f.customer.id, issueDate: '2026-03-10', dueDate: '2026-03-01', lines: [line] };
    const before = await invoiceCount();
    const refused = await t.request('POST', '/api/v1/sales/invoices', {
      token: clerk.token,
      body: draft,
      headers: { 'accept-language': 'cs' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual({ field: 'dueDate' });
    expect(refused.body.error.message).toBe(
      'Datum splatnosti 2026-03-01 je před datem vystavení 2026-03-10.',
    );
    expect(await invoiceCount()).toBe(before);

    const ok = await t.request('POST', '/api/v1/sales/invoices', {
      token: clerk.token,
      body: { ...draft, dueDate: '2026-03-10' },
    });
    expect(ok.status).toBe(201);
    const update = await t.request('PUT', `/api/v1/sales/invoices/${ok.body.id}`, {
      token: clerk.token,
      body: { ...draft, dueDate: '2026-03-09' },
    });
    expect(update.status).toBe(422);
    expect(update.body.error.details).toEqual({ field: 'dueDate' });
    const kept = await t.request('GET', `/api/v1/sales/invoices/${ok.body.id}`, { token: clerk.token });
    expect(kept.body.dueDate).toBe('2026-03-10');
  });

  it('refuses a bill with an impossible date, a zero quantity or a due date before the issue date', async () => {
    const t = testApp(fresh.db);
    const f = await makePurchasing(fresh.db);
    const clerk = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const bill = {
      vendorId: f.vendor.id,
      vendorInvoiceNumber: 'V-1',
      issueDate: '2026-02-29',
      dueDate: '2026-04-31',
      lines: [{ description: 'Toner', accountId: '6100', taxCode: 'S21', unitPrice: '10', quantity: '0' }],
    };
    const r = await t.request('POST', '/api/v1/purchasing/bills', {
      token: clerk.token,
      body: bill,
      headers: { 'accept-language': 'es' },
    });
    expect(r.status).toBe(422);
    const fields = byPath(fieldsOf(r));
    expect(Object.keys(fields).sort()).toEqual(['dueDate', 'issueDate', 'lines.0.quantity']);
    expect(fields.issueDate?.code).toBe('invalid_date');
    expect(fields.dueDate?.message).toMatch(/fecha real/);
    expect(fields['lines.0.quantity']?.code).toBe('not_positive');

    const backwards = await t.request('POST', '/api/v1/purchasing/bills', {
      token: clerk.token,
      body: {
        ...bill,
        issueDate: '2026-03-02',
        dueDate: '2026-03-01',
        lines: [{ ...bill.lines[0], quantity: '2' }],
      },
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body.error.details).toEqual({ field: 'dueDate' });
    const n = await fresh.db.query('SELECT 1 FROM purchasing_bills WHERE company_id = $1', [f.companyId]);
    expect(n.rowCount).toBe(0);
  });
});
