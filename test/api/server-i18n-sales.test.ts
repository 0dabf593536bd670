import { describe, expect, it } from 'vitest';
import { makePerson } from '../../src/modules/org/factories.ts';
import { makeDraft, makeSales } from '../../src/modules/sales/factories.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';
import { errorsOf, inEachLanguage } from './server-i18n-ask.ts';

// Sales' errors from its catalogue through the real HTTP app: the message in the Accept-Language, the code unchanged.
const fresh = withFreshDatabase();

describe('sales errors in the reader’s language', () => {
  it('words crediting a draft and deleting an issued invoice in en, cs and es', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db);
    const owner = await makePerson(fresh.db, f.companyId, { role: 'owner' });
    const draft = await makeDraft(fresh.db, f);

    const credit = errorsOf(
      await inEachLanguage(t, owner.token, 'POST', `/api/v1/sales/invoices/${draft.id}/credit-note`, {}),
    );
    expect(credit).toEqual({
      en: {
        status: 422,
        code: 'validation',
        message: 'This invoice is still a draft; change or delete it instead.',
      },
      cs: {
        status: 422,
        code: 'validation',
        message: 'Tato faktura je stále koncept; místo toho ji upravte nebo smažte.',
      },
      es: {
        status: 422,
        code: 'validation',
        message: 'Esta factura sigue siendo un borrador; modifíquela o elimínela en su lugar.',
      },
    });

    const issued = await t.request('POST', `/api/v1/sales/invoices/${draft.id}/issue`, {
      token: owner.token,
      body: {},
    });
    expect(issued.status).toBe(200);
    const number = issued.body.number as string;
    const gone = errorsOf(
      await inEachLanguage(t, owner.token, 'DELETE', `/api/v1/sales/invoices/${draft.id}`),
    );
    expect(gone.en).toEqual({
      status: 409,
      code: 'conflict',
      message: `Invoice ${number} is issued; it can only be credited, never deleted.`,
    });
    expect(gone.cs).toEqual({
      status: 409,
      code: 'conflict',
      message: `Faktura ${number} je vystavená; lze ji jen dobropisovat, nikdy smazat.`,
    });
    expect(gone.es.message).toBe(
      `La factura ${number} está emitida; solo se puede rectificar, nunca eliminar.`,
    );
  });
});
