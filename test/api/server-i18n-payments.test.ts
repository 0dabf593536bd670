import { describe, expect, it } from 'vitest';
import { makeBankAccount } from '../../src/modules/banking/factories.ts';
import { makePerson } from '../../src/modules/org/factories.ts';
import { makeDraft, makeSales } from '../../src/modules/sales/factories.ts';
import { testApp } from '../support/app.ts';
import { issueInvoices } from '../support/compose.ts';
import { withFreshDatabase } from '../support/db.ts';
import { errorsOf, inEachLanguage } from './server-i18n-ask.ts';

// Payments' errors from its catalogue through the real HTTP app: the message in the Accept-Language, the code
// unchanged; words inside a message (the allocation label, the document kind) are in that language too.
const fresh = withFreshDatabase();

describe('payments errors in the reader’s language', () => {
  it('words a missing document, a document allocated twice and a receipt settling a bill in en, cs and es', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db, { baseCurrency: 'EUR' });
    const bank = await makeBankAccount(fresh.db, f.companyId, { currency: 'EUR', name: 'Main EUR' });
    const d = await makeDraft(fresh.db, f, {
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: '1', unit: 'HUR', unitPrice: '100', taxCode: 'S21' }],
    });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
    const clerk = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const number = (await t.request('GET', `/api/v1/sales/invoices/${d.id}`, { token: clerk.token })).body
      .number;
    const receipt = (allocations: unknown[]) => ({
      kind: 'receipt',
      partyId: f.customer.id,
      bankAccountId: bank.id,
      date: '2026-03-20',
      currency: 'EUR',
      amount: '150.00',
      allocations,
    });

    const missing = errorsOf(
      await inEachLanguage(
        t,
        clerk.token,
        'POST',
        '/api/v1/payments',
        receipt([{ documentId: 'inv_01JXXXXXXXXXXXXXXXXXXXXXXX', amount: '1.00' }]),
      ),
    );
    expect(missing).toEqual({
      en: {
        status: 422,
        code: 'validation',
        message:
          "Allocation 1: document inv_01JXXXXXXXXXXXXXXXXXXXXXXX is not open (already paid, not issued, or not this company's).",
      },
      cs: {
        status: 422,
        code: 'validation',
        message:
          'Rozúčtování 1: doklad inv_01JXXXXXXXXXXXXXXXXXXXXXXX není otevřený (už je uhrazený, není vystavený nebo nepatří této společnosti).',
      },
      es: {
        status: 422,
        code: 'validation',
        message:
          'Asignación 1: el documento inv_01JXXXXXXXXXXXXXXXXXXXXXXX no está pendiente (ya pagado, no emitido o no es de esta empresa).',
      },
    });

    const twice = errorsOf(
      await inEachLanguage(
        t,
        clerk.token,
        'POST',
        '/api/v1/payments',
        receipt([
          { documentId: d.id, amount: '100.00' },
          { documentId: d.id, amount: '1.00' },
        ]),
      ),
    );
    expect(twice.en.message).toBe(`Allocation 2 (${number}): the document appears twice; allocate it once.`);
    expect(twice.cs).toEqual({
      status: 422,
      code: 'validation',
      message: `Rozúčtování 2 (${number}): doklad je uveden dvakrát; rozúčtujte jej jen jednou.`,
    });
    expect(twice.es).toEqual({
      status: 422,
      code: 'validation',
      message: `Asignación 2 (${number}): el documento aparece dos veces; asígnelo una sola vez.`,
    });

    // A customer refund cannot settle an invoice: the payment and document kinds are words of the language.
    const refund = errorsOf(
      await inEachLanguage(t, clerk.token, 'POST', '/api/v1/payments', {
        ...receipt([{ documentId: d.id, amount: '10.00' }]),
        kind: 'customer_refund',
        amount: '10.00',
      }),
    );
    expect(refund.en.message).toBe(`Allocation 1 (${number}): a refund cannot settle a invoice.`);
    expect(refund.cs.message).toBe(`Rozúčtování 1 (${number}): vrácení peněz nemůže uhradit fakturu.`);
    expect(refund.es.message).toBe(`Asignación 1 (${number}): una devolución no puede liquidar una factura.`);
    expect([refund.cs.code, refund.es.code]).toEqual(['validation', 'validation']);
  });
});
