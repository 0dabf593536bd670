import { describe, expect, it } from 'vitest';
import { makeCompany, makePerson } from '../../src/modules/org/factories.ts';
import { makeParty } from '../../src/modules/parties/factories.ts';
import { makeDraft, makeSales } from '../../src/modules/sales/factories.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * Server text in the reader's language through the real HTTP app: a PDF in the buyer's language, API errors
 * in the Accept-Language of the request (same code, English fallback), e-mails in the recipient's language.
 */
const fresh = withFreshDatabase();

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
  }
  return text.replace(/\s+/g, ' ');
}

async function lastMail(to: string): Promise<{ subject: string; body_text: string }> {
  const row = (
    await fresh.db.query<{ subject: string; body_text: string }>(
      'SELECT subject, body_text FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
      [to],
    )
  ).rows[0];
  if (!row) throw new Error(`no mail to ${to}`);
  return row;
}

describe('server i18n over HTTP', () => {
  it('prints a Czech buyer’s invoice PDF in Czech and e-mails it in Czech; ?lang=es prints Spanish', {
    timeout: 90_000,
  }, async () => {
    const t = testApp(fresh.db, { smtpUrl: 'smtp://mail.invalid:25' });
    const f = await makeSales(fresh.db);
    const owner = await makePerson(fresh.db, f.companyId, { role: 'owner' });
    const buyer = await makeParty(fresh.db, f.companyId, {
      legalName: 'Dvořák a syn s.r.o.',
      language: 'cs',
      email: 'ucetni@dvorak.test',
      ctx: f.ctx,
    });
    const draft = await makeDraft(fresh.db, f, { partyId: buyer.id });
    // A draft has no PDF: the catalogue's error, in the asked language, with the same code.
    const early = await t.request('GET', `/api/v1/sales/invoices/${draft.id}/pdf`, {
      token: owner.token,
      headers: { 'accept-language': 'cs-CZ,cs;q=0.9' },
    });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('validation');
    expect(early.body.error.message).toMatch(/^Toto je koncept/);
    const issued = await t.request('POST', `/api/v1/sales/invoices/${draft.id}/issue`, {
      token: owner.token,
      body: {},
    });
    expect(issued.status).toBe(200);

    const pdf = await t.request('GET', `/api/v1/sales/invoices/${draft.id}/pdf`, { token: owner.token });
    expect(pdf.status).toBe(200);
    const cs = await pdfText(new Uint8Array(pdf.bytes));
    for (const words of [
      'Faktura – daňový doklad',
      'Dodavatel',
      'Odběratel',
      'Datum splatnosti',
      'Rekapitulace DPH',
      'Celkem bez DPH',
    ])
      expect(cs, words).toContain(words);
    expect(cs).not.toMatch(/\bInvoice\b|Due date|VAT breakdown/);

    const es = await t.request('GET', `/api/v1/sales/invoices/${draft.id}/pdf?lang=es`, {
      token: owner.token,
    });
    const esText = await pdfText(new Uint8Array(es.bytes));
    expect(esText).toContain('Desglose de IVA');
    expect(esText).toContain('Fecha de vencimiento');

    const sent = await t.request('POST', `/api/v1/sales/invoices/${draft.id}/email`, {
      token: owner.token,
      body: {},
    });
    expect(sent.status).toBe(200);
    const mail = await lastMail('ucetni@dvorak.test');
    expect(mail.subject).toMatch(/^Faktura – daňový doklad \S+ od /);
    expect(mail.body_text).toMatch(/^Dobrý den,/);
    expect(mail.body_text).toContain('splatnost');
  });

  it('answers errors in the Accept-Language of the request with the same stable code, else English', async () => {
    const t = testApp(fresh.db);
    const { owner } = await makeCompany(fresh.db);
    const ask = (path: string, lang?: string, body?: unknown) =>
      t.request(body === undefined ? 'GET' : 'POST', path, {
        token: owner.token,
        ...(body === undefined ? {} : { body }),
        ...(lang ? { headers: { 'accept-language': lang } } : {}),
      });

    // A kernel notFound: its generic wording per language.
    const missing = '/api/v1/sales/invoices/inv_01JXXXXXXXXXXXXXXXXXXXXXXX';
    const en = await ask(missing);
    const es = await ask(missing, 'es-ES,es;q=0.9,en;q=0.5');
    expect(en.status).toBe(404);
    expect(es.status).toBe(404);
    expect(es.body.error.code).toBe(en.body.error.code);
    expect(en.body.error.message).toMatch(/was not found/);
    expect(es.body.error.message).toBe('No se encontró inv_01JXXXXXXXXXXXXXXXXXXXXXXX.');

    // Request validation: the field catalogue's Spanish wording (never zod's), the field path kept; the fields'
    // paths and codes and zod's English issues are the same in every language.
    const bad = await ask('/api/v1/sales/invoices', 'es', { lines: 'none' });
    const badEn = await ask('/api/v1/sales/invoices', 'de, en;q=0.1', { lines: 'none' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('validation');
    expect(bad.body.error.message).toBe('partyId: Rellene este campo.');
    expect(badEn.body.error.message).toBe('partyId: Fill this in.');
    expect(bad.body.error.details.issues).toEqual(badEn.body.error.details.issues);
    const pathCodes = (r: typeof bad) =>
      r.body.error.details.fields.map((f: { path: string; code: string }) => `${f.path} ${f.code}`);
    expect(pathCodes(bad)).toEqual(['partyId required', 'lines invalid_type']);
    expect(pathCodes(badEn)).toEqual(pathCodes(bad));

    // The guard's own errors: not signed in, in Czech.
    const anon = await t.request('GET', '/api/v1/sales/invoices', { headers: { 'accept-language': 'cs' } });
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe('unauthenticated');
    expect(anon.body.error.message).toBe('Nejprve se přihlaste, nebo pošlete platný API token.');

    // A language we do not speak falls back to English.
    const de = await ask(missing, 'de-DE');
    expect(de.body.error.message).toBe(en.body.error.message);
  });

  it('mails an invitation and a password reset in the recipient’s own language', async () => {
    const t = testApp(fresh.db, { smtpUrl: 'smtp://mail.invalid:25' });
    const { company, owner } = await makeCompany(fresh.db, { name: 'Northwind' });
    // Someone with an account elsewhere who reads Czech; a member here who reads Spanish.
    const { owner: czech } = await makeCompany(fresh.db);
    expect(
      (await t.request('PATCH', '/api/v1/me', { token: czech.token, body: { locale: 'cs' } })).status,
    ).toBe(204);
    const spanish = await makePerson(fresh.db, company.id, { role: 'assistant' });
    expect(
      (await t.request('PATCH', '/api/v1/me', { token: spanish.token, body: { locale: 'es' } })).status,
    ).toBe(204);

    const invited = await t.request('POST', '/api/v1/invitations', {
      token: owner.token,
      body: { email: czech.email, role: 'manager' },
    });
    expect(invited.status).toBe(201);
    const invitation = await lastMail(czech.email);
    expect(invitation.subject).toBe('Pozvánka do Northwind ve Stewardu');
    expect(invitation.body_text).toContain('Pozvánka vyprší za 14 dní.');
    expect(invitation.body_text).toContain(`Přihlaste se do Stewardu jako ${czech.email}`);

    // A new address has no language of its own: the company's (English here).
    await t.request('POST', '/api/v1/invitations', {
      token: owner.token,
      body: { email: 'newcomer@example.test', role: 'auditor' },
    });
    expect((await lastMail('newcomer@example.test')).subject).toBe('You are invited to Northwind on Steward');

    const reset = await t.request('POST', `/api/v1/people/${spanish.id}/password-reset`, {
      token: owner.token,
    });
    expect(reset.status).toBe(201);
    const resetMail = await lastMail(spanish.email);
    expect(resetMail.subject).toBe('Establezca una nueva contraseña de Steward');
    expect(resetMail.body_text).toContain('Establézcala aquí: http');
  });
});
