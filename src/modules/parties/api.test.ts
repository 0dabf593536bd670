import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeOrg } from '../org/factories.ts';
import { Party, PartyPage } from './contract.ts';
import { makeParty, randomIban } from './factories.ts';

const fresh = withFreshDatabase();

describe('parties API', () => {
  it('creates, reads, lists, updates and exports customers and vendors', async () => {
    const t = testApp(fresh.db);
    const org = await makeOrg(fresh.db, { baseCurrency: 'EUR' });
    const token = org.people.assistant.token;
    const created = await t.request('POST', '/api/v1/parties', {
      token,
      body: {
        legalName: 'Hierros del Norte S.L.',
        vendor: true,
        vatId: 'ESB12345678',
        address: { city: 'Bilbao', country: 'ES' },
        creditLimit: '1500.00',
        contacts: [{ name: 'Iker', email: 'iker@hierros.test' }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'V00001',
      vendor: true,
      customer: false,
      creditLimit: '1500.00',
    });
    expect(created.body.creditLimitMinor).toBe('150000');
    const id = created.body.id as string;
    const got = await t.request('GET', `/api/v1/parties/${id}`, { token: org.people.auditor.token });
    expect(got.status).toBe(200);
    expect(got.body.contacts[0].name).toBe('Iker');
    // The answer is what the contract (and so the OpenAPI document and web types) says it is.
    Party.parse(got.body);
    await makeParty(fresh.db, org.company.id, { legalName: 'Acme Inc.', address: { country: 'US' } });
    const vendors = await t.request('GET', '/api/v1/parties?role=vendor', { token });
    expect(vendors.body.items.map((p: { id: string }) => p.id)).toEqual([id]);
    const search = await t.request('GET', '/api/v1/parties?q=acme&country=US', { token });
    expect(search.body.items).toHaveLength(1);
    PartyPage.parse(search.body);
    const patched = await t.request('PATCH', `/api/v1/parties/${id}`, {
      token,
      body: { paymentTermsDays: 10 },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.paymentTermsDays).toBe(10);
    const csv = await t.request('GET', '/api/v1/parties?format=csv', { token });
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n')[0]).toMatch(/^code,legal_name,role,vat_id/);
    expect(csv.text).toContain('V00001,Hierros del Norte S.L.,vendor,ESB12345678');
    const xlsx = await t.request('GET', '/api/v1/parties?format=xlsx', { token });
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a bad IBAN with 422 naming the field, and writes nothing', async () => {
    const t = testApp(fresh.db);
    const org = await makeOrg(fresh.db);
    const party = await makeParty(fresh.db, org.company.id);
    const good = randomIban('CZ');
    const wrongCheck = `${good.slice(0, 2)}${good.slice(2, 4) === '99' ? '98' : String(Number.parseInt(good.slice(2, 4), 10) + 1).padStart(2, '0')}${good.slice(4)}`;
    const auditBefore = await fresh.db.query('SELECT 1 FROM audit_events WHERE company_id = $1', [
      org.company.id,
    ]);
    const res = await t.request('POST', `/api/v1/parties/${party.id}/bank-accounts`, {
      token: org.people.manager.token,
      body: { iban: wrongCheck },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.field).toBe('iban');
    expect(res.body.error.message).toMatch(/check digits/);
    const rows = await fresh.db.query('SELECT 1 FROM party_bank_accounts WHERE company_id = $1', [
      org.company.id,
    ]);
    expect(rows.rowCount).toBe(0);
    const auditAfter = await fresh.db.query('SELECT 1 FROM audit_events WHERE company_id = $1', [
      org.company.id,
    ]);
    expect(auditAfter.rowCount).toBe(auditBefore.rowCount);
    const badBic = await t.request('POST', `/api/v1/parties/${party.id}/bank-accounts`, {
      token: org.people.manager.token,
      body: { iban: good, bic: 'KOMB CZ' },
    });
    expect(badBic.status).toBe(422);
    expect(badBic.body.error.details.field).toBe('bic');
    const badParty = await t.request('POST', '/api/v1/parties', {
      token: org.people.manager.token,
      body: { legalName: 'X', customer: true, creditLimit: '1e5' },
    });
    expect(badParty.status).toBe(422);
    expect(badParty.body.error.details.field).toBe('creditLimit');
  });

  it('masks bank accounts; reveal needs parties.bank_details.read and is audited', async () => {
    const t = testApp(fresh.db);
    const org = await makeOrg(fresh.db);
    const party = await makeParty(fresh.db, org.company.id, { vendor: true });
    const iban = randomIban('DE');
    const added = await t.request('POST', `/api/v1/parties/${party.id}/bank-accounts`, {
      token: org.people.assistant.token,
      body: { iban, bic: 'DEUTDEFF' },
    });
    expect(added.status).toBe(201);
    expect(JSON.stringify(added.body)).not.toContain(iban);
    const list = await t.request('GET', `/api/v1/parties/${party.id}/bank-accounts`, {
      token: org.people.auditor.token,
    });
    expect(list.body.items[0].masked).toBe(`•••• ${iban.slice(-4)}`);
    expect(JSON.stringify(list.body)).not.toContain(iban.slice(4, 16));
    const path = `/api/v1/parties/${party.id}/bank-accounts/${added.body.id}/reveal`;
    for (const role of ['assistant', 'auditor'] as const)
      expect((await t.request('POST', path, { token: org.people[role].token })).status).toBe(403);
    const revealed = await t.request('POST', path, { token: org.people.manager.token });
    expect(revealed.status).toBe(200);
    expect(revealed.body.iban).toBe(iban);
    const audit = await fresh.db.query<{ actor_id: string; action: string }>(
      `SELECT actor_id, action FROM audit_events WHERE company_id = $1 AND entity_type = 'party_bank_account'`,
      [org.company.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]?.action).toBe('read');
    const create = await t.request('POST', '/api/v1/parties', {
      token: org.people.auditor.token,
      body: { legalName: 'Nope', customer: true },
    });
    expect(create.status).toBe(403);
    const removed = await t.request('DELETE', `/api/v1/parties/${party.id}/bank-accounts/${added.body.id}`, {
      token: org.people.assistant.token,
    });
    expect(removed.status).toBe(204);
  });

  it('imports CSV with a dry run and a row-by-row error report', async () => {
    const t = testApp(fresh.db);
    const org = await makeOrg(fresh.db, { baseCurrency: 'CZK' });
    const token = org.people.manager.token;
    const iban = randomIban('CZ');
    const csv = [
      'code,legal_name,role,country,vat_id,payment_terms_days,iban,contact_name,contact_email',
      `K1,Kovo Plzeň a.s.,customer,CZ,CZ12345678,14,${iban},Petr,petr@kovo.test`,
      'K2,Bad Terms s.r.o.,vendor,CZ,,fourteen,,,',
      `K3,Bad Bank s.r.o.,both,CZ,,,CZ00${iban.slice(4)},,`,
      'K4,No Role s.r.o.,,CZ,,,,,',
    ].join('\n');
    const dry = await t.request('POST', '/api/v1/parties/import', {
      token,
      body: { format: 'csv', content: csv, dryRun: true },
    });
    expect(dry.status).toBe(200);
    expect(dry.body.dryRun).toBe(true);
    expect(dry.body.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [3, 'payment_terms_days'],
      [4, 'iban'],
      [5, 'role'],
    ]);
    expect(
      (await fresh.db.query('SELECT 1 FROM parties WHERE company_id = $1', [org.company.id])).rowCount,
    ).toBe(0);
    const real = await t.request('POST', '/api/v1/parties/import', {
      token,
      body: { format: 'csv', content: csv },
    });
    expect(real.status).toBe(422);
    expect(real.body.error.details.errors).toHaveLength(3);
    expect(
      (await fresh.db.query('SELECT 1 FROM parties WHERE company_id = $1', [org.company.id])).rowCount,
    ).toBe(0);
    const good = csv.split('\n').slice(0, 2).join('\n');
    const ok = await t.request('POST', '/api/v1/parties/import', {
      token,
      body: { format: 'csv', content: good },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ created: 1, updated: 0, bankAccounts: 1, errors: [] });
    const again = await t.request('POST', '/api/v1/parties/import', {
      token,
      body: { format: 'csv', content: good },
    });
    expect(again.body).toMatchObject({ created: 0, updated: 1, bankAccounts: 0 });
    const list = await t.request('GET', '/api/v1/parties?q=Kovo', { token });
    expect(list.body.items[0]).toMatchObject({ code: 'K1', paymentTermsDays: 14, currency: 'CZK' });
  });
});
