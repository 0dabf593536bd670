import { describe, expect, it } from 'vitest';
import { makeCompany } from '../../src/modules/org/factories.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * The org module's error messages come from its catalogue: through the real HTTP app, a Czech or Spanish
 * Accept-Language gets the message in that language, the value it names kept, and the same stable code.
 */
const fresh = withFreshDatabase();

describe('org errors in the language of the request', () => {
  it('a taken department code, a built-in role name, a missing role and a wrong password', async () => {
    const t = testApp(fresh.db);
    const { owner } = await makeCompany(fresh.db);
    const ask = (method: string, path: string, lang: string, body?: unknown) =>
      t.request(method, `/api/v1${path}`, {
        token: owner.token,
        ...(body === undefined ? {} : { body }),
        headers: { 'accept-language': lang },
      });

    const dept = { code: 'OPS', name: 'Operations' };
    expect((await ask('POST', '/departments', 'en', dept)).status).toBe(201);
    const taken = {
      en: await ask('POST', '/departments', 'en', dept),
      cs: await ask('POST', '/departments', 'cs-CZ,cs;q=0.9', dept),
      es: await ask('POST', '/departments', 'es', dept),
    };
    for (const r of Object.values(taken)) {
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('conflict');
      expect(r.body.error.details).toEqual({ field: 'code' });
    }
    expect(taken.en.body.error.message).toBe('A department with the code OPS already exists.');
    expect(taken.cs.body.error.message).toBe('Oddělení s kódem OPS už existuje.');
    expect(taken.es.body.error.message).toBe('Ya existe un departamento con el código OPS.');

    const role = { name: 'Owner', permissions: [] };
    const builtIn = await ask('POST', '/roles', 'es', role);
    expect(builtIn.status).toBe(409);
    expect(builtIn.body.error.code).toBe('conflict');
    expect(builtIn.body.error.message).toBe('«Owner» es el nombre de un rol predefinido; elija otro nombre.');
    expect((await ask('POST', '/roles', 'cs', role)).body.error.message).toBe(
      '„Owner“ je název vestavěné role; zvolte jiný název.',
    );

    const missing = await ask('GET', '/roles/role_nope', 'cs');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    expect(missing.body.error.message).toBe(
      'V této společnosti není role role_nope; seznam rolí vrací GET /roles.',
    );

    const signIn = (lang: string) =>
      t.request('POST', '/api/v1/auth/sign-in', {
        body: { email: owner.email, password: 'not the password' },
        headers: { 'accept-language': lang },
      });
    const [cs, es] = [await signIn('cs'), await signIn('es')];
    expect([cs.status, es.status]).toEqual([401, 401]);
    expect([cs.body.error.code, es.body.error.code]).toEqual(['unauthenticated', 'unauthenticated']);
    expect(cs.body.error.message).toBe('E-mail nebo heslo není správné, nebo účet není aktivní.');
    expect(es.body.error.message).toBe(
      'El correo o la contraseña no son correctos, o la cuenta no está activa.',
    );
  });
});
