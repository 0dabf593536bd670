import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, type OrgFixture } from '../../src/modules/org/factories.ts';
import { GENESIS_HASH, verifyAuditChain } from '../../src/platform/audit/index.ts';
import { roleRisks } from '../../src/platform/db/roles.ts';
import { type TestApp, testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * Issue #9 item 12: the application's own credentials cannot switch the audit trail off. `fresh.db` connects
 * as the application's role with the grants of src/platform/db/roles.ts (the harness grants exactly what an
 * install does), so every statement below is what a compromised app process could try.
 */
const fresh = withFreshDatabase();
let t: TestApp;
let org: OrgFixture;

beforeAll(async () => {
  t = testApp(fresh.db);
  org = await makeOrg(fresh.db);
  // One write through the real HTTP app, so the company's chain has events and heads to tamper with.
  const res = await t.request('POST', '/api/v1/departments', {
    token: org.people.owner.token,
    body: { code: 'ROLE', name: 'Role test' },
  });
  expect(res.status).toBe(201);
});

const failsAs = async (statement: string, pattern: RegExp) => {
  await expect(fresh.db.query(statement), statement).rejects.toThrow(pattern);
};

describe("the application's database role", () => {
  it('is not a superuser and does not own the audit tables', async () => {
    expect(await roleRisks(fresh.db)).toMatchObject({ superuser: false, ownsAudit: false });
    // …whereas the owner (the migrations' role) would be flagged by `steward doctor`.
    expect((await roleRisks(fresh.owner)).ownsAudit).toBe(true);
  });

  it('cannot disable, drop or replace the audit triggers', async () => {
    const notOwner = /must be owner|permission denied/;
    for (const statement of [
      'ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update',
      'ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_truncate',
      'ALTER TABLE audit_events DISABLE TRIGGER USER',
      'ALTER TABLE audit_events DISABLE TRIGGER ALL',
      'DROP TRIGGER audit_events_no_update ON audit_events',
      'ALTER TABLE audit_heads DISABLE TRIGGER USER',
      'DROP TRIGGER audit_heads_guard ON audit_heads',
      'DROP TABLE audit_events',
      'ALTER TABLE audit_events RENAME TO audit_events_old',
      `CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RETURN NEW; END $$`,
      'CREATE TRIGGER sneak BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()',
    ]) {
      await failsAs(statement, notOwner);
    }
    // The ways around ownership are closed too: no replica mode (skips triggers), no role change.
    await failsAs('SET session_replication_role = replica', /permission denied/);
    await failsAs('ALTER ROLE CURRENT_USER SUPERUSER', /permission denied|must be superuser/);
    const owner = (await fresh.owner.query<{ me: string }>('SELECT current_user AS me')).rows[0]?.me;
    await failsAs(`SET ROLE ${owner}`, /permission denied/);
  });

  it('cannot update, delete or truncate audit events', async () => {
    for (const statement of [
      `UPDATE audit_events SET action = 'tampered'`,
      'DELETE FROM audit_events',
      'TRUNCATE audit_events',
    ]) {
      await failsAs(statement, /permission denied/);
    }
  });

  it('cannot rewind, redirect, delete or forge a chain head', async () => {
    const chain = org.company.id;
    const head = (
      await fresh.db.query<{ seq: string; hash: string }>(
        'SELECT seq::text AS seq, hash FROM audit_heads WHERE chain = $1',
        [chain],
      )
    ).rows[0];
    expect(Number(head?.seq)).toBeGreaterThan(1);
    const headGuard = /permission denied|moves forward|starts at the genesis/;
    for (const statement of [
      // rewinding would hide a deleted tail from `steward audit verify`
      `UPDATE audit_heads SET seq = seq - 1, hash = (SELECT hash FROM audit_events e
         WHERE e.chain = audit_heads.chain AND e.seq = audit_heads.seq - 1) WHERE chain = '${chain}'`,
      `UPDATE audit_heads SET seq = 0, hash = '${GENESIS_HASH}' WHERE chain = '${chain}'`,
      `UPDATE audit_heads SET hash = 'forged' WHERE chain = '${chain}'`,
      `UPDATE audit_heads SET seq = seq + 1 WHERE chain = '${chain}'`,
      `UPDATE audit_heads SET chain = 'elsewhere' WHERE chain = '${chain}'`,
      `DELETE FROM audit_heads WHERE chain = '${chain}'`,
      'TRUNCATE audit_heads',
      `INSERT INTO audit_heads (chain, seq, hash) VALUES ('forged', 7, 'abc')`,
    ]) {
      await failsAs(statement, headGuard);
    }
    const after = await fresh.db.query<{ seq: string; hash: string }>(
      'SELECT seq::text AS seq, hash FROM audit_heads WHERE chain = $1',
      [chain],
    );
    expect(after.rows[0]).toEqual(head);
  });

  it('still appends through the app, and the chain verifies', async () => {
    const res = await t.request('POST', '/api/v1/departments', {
      token: org.people.owner.token,
      body: { code: 'ROLE2', name: 'Role test 2' },
    });
    expect(res.status).toBe(201);
    expect(await verifyAuditChain(fresh.db)).toMatchObject({ ok: true, firstProblem: null });
  });
});
