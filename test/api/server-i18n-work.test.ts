import { describe, expect, it } from 'vitest';
import { makeCompany } from '../../src/modules/org/factories.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * The work module's error messages come from its catalogue: through the real HTTP app, a Czech or Spanish
 * Accept-Language gets the message in that language, the value it names kept, the same code and details.
 */
const fresh = withFreshDatabase();

describe('work errors in the language of the request', () => {
  it('a delegation to oneself or ending before it starts, and a policy for an unknown action', async () => {
    const t = testApp(fresh.db);
    const { owner } = await makeCompany(fresh.db);
    const ask = (method: string, path: string, lang: string, body: unknown) =>
      t.request(method, `/api/v1${path}`, { token: owner.token, body, headers: { 'accept-language': lang } });

    const self = { toUserId: owner.id, startsOn: '2026-03-01', endsOn: '2026-03-31' };
    const [en, cs, es] = await Promise.all(
      ['en', 'cs', 'es-MX,es;q=0.9'].map((l) => ask('POST', '/work/delegations', l, self)),
    );
    for (const r of [en, cs, es]) {
      expect(r?.status).toBe(422);
      expect(r?.body.error.code).toBe('validation');
      expect(r?.body.error.details).toEqual({ field: 'toUserId' });
    }
    expect(en?.body.error.message).toBe('A person cannot delegate to themselves.');
    expect(cs?.body.error.message).toBe('Osoba nemůže delegovat sama na sebe.');
    expect(es?.body.error.message).toBe('Una persona no puede delegar en sí misma.');

    const backwards = await ask('POST', '/work/delegations', 'cs', { ...self, endsOn: '2026-02-01' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.error.details).toEqual({ field: 'endsOn' });
    expect(backwards.body.error.message).toBe('Delegace končí dřív, než začíná.');

    const policy = { name: 'Nope', definition: { levels: [] } };
    const unknown = await ask('PUT', '/work/policies/no.such.action', 'es', policy);
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('validation');
    expect(unknown.body.error.details).toEqual({ field: 'action' });
    expect(unknown.body.error.message).toMatch(
      /^No existe la acción aprobable «no\.such\.action»; las conocidas son: .*ledger\.post.*\.$/,
    );
  });
});
