import type { TestApp, TestResponse } from '../support/app.ts';

/**
 * For the per-module server-i18n tests (test/api/server-i18n-<module>.test.ts): the same request in English,
 * Czech and Spanish, so a test can assert the translated message and the unchanged code in one go.
 */
export async function inEachLanguage(
  t: TestApp,
  token: string,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<{ en: TestResponse; cs: TestResponse; es: TestResponse }> {
  const ask = (lang: string) =>
    t.request(method, path, {
      token,
      ...(body === undefined ? {} : { body }),
      headers: { 'accept-language': lang },
    });
  return { en: await ask('en'), cs: await ask('cs-CZ,cs;q=0.9'), es: await ask('es') };
}

/** The three answers' status, code and message, for one `toEqual`. */
export function errorsOf(r: { en: TestResponse; cs: TestResponse; es: TestResponse }) {
  const one = (x: TestResponse) => ({
    status: x.status,
    code: x.body?.error?.code,
    message: x.body?.error?.message,
  });
  return { en: one(r.en), cs: one(r.cs), es: one(r.es) };
}
