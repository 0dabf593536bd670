import { describe, expect, it } from 'vitest';
import { makeCompany } from '../../src/modules/org/factories.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';
import { errorsOf, inEachLanguage } from './server-i18n-ask.ts';

// Parties' errors from its catalogue through the real HTTP app: the message in the Accept-Language, the code unchanged.
const fresh = withFreshDatabase();

describe('parties errors in the reader’s language', () => {
  it('words a party without a role, a taken code and a negative credit limit in en, cs and es', async () => {
    const t = testApp(fresh.db);
    const { owner } = await makeCompany(fresh.db);

    const noRole = errorsOf(
      await inEachLanguage(t, owner.token, 'POST', '/api/v1/parties', {
        legalName: 'Nobody',
        customer: false,
        vendor: false,
      }),
    );
    expect(noRole).toEqual({
      en: {
        status: 422,
        code: 'validation',
        message: 'A party is a customer, a vendor or both; tick at least one.',
      },
      cs: {
        status: 422,
        code: 'validation',
        message: 'Partner je odběratel, dodavatel nebo obojí; zaškrtněte alespoň jedno.',
      },
      es: {
        status: 422,
        code: 'validation',
        message: 'Un tercero es cliente, proveedor o ambos; marque al menos una opción.',
      },
    });

    const first = await t.request('POST', '/api/v1/parties', {
      token: owner.token,
      body: { legalName: 'Acme', code: 'ACME', customer: true },
    });
    expect(first.status).toBe(201);
    const taken = errorsOf(
      await inEachLanguage(t, owner.token, 'POST', '/api/v1/parties', {
        legalName: 'Acme Two',
        code: 'ACME',
        customer: true,
      }),
    );
    expect(taken.en).toEqual({
      status: 409,
      code: 'conflict',
      message: 'The code ACME is already used by another customer or vendor; choose another code.',
    });
    expect(taken.cs).toEqual({
      status: 409,
      code: 'conflict',
      message: 'Kód ACME už používá jiný odběratel nebo dodavatel; zvolte jiný kód.',
    });
    expect(taken.es).toEqual({
      status: 409,
      code: 'conflict',
      message: 'El código ACME ya lo usa otro cliente o proveedor; elija otro código.',
    });

    const negative = errorsOf(
      await inEachLanguage(t, owner.token, 'POST', '/api/v1/parties', {
        legalName: 'Broke',
        customer: true,
        creditLimit: '-5.00',
      }),
    );
    expect(negative.en.message).toBe('The credit limit cannot be negative.');
    expect(negative.cs).toEqual({
      status: 422,
      code: 'validation',
      message: 'Úvěrový limit nemůže být záporný.',
    });
    expect(negative.es).toEqual({
      status: 422,
      code: 'validation',
      message: 'El límite de crédito no puede ser negativo.',
    });
  });
});
