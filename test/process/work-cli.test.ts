import { afterAll, describe, expect, it } from 'vitest';
import { makeSupervision } from '../../src/modules/work/factories.ts';
import { withFreshDatabase } from '../support/db.ts';
import { killAll, runCli } from '../support/process.ts';

/** `steward task list|create|assign|done` as the acceptance checks call them. */
const fresh = withFreshDatabase();
afterAll(killAll);

describe('steward task', () => {
  it('creates into a queue, lists it, assigns, and closes it', { timeout: 240_000 }, async () => {
    const f = await makeSupervision(fresh.db);
    const env = { DATABASE_URL: fresh.url };
    const who = ['--company', f.company.id];
    const steward = async (...args: string[]) => {
      const r = await runCli([...args, ...who], { env });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      return r.stdout;
    };
    const id = (
      await steward(
        'task',
        'create',
        '--title',
        'Reconcile petty cash',
        '--department',
        f.accounting.code,
        '--due',
        '2026-05-01',
        '--as',
        f.accountingManager.email,
      )
    ).trim();
    expect(id).toMatch(/^task_/);
    const queue = JSON.parse(
      await steward('task', 'list', '--queue', f.accounting.code, '--json', '--as', f.clerk.email),
    );
    expect(queue.map((t: { id: string }) => t.id)).toEqual([id]);
    expect(
      await steward('task', 'assign', id, '--to', f.clerk.email, '--as', f.accountingManager.email),
    ).toContain(f.clerk.email);
    const mine = JSON.parse(await steward('task', 'list', '--json', '--as', f.clerk.email));
    expect(mine.map((t: { id: string; assignee: string }) => [t.id, t.assignee])).toEqual([
      [id, f.clerk.email],
    ]);
    expect(await steward('task', 'done', id, '--as', f.clerk.email)).toContain('done');
    expect(JSON.parse(await steward('task', 'list', '--json', '--as', f.clerk.email))).toEqual([]);
    // An auditor may read but not change tasks.
    const denied = await runCli(['task', 'create', '--title', 'x', '--as', f.people.auditor.email, ...who], {
      env,
    });
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(/does not allow/);
  });
});
