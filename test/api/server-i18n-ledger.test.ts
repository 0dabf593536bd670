import { describe, expect, it } from 'vitest';
import { makeLedger } from '../../src/modules/ledger/factories.ts';
import { makePerson } from '../../src/modules/org/factories.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * The ledger's error messages come from its catalogue (src/modules/ledger/i18n.ts): through the real HTTP app
 * a Czech or Spanish Accept-Language gets the message in that language — the place in front ("entry 1, line
 * 2") included — while the code, the status and the details stay what they are in English.
 */
const fresh = withFreshDatabase();

describe('ledger errors in the language of the request', () => {
  it('words an unknown account, an unbalanced entry and a taken account code in cs and es, same code', async () => {
    const t = testApp(fresh.db);
    const f = await makeLedger(fresh.db);
    const owner = await makePerson(fresh.db, f.companyId, { role: 'owner' });
    const ask = (path: string, body: unknown, lang?: string) =>
      t.request('POST', path, {
        token: owner.token,
        body,
        ...(lang ? { headers: { 'accept-language': lang } } : {}),
      });
    const entry = (credit: { account: string; credit: string }) => ({
      date: '2026-03-02',
      description: 'Rent',
      post: true,
      lines: [{ account: '6000', debit: '10.00' }, credit],
    });

    const noAccount = entry({ account: '9999', credit: '10.00' });
    const [en, cs, es] = await Promise.all([
      ask('/api/v1/ledger/entries', noAccount),
      ask('/api/v1/ledger/entries', noAccount, 'cs-CZ,cs;q=0.9'),
      ask('/api/v1/ledger/entries', noAccount, 'es'),
    ]);
    expect(en.status).toBe(422);
    expect(en.body.error.message).toBe('entry 1, line 2: there is no account "9999".');
    for (const r of [cs, es]) {
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('validation');
      expect(r.body.error.details).toEqual(en.body.error.details);
    }
    expect(cs.body.error.message).toBe('zápis 1, řádek 2: účet „9999“ neexistuje.');
    expect(es.body.error.message).toBe('asiento 1, línea 2: no existe la cuenta «9999».');

    const unbalanced = entry({ account: '1000', credit: '7.50' });
    const off = await ask('/api/v1/ledger/entries', unbalanced);
    const offCs = await ask('/api/v1/ledger/entries', unbalanced, 'cs');
    const offEs = await ask('/api/v1/ledger/entries', unbalanced, 'es-ES');
    expect(off.body.error.message).toBe(
      'Entry 1 does not balance in USD: debits and credits differ by 2.50.',
    );
    expect(offCs.body.error.code).toBe('unbalanced_entry');
    expect(offEs.body.error.code).toBe('unbalanced_entry');
    expect(offCs.status).toBe(off.status);
    expect(offCs.body.error.message).toBe(
      'Zápis 1 není v USD vyrovnaný: strany Má dáti a Dal se liší o 2.50.',
    );
    expect(offEs.body.error.message).toBe(
      'El asiento 1 no cuadra en USD: el debe y el haber difieren en 2.50.',
    );

    const taken = { code: '1000', name: 'Cash', type: 'asset' };
    const clash = await ask('/api/v1/ledger/accounts', taken);
    const clashCs = await ask('/api/v1/ledger/accounts', taken, 'cs');
    const clashEs = await ask('/api/v1/ledger/accounts', taken, 'es');
    expect(clash.status).toBe(409);
    expect(clash.body.error.message).toBe('An account with the code 1000 or the name Cash already exists.');
    expect(clashCs.status).toBe(409);
    expect(clashCs.body.error.code).toBe('conflict');
    expect(clashCs.body.error.message).toBe('Účet s číslem 1000 nebo názvem Cash už existuje.');
    expect(clashEs.body.error.code).toBe('conflict');
    expect(clashEs.body.error.message).toBe('Ya existe una cuenta con el código 1000 o el nombre Cash.');
  });
  it('words a count with the plural form of the language (drafts left in a year to close)', async () => {
    const t = testApp(fresh.db);
    const f = await makeLedger(fresh.db);
    const owner = await makePerson(fresh.db, f.companyId, { role: 'owner' });
    for (const day of ['2025-03-01', '2025-04-01', '2025-05-01'])
      expect(
        (
          await t.request('POST', '/api/v1/ledger/entries', {
            token: owner.token,
            body: {
              date: day,
              description: 'Draft',
              lines: [
                { account: '6000', debit: '1.00' },
                { account: '1000', credit: '1.00' },
              ],
            },
          })
        ).status,
      ).toBe(201);
    const year = (
      await fresh.db.query<{ id: string }>(
        "SELECT id FROM ledger_fiscal_years WHERE company_id = $1 AND name = '2025'",
        [f.companyId],
      )
    ).rows[0]!.id;
    const close = (lang: string) =>
      t.request('POST', `/api/v1/ledger/fiscal-years/${year}/close`, {
        token: owner.token,
        body: { retainedEarnings: f.accounts.capital.id },
        headers: { 'accept-language': lang },
      });
    const [en, cs, es] = await Promise.all([close('en'), close('cs'), close('es')]);
    expect(en.status).toBe(409);
    expect(en.body.error.message).toBe(
      '3 entr(ies) of 2025 are drafts or await approval: post or delete them before closing.',
    );
    expect([cs.status, cs.body.error.code, es.body.error.code]).toEqual([409, 'conflict', 'conflict']);
    expect(cs.body.error.message).toBe(
      'Rok 2025 má 3 zápisy, které jsou koncepty nebo čekají na schválení: před uzávěrkou je zaúčtujte nebo smažte.',
    );
    expect(es.body.error.message).toBe(
      '3 asientos de 2025 son borradores o esperan aprobación: contabilícelos o elimínelos antes del cierre.',
    );
  });
});
