import { afterAll, describe, expect, it } from 'vitest';
import { makePerson } from '../../src/modules/org/factories.ts';
import { makePurchasing } from '../../src/modules/purchasing/factories.ts';
import { shutdownOcr } from '../../src/modules/purchasing/index.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';
import { errorsOf, inEachLanguage } from './server-i18n-ask.ts';

// Purchasing's errors from its catalogue through the real HTTP app: the message in the Accept-Language, the code unchanged.
const fresh = withFreshDatabase();
afterAll(async () => {
  await shutdownOcr();
});

describe('purchasing errors in the reader’s language', () => {
  it('words a due date before the issue date and a line on a missing account in en, cs and es', async () => {
    const t = testApp(fresh.db);
    const f = await makePurchasing(fresh.db);
    const clerk = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const bill = {
      vendorId: f.vendor.id,
      vendorInvoiceNumber: 'A-1',
      issueDate: '2026-03-02',
      lines: [{ description: 'Toner', accountId: '6100', taxCode: 'S21', unitPrice: '10.00' }],
    };

    const early = errorsOf(
      await inEachLanguage(t, clerk.token, 'POST', '/api/v1/purchasing/bills', {
        ...bill,
        dueDate: '2026-03-01',
      }),
    );
    expect(early).toEqual({
      en: {
        status: 422,
        code: 'validation',
        message: 'The due date is before the issue date; correct one of them.',
      },
      cs: {
        status: 422,
        code: 'validation',
        message: 'Datum splatnosti je před datem vystavení; opravte jedno z nich.',
      },
      es: {
        status: 422,
        code: 'validation',
        message: 'La fecha de vencimiento es anterior a la de emisión; corrija una de las dos.',
      },
    });

    const missing = errorsOf(
      await inEachLanguage(t, clerk.token, 'POST', '/api/v1/purchasing/bills', {
        ...bill,
        lines: [{ description: 'Toner', accountId: '9999', taxCode: 'S21', unitPrice: '10.00' }],
      }),
    );
    expect(missing.en.message).toBe(
      'Line 1: account "9999" does not exist; choose an expense or asset account.',
    );
    expect(missing.cs).toEqual({
      status: 422,
      code: 'validation',
      message: 'Řádek 1: účet „9999“ neexistuje; vyberte nákladový účet nebo účet aktiv.',
    });
    expect(missing.es).toEqual({
      status: 422,
      code: 'validation',
      message: 'Línea 1: la cuenta «9999» no existe; elija una cuenta de gasto o de activo.',
    });
  });
});
