import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, makePerson, type OrgFixture } from '../../src/modules/org/factories.ts';
import { verifyAuditChain } from '../../src/platform/audit/index.ts';
import type { Database } from '../../src/platform/db/index.ts';
import { type TestApp, type TestResponse, testApp } from '../support/app.ts';
import { dropFreshDatabase, freshDatabase, withFreshDatabase } from '../support/db.ts';

/** Every mutation appends an audit event in its own transaction; the hash chain detects edits and deletions. */

const fresh = withFreshDatabase();
let t: TestApp;
let org: OrgFixture;

beforeAll(async () => {
  t = testApp(fresh.db);
  org = await makeOrg(fresh.db);
});

interface Event {
  id: string;
  seq: string;
  entity_type: string;
  entity_id: string;
  action: string;
  actor_id: string | null;
  request_id: string | null;
  changes: Record<string, unknown>;
}

async function eventsAfter(db: Database, seq: string, chain: string): Promise<Event[]> {
  return (
    await db.query<Event>(
      `SELECT id, seq::text AS seq, entity_type, entity_id, action, actor_id, request_id, changes
         FROM audit_events WHERE chain = $1 AND seq > $2::bigint ORDER BY seq`,
      [chain, seq],
    )
  ).rows;
}

async function headSeq(db: Database, chain: string): Promise<string> {
  const r = await db.query<{ seq: string }>('SELECT seq::text AS seq FROM audit_heads WHERE chain = $1', [
    chain,
  ]);
  return r.rows[0]?.seq ?? '0';
}

