import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, type OrgFixture } from '../../src/modules/org/factories.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { runCli } from '../support/process.ts';

/** `steward role list|create|update|assign|delete` as a child process, with the no-escalation rule. */
describe('steward role CLI', () => {
  let fresh: FreshDatabase;
  let env: Record<string, string>;
  let org: OrgFixture;
  beforeAll(async () => {
    fresh = await freshDatabase();
    env = { DATABASE_URL: fresh.url };
    org = await makeOrg(fresh.db);
  });
  afterAll(async () => {
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('creates a payroll clerk role, gives it, refuses escalation, and deletes it once unused', async () => {
    const co = ['--company', org.company.id];
    const made = await runCli(
      [
        'role',
        'create',
        '--name',
        'Payroll clerk',
        '--permission',
        'org.people.read',
        '--permission',
        'work.tasks.read:departments',
        ...co,
      ],
      { env },
    );
    expect(made.code, made.stderr).toBe(0);
    const id = made.stdout.trim();
    expect(id).toMatch(/^role_/);
    const given = await runCli(
      ['role', 'assign', '--email', org.people.assistant.email, '--role', id, ...co],
      { env },
    );
    expect(given.stdout).toBe(`${org.people.assistant.email}\tPayroll clerk\n`);
    const list = await runCli(['role', 'list', '--json', ...co], { env });
    const roles = JSON.parse(list.stdout) as { id: string; memberCount: number }[];
    expect(roles.find((r) => r.id === id)?.memberCount).toBe(1);
    // An admin cannot make a role holding the owner-only permission.
    const up = await runCli(
      [
        'role',
        'create',
        '--name',
        'Crown',
        '--permission',
        'org.owners.manage',
        '--as',
        org.people.admin.email,
        ...co,
      ],
      { env },
    );
    expect(up.code).not.toBe(0);
    expect(up.stderr).toMatch(/org\.owners\.manage/);
    expect((await runCli(['role', 'delete', id, ...co], { env })).code).not.toBe(0);
    await runCli(['role', 'assign', '--email', org.people.assistant.email, '--role', 'assistant', ...co], {
      env,
    });
    expect((await runCli(['role', 'delete', id, ...co], { env })).code).toBe(0);
    const after = await fresh.db.query('SELECT 1 FROM company_roles WHERE id = $1', [id]);
    expect(after.rowCount).toBe(0);
  }, 180_000);
});
