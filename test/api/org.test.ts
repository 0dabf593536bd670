import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addToDepartment,
  makeOrg,
  makePerson,
  type OrgFixture,
  type PersonFixture,
} from '../../src/modules/org/factories.ts';
import { type TestApp, testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/** A well-formed id that is not `id` (its last character changed, never to itself). */
function otherThan(id: string): string {
  return id.replace(/.$/, (last) => (last === '0' ? '1' : '0'));
}

/** Departments, people lists (filters, cursors, CSV/XLSX export) and Idempotency-Key. */

const fresh = withFreshDatabase();
let t: TestApp;
let org: OrgFixture;
let owner: PersonFixture;

beforeAll(async () => {
  t = testApp(fresh.db);
  org = await makeOrg(fresh.db);
  owner = org.people.owner;
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  t.request('POST', path, { token: owner.token, body, headers });

describe('departments', () => {
  it('create, read, rename, list, delete', async () => {
    const made = await post('/api/v1/departments', {
      code: 'OPS',
      name: 'Operations',
      managerId: org.people.manager.id,
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      code: 'OPS',
      name: 'Operations',
      managerId: org.people.manager.id,
      memberCount: 1,
    });
    const id: string = made.body.id;
    expect(id).toMatch(/^dep_/);

    const got = await t.request('GET', `/api/v1/departments/${id}`, { token: owner.token });
    expect(got.body.members.map((m: { userId: string }) => m.userId)).toEqual([org.people.manager.id]);
    const renamed = await t.request('PATCH', `/api/v1/departments/${id}`, {
      token: owner.token,
      body: { name: 'Operations & Logistics' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Operations & Logistics');
    const dup = await post('/api/v1/departments', { code: 'ops', name: 'Duplicate' });
    expect(dup.status).toBe(409);

    const list = await t.request('GET', '/api/v1/departments?q=logistics', { token: owner.token });
    expect(list.body.items.map((d: { id: string }) => d.id)).toEqual([id]);

    const added = await t.request('POST', `/api/v1/departments/${id}/members`, {
      token: owner.token,
      body: { userId: org.people.assistant.id },
    });
    expect(added.status).toBe(204);
    const removed = await t.request(
      'DELETE',
      `/api/v1/departments/${id}/members/${org.people.assistant.id}`,
      {
        token: owner.token,
      },
    );
    expect(removed.status).toBe(204);
    const stranger = await t.request('POST', `/api/v1/departments/${id}/members`, {
      token: owner.token,
      body: { userId: otherThan(org.people.owner.id) },
    });
    expect(stranger.status).toBe(422);

    expect((await t.request('DELETE', `/api/v1/departments/${id}`, { token: owner.token })).status).toBe(204);
    expect((await t.request('GET', `/api/v1/departments/${id}`, { token: owner.token })).status).toBe(404);
  });

  it('rejects cycles: itself, and a descendant as parent', async () => {
    const top = (await post('/api/v1/departments', { code: 'TOP', name: 'Top' })).body;
    const mid = (await post('/api/v1/departments', { code: 'MID', name: 'Mid', parentId: top.id })).body;
    const low = (await post('/api/v1/departments', { code: 'LOW', name: 'Low', parentId: mid.id })).body;
    expect(low.parentId).toBe(mid.id);

    for (const parentId of [top.id, mid.id, low.id]) {
      const res = await t.request('PATCH', `/api/v1/departments/${top.id}`, {
        token: owner.token,
        body: { parentId },
      });
      expect(res.status, parentId).toBe(422);
      expect(res.body.error.code).toBe('validation');
    }
    const row = await fresh.db.query('SELECT parent_id FROM departments WHERE id = $1', [top.id]);
    expect(row.rows[0]!.parent_id).toBeNull();
    // Moving a leaf under a sibling branch is fine.
    const ok = await t.request('PATCH', `/api/v1/departments/${low.id}`, {
      token: owner.token,
      body: { parentId: top.id },
    });
    expect(ok.status).toBe(200);
    // A parent from another company does not exist here.
    const foreign = await t.request('PATCH', `/api/v1/departments/${low.id}`, {
      token: owner.token,
      body: { parentId: otherThan(org.deptA.id) },
    });
    expect(foreign.status).toBe(422);
    // A department with sub-departments cannot be deleted.
    expect((await t.request('DELETE', `/api/v1/departments/${top.id}`, { token: owner.token })).status).toBe(
      409,
    );
  });

  it('a manager cannot move their department or change its code', async () => {
    const res = await t.request('PATCH', `/api/v1/departments/${org.deptA.id}`, {
      token: org.people.manager.token,
      body: { code: 'MINE' },
    });
    expect(res.status).toBe(403);
  });
});

describe('people lists', () => {
  let sales: string;
  let staff: PersonFixture[];

  beforeAll(async () => {
    sales = (await post('/api/v1/departments', { code: 'SALES', name: 'Sales' })).body.id;
    staff = [];
    for (let i = 0; i < 7; i++) {
      const p = await makePerson(fresh.db, org.company.id, {
        role: i < 5 ? 'assistant' : 'auditor',
        name: `Zed Seller ${i}`,
        jobTitle: i === 0 ? '=HYPERLINK("http://evil")' : 'Seller',
      });
      if (i < 6) await addToDepartment(fresh.db, org.company.id, sales, p.id);
      staff.push(p);
    }
    await t.request('POST', `/api/v1/people/${staff[4]!.id}/deactivate`, { token: owner.token });
  });

  const all = async (query: string) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await t.request(
        'GET',
        `/api/v1/people?${query}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: owner.token },
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      ids.push(...res.body.items.map((p: { id: string }) => p.id));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 50);
    return { ids, pages };
  };

  it('filters by department, role, status and text', async () => {
    const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((p) => p.id).sort();
    const get = (q: string) => t.request('GET', `/api/v1/people?${q}`, { token: owner.token });
    expect(ids(await get(`departmentId=${sales}`))).toEqual(
      staff
        .slice(0, 6)
        .map((p) => p.id)
        .sort(),
    );
    expect(ids(await get(`departmentId=${sales}&role=assistant`))).toEqual(
      staff
        .slice(0, 5)
        .map((p) => p.id)
        .sort(),
    );
    expect(ids(await get(`departmentId=${sales}&status=inactive`))).toEqual([staff[4]!.id]);
    expect(ids(await get('q=zed%20seller&role=auditor'))).toEqual(
      staff
        .slice(5)
        .map((p) => p.id)
        .sort(),
    );
    expect((await get('role=wizard')).status).toBe(422);
  });

  it('cursor pagination returns every match once, in order', async () => {
    const { ids, pages } = await all(`departmentId=${sales}`);
    expect(pages).toBe(3);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    const everyone = await all('');
    const total = await fresh.db.query('SELECT count(*)::int AS n FROM memberships WHERE company_id = $1', [
      org.company.id,
    ]);
    expect(everyone.ids).toHaveLength(total.rows[0]!.n);
    expect(new Set(everyone.ids).size).toBe(total.rows[0]!.n);
  });

  it('?format=csv exports the whole filtered result, not one page, with formulas defused', async () => {
    const res = await t.request('GET', `/api/v1/people?departmentId=${sales}&limit=2&format=csv`, {
      token: owner.token,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="people.csv"/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('name,email,role,job_title,reports_to,departments,status,id');
    expect(lines).toHaveLength(7);
    for (const p of staff.slice(0, 6)) expect(res.text).toContain(p.id);
    expect(res.text).not.toContain(staff[6]!.id);
    expect(res.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('?format=xlsx exports the same rows as a workbook', async () => {
    const res = await t.request('GET', `/api/v1/people?departmentId=${sales}&limit=1&format=xlsx`, {
      token: owner.token,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows[0]).toEqual([
      'name',
      'email',
      'role',
      'job_title',
      'reports_to',
      'departments',
      'status',
      'id',
    ]);
    expect(rows).toHaveLength(7);
    expect(
      rows
        .slice(1)
        .map((r) => r[7])
        .sort(),
    ).toEqual(
      staff
        .slice(0, 6)
        .map((p) => p.id)
        .sort(),
    );
    expect(rows.find((r) => r[7] === staff[4]!.id)?.[6]).toBe('inactive');
  });
});

describe('Idempotency-Key', () => {
  it('same key and body → the first answer again, marked replayed, one row written', async () => {
    const key = `idem-${Date.now()}`;
    const body = { code: 'IDEM', name: 'Idempotent' };
    const count = async () =>
      (await fresh.db.query(`SELECT count(*)::int AS n FROM departments WHERE code = 'IDEM'`)).rows[0]!.n;
    const audits = async () =>
      (await fresh.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'department'`))
        .rows[0]!.n;
    const auditsBefore = await audits();

    const first = await post('/api/v1/departments', body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const second = await post('/api/v1/departments', body, { 'idempotency-key': key });
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(await count()).toBe(1);
    expect(await audits()).toBe(auditsBefore + 1);

    const other = await post(
      '/api/v1/departments',
      { ...body, name: 'Something else' },
      { 'idempotency-key': key },
    );
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('conflict');
    expect(await count()).toBe(1);

    // Without a key the same body is a real second attempt (and a conflict on the code).
    expect((await post('/api/v1/departments', body)).status).toBe(409);
  });

  it('a failed first attempt is not stored: the retry runs again', async () => {
    const key = `idem-fail-${Date.now()}`;
    const body = { code: 'IDEM2', name: 'Second', parentId: 'dep_00000000000000000000000000' };
    expect((await post('/api/v1/departments', body, { 'idempotency-key': key })).status).toBe(422);
    const retry = await post('/api/v1/departments', body, { 'idempotency-key': key });
    expect(retry.status).toBe(422);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
  });

  it('keys are per caller: another person with the same key is not replayed', async () => {
    const key = `idem-shared-${Date.now()}`;
    const a = await post('/api/v1/departments', { code: 'IDEMA', name: 'A' }, { 'idempotency-key': key });
    const b = await t.request('POST', '/api/v1/departments', {
      token: org.people.admin.token,
      body: { code: 'IDEMB', name: 'B' },
      headers: { 'idempotency-key': key },
    });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });
});
