import { describe, expect, it } from 'vitest';
import { makeCompany, makePerson } from '../../src/modules/org/factories.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

const fresh = withFreshDatabase();

describe('saved list views', () => {
  it('are seen, changed and deleted only by their owner; one default per list; every write audited', async () => {
    const t = testApp(fresh.db);
    const companyId = (await makeCompany(fresh.db)).company.id;
    const ann = await makePerson(fresh.db, companyId, { role: 'manager' });
    const bob = await makePerson(fresh.db, companyId, { role: 'auditor' });
    const save = (token: string, body: Record<string, unknown>) =>
      t.request('POST', '/api/v1/views', { token, body });
    const mine = (token: string) =>
      t.request('GET', '/api/v1/views?list=sales.invoices', { token }).then((r) => r.body.items);

    const drafts = await save(ann.token, {
      list: 'sales.invoices',
      name: 'Drafts',
      params: { status: 'draft', sort: '-total' },
      isDefault: true,
    });
    expect(drafts.status).toBe(201);
    expect(drafts.body).toMatchObject({ name: 'Drafts', isDefault: true, params: { status: 'draft' } });
    // An auditor keeps views too (a person's own setting, not a company record).
    expect((await save(bob.token, { list: 'sales.invoices', name: 'Bob', params: {} })).status).toBe(201);

    // Each sees only their own.
    expect((await mine(ann.token)).map((v: { name: string }) => v.name)).toEqual(['Drafts']);
    expect((await mine(bob.token)).map((v: { name: string }) => v.name)).toEqual(['Bob']);
    // Bob cannot change or delete Ann's view: it does not exist for him.
    const id = drafts.body.id as string;
    expect(
      (await t.request('PATCH', `/api/v1/views/${id}`, { token: bob.token, body: { name: 'x' } })).status,
    ).toBe(404);
    expect((await t.request('DELETE', `/api/v1/views/${id}`, { token: bob.token })).status).toBe(404);

    // Same name twice: a conflict that says what to do; nothing written.
    const twice = await save(ann.token, { list: 'sales.invoices', name: 'Drafts', params: {} });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/already have a view named "Drafts"/);
    // A new default takes over: still one default per person and list.
    const overdue = await save(ann.token, {
      list: 'sales.invoices',
      name: 'Overdue',
      params: { status: 'overdue' },
      isDefault: true,
    });
    expect(overdue.status).toBe(201);
    expect(
      (await mine(ann.token)).map((v: { name: string; isDefault: boolean }) => [v.name, v.isDefault]),
    ).toEqual([
      ['Drafts', false],
      ['Overdue', true],
    ]);
    const renamed = await t.request('PATCH', `/api/v1/views/${id}`, {
      token: ann.token,
      body: { name: 'My drafts', params: { status: 'draft' } },
    });
    expect(renamed.body).toMatchObject({ name: 'My drafts', params: { status: 'draft' } });
    expect((await t.request('DELETE', `/api/v1/views/${id}`, { token: ann.token })).status).toBe(204);
    expect((await mine(ann.token)).map((v: { name: string }) => v.name)).toEqual(['Overdue']);

    // Bad input is a 422, not a 500.
    expect((await save(ann.token, { list: 'Bad List!', name: 'x', params: {} })).status).toBe(422);
    expect((await save(ann.token, { list: 'sales.invoices', name: ' ', params: {} })).status).toBe(422);

    const audited = await fresh.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE company_id = $1 AND entity_type = 'saved_view' AND entity_id = $2 ORDER BY seq`,
      [companyId, id],
    );
    expect(audited.rows.map((r) => r.action)).toEqual(['create', 'update', 'update', 'delete']);
  });
});
