import { describe, expect, it } from 'vitest';
import { makeCompany } from '../../src/modules/org/factories.ts';
import { makeParty } from '../../src/modules/parties/factories.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';
import { errorsOf, inEachLanguage } from './server-i18n-ask.ts';

// Receivables' errors from its catalogue through the real HTTP app: the message in the Accept-Language, the code unchanged.
const fresh = withFreshDatabase();

describe('receivables errors in the reader’s language', () => {
  it('words a bad aging bucket list and a statement for a vendor in en, cs and es', async () => {
    const t = testApp(fresh.db);
    const { company, owner } = await makeCompany(fresh.db);

    const buckets = errorsOf(
      await inEachLanguage(t, owner.token, 'GET', '/api/v1/reports/ar-aging?asOf=2026-01-31&buckets=30,x'),
    );
    expect(buckets).toEqual({
      en: {
        status: 422,
        code: 'validation',
        message: 'buckets: write whole days separated by commas, e.g. 30,60,90 (got "30,x").',
      },
      cs: {
        status: 422,
        code: 'validation',
        message: 'buckets: zadejte celé dny oddělené čárkami, např. 30,60,90 (zadáno „30,x“).',
      },
      es: {
        status: 422,
        code: 'validation',
        message: 'buckets: escriba días enteros separados por comas, p. ej. 30,60,90 (se recibió «30,x»).',
      },
    });

    const vendor = await makeParty(fresh.db, company.id, { vendor: true, legalName: 'Hydro Supplies' });
    const statement = errorsOf(
      await inEachLanguage(t, owner.token, 'GET', `/api/v1/parties/${vendor.id}/statement?asOf=2026-01-31`),
    );
    expect(statement.en).toEqual({
      status: 422,
      code: 'validation',
      message: 'Hydro Supplies is not a customer; statements are for customers.',
    });
    expect(statement.cs.code).toBe('validation');
    expect(statement.cs.message).toBe('Hydro Supplies není odběratel; výpisy z účtu jsou pro odběratele.');
    expect(statement.es.code).toBe('validation');
    expect(statement.es.message).toBe(
      'Hydro Supplies no es cliente; los extractos de cuenta son para clientes.',
    );
  });
});
