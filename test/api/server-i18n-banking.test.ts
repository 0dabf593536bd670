import { describe, expect, it } from 'vitest';
import { companyIban } from '../../src/modules/banking/factories.ts';
import { createAccount, createFiscalYear } from '../../src/modules/ledger/index.ts';
import { makeOrg } from '../../src/modules/org/factories.ts';
import { SYSTEM_ACTOR } from '../../src/platform/context.ts';
import { writeCamt053 } from '../../src/platform/formats/camt053/write.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';
import { errorsOf, inEachLanguage } from './server-i18n-ask.ts';

// Banking's errors from its catalogue through the real HTTP app: the message in the Accept-Language, the code unchanged.
const fresh = withFreshDatabase();

describe('banking errors in the reader’s language', () => {
  it('words a taken account name, a taken IBAN and a statement for another IBAN in en, cs and es', async () => {
    const t = testApp(fresh.db);
    const org = await makeOrg(fresh.db, { baseCurrency: 'EUR' });
    const ctx = { actor: SYSTEM_ACTOR, companyId: org.company.id, requestId: null };
    const [main, other] = await fresh.db.tx(async (tx) => {
      await createFiscalYear(tx, ctx, 2026);
      return [
        await createAccount(tx, ctx, { code: '221', name: 'Bank', type: 'asset' }),
        await createAccount(tx, ctx, { code: '222', name: 'Bank 2', type: 'asset' }),
      ];
    });
    const owner = org.people.owner.token;
    const iban = companyIban('CZ');
    const created = await t.request('POST', '/api/v1/banking/accounts', {
      token: owner,
      body: { name: 'Main EUR', currency: 'EUR', iban, ledgerAccountId: main?.id },
    });
    expect(created.status).toBe(201);

    const sameName = errorsOf(
      await inEachLanguage(t, owner, 'POST', '/api/v1/banking/accounts', {
        name: 'Main EUR',
        currency: 'EUR',
        iban: companyIban('CZ'),
        ledgerAccountId: other?.id,
      }),
    );
    expect(sameName).toEqual({
      en: {
        status: 409,
        code: 'conflict',
        message: 'Bank account "Main EUR" already has the name "Main EUR"; choose another.',
      },
      cs: {
        status: 409,
        code: 'conflict',
        message: 'Bankovní účet „Main EUR“ už má název „Main EUR“; zvolte jiný.',
      },
      es: {
        status: 409,
        code: 'conflict',
        message: 'La cuenta bancaria «Main EUR» ya tiene el nombre «Main EUR»; elija otro.',
      },
    });

    const sameIban = errorsOf(
      await inEachLanguage(t, owner, 'POST', '/api/v1/banking/accounts', {
        name: 'Second',
        currency: 'EUR',
        iban,
        ledgerAccountId: other?.id,
      }),
    );
    expect(sameIban.en.message).toBe(`Bank account "Main EUR" already has the IBAN ${iban}; choose another.`);
    expect(sameIban.cs).toEqual({
      status: 409,
      code: 'conflict',
      message: `Bankovní účet „Main EUR“ už má IBAN ${iban}; zvolte jiný.`,
    });
    expect(sameIban.es.message).toBe(`La cuenta bancaria «Main EUR» ya tiene el IBAN ${iban}; elija otro.`);

    // A statement of another account: the one statement of the file is not numbered.
    const foreign = companyIban('CZ');
    const xml = writeCamt053({
      format: 'camt053',
      account: { iban: foreign, accountNumber: null, bankId: null },
      currency: 'EUR',
      statementId: 'S-1',
      periodFrom: '2026-04-01',
      periodTo: '2026-04-30',
      openingBalanceMinor: 0n,
      closingBalanceMinor: 0n,
      openingDerived: false,
      lines: [],
    });
    const ask = (lang: string) =>
      t.request('POST', `/api/v1/banking/imports?account=${created.body.id}&format=camt053`, {
        token: owner,
        body: xml,
        headers: { 'content-type': 'application/xml', 'accept-language': lang },
      });
    const wrong = errorsOf({ en: await ask('en'), cs: await ask('cs'), es: await ask('es') });
    expect(wrong.en).toEqual({
      status: 422,
      code: 'validation',
      message: `The statement is for IBAN ${foreign}, not for "Main EUR" (${iban}). Pick the right account.`,
    });
    expect(wrong.cs).toEqual({
      status: 422,
      code: 'validation',
      message: `Výpis je pro IBAN ${foreign}, ne pro „Main EUR“ (${iban}). Vyberte správný účet.`,
    });
    expect(wrong.es.message).toBe(
      `El extracto es del IBAN ${foreign}, no de «Main EUR» (${iban}). Elija la cuenta correcta.`,
    );
  });
});