describe('every mutation is audited', () => {
  it('each successful write appends its event(s), with actor and request id; failed writes append none', async () => {
    const chain = org.company.id;
    const { owner } = org.people;
    const spare = await makePerson(fresh.db, org.company.id, { role: 'assistant' });
    let n = 0;
    const write = async (
      method: string,
      path: string,
      body: unknown,
      expectEvent: { entityType: string; action: string } | null,
    ): Promise<TestResponse> => {
      n += 1;
      const requestId = `req-audit-${n}`;
      const before = await headSeq(fresh.db, chain);
      const res = await t.request(method, path, {
        token: owner.token,
        headers: { 'x-request-id': requestId },
        ...(body === undefined ? {} : { body }),
      });
      expect(res.headers.get('x-request-id')).toBe(requestId);
      const events = await eventsAfter(fresh.db, before, chain);
      if (expectEvent) {
        expect(res.status, `${method} ${path}: ${res.text}`).toBeLessThan(300);
        expect(events.length, `${method} ${path}`).toBeGreaterThanOrEqual(1);
        expect(events.map((e) => `${e.entity_type}.${e.action}`)).toContain(
          `${expectEvent.entityType}.${expectEvent.action}`,
        );
        for (const e of events) {
          expect(e.request_id).toBe(requestId);
          expect(e.actor_id).toBe(owner.tokenId);
        }
      } else {
        expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
        expect(events, `${method} ${path} failed but was audited`).toEqual([]);
      }
      return res;
    };

    const dep = await write(
      'POST',
      '/api/v1/departments',
      { code: 'AUD1', name: 'Audited' },
      {
        entityType: 'department',
        action: 'create',
      },
    );
    const depId: string = dep.body.id;
    await write(
      'PATCH',
      `/api/v1/departments/${depId}`,
      { name: 'Audited 2' },
      { entityType: 'department', action: 'update' },
    );
    await write(
      'POST',
      `/api/v1/departments/${depId}/members`,
      { userId: spare.id },
      {
        entityType: 'department',
        action: 'add_member',
      },
    );
    await write('DELETE', `/api/v1/departments/${depId}/members/${spare.id}`, undefined, {
      entityType: 'department',
      action: 'remove_member',
    });
    await write(
      'PATCH',
      '/api/v1/company',
      { legalName: 'Audited Legal Name s.r.o.' },
      {
        entityType: 'company',
        action: 'update',
      },
    );
    await write(
      'PATCH',
      `/api/v1/people/${spare.id}`,
      { jobTitle: 'Clerk' },
      { entityType: 'membership', action: 'update' },
    );
    await write('POST', `/api/v1/people/${spare.id}/deactivate`, undefined, {
      entityType: 'membership',
      action: 'deactivate',
    });
    await write('POST', `/api/v1/people/${spare.id}/reactivate`, undefined, {
      entityType: 'membership',
      action: 'reactivate',
    });
    await write('POST', `/api/v1/people/${spare.id}/password-reset`, undefined, {
      entityType: 'user',
      action: 'password_reset_issued',
    });
    const inv = await write(
      'POST',
      '/api/v1/invitations',
      { email: 'audited@example.test', role: 'assistant' },
      {
        entityType: 'invitation',
        action: 'create',
      },
    );
    await write('DELETE', `/api/v1/invitations/${inv.body.id}`, undefined, {
      entityType: 'invitation',
      action: 'revoke',
    });
    const tok = await write(
      'POST',
      '/api/v1/me/tokens',
      { name: 'audited' },
      { entityType: 'api_token', action: 'create' },
    );
    await write('DELETE', `/api/v1/me/tokens/${tok.body.id}`, undefined, {
      entityType: 'api_token',
      action: 'revoke',
    });
    await write('DELETE', `/api/v1/departments/${depId}`, undefined, {
      entityType: 'department',
      action: 'delete',
    });

    // Failures: validation, conflicts, not found, business rules.
    await write('POST', '/api/v1/departments', { code: org.deptA.code, name: 'Clash' }, null);
    await write('POST', '/api/v1/departments', { code: 'BAD CODE', name: 'x' }, null);
    await write('PATCH', `/api/v1/people/${owner.id}`, { role: 'admin' }, null); // last owner
    await write('POST', `/api/v1/people/${owner.id}/deactivate`, undefined, null); // yourself
    await write('DELETE', '/api/v1/invitations/inv_00000000000000000000000000', undefined, null);
    await write('POST', '/api/v1/invitations', { email: org.people.admin.email, role: 'admin' }, null); // member

    // Secrets never reach the trail.
    const all = await fresh.db.query<{ changes: unknown }>('SELECT changes FROM audit_events');
    const text = JSON.stringify(all.rows);
    expect(text).not.toContain(tok.body.token);
    expect(text).not.toMatch(/\$argon2/);
  });

  it('the event commits with the change or not at all (same transaction)', async () => {
    const scratch = await freshDatabase();
    try {
      const s = testApp(scratch.db);
      const o = await makeOrg(scratch.db);
      // Make the audit insert fail for departments only: the department must not be created either.
      await scratch.owner.query(
        `ALTER TABLE audit_events ADD CONSTRAINT test_no_dept CHECK (entity_type <> 'department') NOT VALID`,
      );
      const res = await s.request('POST', '/api/v1/departments', {
        token: o.people.owner.token,
        body: { code: 'ATOMIC', name: 'Atomic' },
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(600);
      const rows = await scratch.db.query(`SELECT 1 FROM departments WHERE code = 'ATOMIC'`);
      expect(rows.rowCount).toBe(0);
      await scratch.owner.query('ALTER TABLE audit_events DROP CONSTRAINT test_no_dept');
      const ok = await s.request('POST', '/api/v1/departments', {
        token: o.people.owner.token,
        body: { code: 'ATOMIC', name: 'Atomic' },
      });
      expect(ok.status).toBe(201);
    } finally {
      await dropFreshDatabase(scratch);
    }
  });

  it('GET /audit lists the events, filtered, and exports them', async () => {
    const res = await t.request('GET', '/api/v1/audit?entityType=department&action=create&limit=500', {
      token: org.people.auditor.token,
    });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(3);
    for (const e of res.body.items) expect(e).toMatchObject({ entityType: 'department', action: 'create' });
    const csv = await t.request('GET', '/api/v1/audit?entityType=department&action=create&format=csv', {
      token: org.people.auditor.token,
    });
    expect(csv.text.trim().split('\r\n')).toHaveLength(res.body.items.length + 1);
  });
});

describe('the hash chain', () => {
  it('verifies, then reports an edited event as hash_mismatch and a deleted one as a gap', async () => {
    const db = fresh.db;
    const chain = org.company.id;
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, firstProblem: null });
    const api = await t.request('POST', '/api/v1/audit/verify', { token: org.people.auditor.token });
    expect(api.status).toBe(200);
    expect(api.body.result).toMatchObject({ ok: true });

    const events = (
      await db.query<{ id: string; seq: string; changes: unknown }>(
        'SELECT id, seq::text AS seq, changes FROM audit_events WHERE chain = $1 ORDER BY seq',
        [chain],
      )
    ).rows;
    expect(events.length).toBeGreaterThanOrEqual(5);
    const victim = events[Math.floor(events.length / 2)]!;

    // The trail is append-only even for its owner, unless the triggers are switched off (which only the
    // owner can do: the application's role may not update it at all).
    await expect(
      fresh.owner.query(`UPDATE audit_events SET action = 'x' WHERE id = $1`, [victim.id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`UPDATE audit_events SET action = 'x' WHERE id = $1`, [victim.id])).rejects.toThrow(
      /permission denied/,
    );
    const asOwner = async (sql: string, params: unknown[]) => {
      await fresh.owner.tx(async (tx) => {
        await tx.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
        await tx.query(sql, params);
        await tx.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
      });
    };

    await asOwner(`UPDATE audit_events SET changes = '{"name":{"from":"a","to":"forged"}}' WHERE id = $1`, [
      victim.id,
    ]);
    const edited = await verifyAuditChain(db, { chain });
    expect(edited.ok).toBe(false);
    expect(edited.firstProblem).toMatchObject({ id: victim.id, problem: 'hash_mismatch', seq: victim.seq });
    const viaApi = await t.request('POST', '/api/v1/audit/verify', { token: org.people.owner.token });
    expect(viaApi.body.result).toMatchObject({
      ok: false,
      firstProblem: { id: victim.id, problem: 'hash_mismatch' },
    });

    await asOwner('UPDATE audit_events SET changes = $2 WHERE id = $1', [
      victim.id,
      JSON.stringify(victim.changes),
    ]);
    expect((await verifyAuditChain(db, { chain })).ok).toBe(true);

    await asOwner('DELETE FROM audit_events WHERE id = $1', [victim.id]);
    const deleted = await verifyAuditChain(db, { chain });
    expect(deleted.ok).toBe(false);
    expect(['gap', 'broken_link']).toContain(deleted.firstProblem?.problem);
    expect(deleted.firstProblem?.seq).toBe(victim.seq);
    // Other chains are untouched.
    expect((await verifyAuditChain(db, { chain: 'system' })).ok).toBe(true);
  });
});
