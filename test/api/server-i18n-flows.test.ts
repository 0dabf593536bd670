import { describe, expect, it } from 'vitest';
import { makeBankAccount } from '../../src/modules/banking/factories.ts';
import { makePerson } from '../../src/modules/org/factories.ts';
import { makeParty } from '../../src/modules/parties/factories.ts';
import { makeSales } from '../../src/modules/sales/factories.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';
import { errorsOf, inEachLanguage } from './server-i18n-ask.ts';

// The flows' errors (here order-to-cash's payment checks) from their process catalogue through the real HTTP app.
const fresh = withFreshDatabase();

describe('flow errors in the reader’s language', () => {
  it('words a receipt from a vendor and a receipt without a bank account in en, cs and es', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db, { baseCurrency: 'EUR' });
    const bank = await makeBankAccount(fresh.db, f.companyId, { currency: 'EUR', name: 'Main EUR' });
    const vendor = await makeParty(fresh.db, f.companyId, { vendor: true, legalName: 'Hydro Supplies' });
    const clerk = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const receipt = {
      kind: 'receipt',
      partyId: vendor.id,
      bankAccountId: bank.id,
      date: '2026-03-20',
      currency: 'EUR',
      amount: '10.00',
      allocations: [],
    };

    const notCustomer = errorsOf(await inEachLanguage(t, clerk.token, 'POST', '/api/v1/payments', receipt));
    expect(notCustomer).toEqual({
      en: {
        status: 422,
        code: 'validation',
        message: 'Hydro Supplies is not a customer; mark them as one or choose another party.',
      },
      cs: {
        status: 422,
        code: 'validation',
        message: 'Hydro Supplies není odběratel; označte jej jako odběratele nebo zvolte jiného partnera.',
      },
      es: {
        status: 422,
        code: 'validation',
        message: 'Hydro Supplies no es cliente; márquelo como cliente o elija otro tercero.',
      },
    });

    const { bankAccountId: _, ...noBank } = { ...receipt, partyId: f.customer.id };
    const missingBank = errorsOf(await inEachLanguage(t, clerk.token, 'POST', '/api/v1/payments', noBank));
    expect(missingBank.en.message).toBe('Choose the bank account the money moves through.');
    expect(missingBank.cs).toEqual({
      status: 422,
      code: 'validation',
      message: 'Vyberte bankovní účet, přes který peníze jdou.',
    });
    expect(missingBank.es).toEqual({
      status: 422,
      code: 'validation',
      message: 'Elija la cuenta bancaria por la que se mueve el dinero.',
    });
  });
});
