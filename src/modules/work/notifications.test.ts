import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { saveDraft, submitDraft } from '../ledger/index.ts';
import { ctxOf, entry, installLedgerPolicy, makeSupervision } from './factories.ts';
import { createTask } from './index.ts';
import '../../../test/support/compose.ts'; // the composed process: approval gate, executors, flows' ports

const fresh = withFreshDatabase();

/** Issue #11: the bell — in-app notifications per person, an unread count, pages and marking read. */
describe('in-app notifications (the bell)', () => {
  it('a task assigned and an approval requested reach only their recipient; read once, counted down', async () => {
    const t = testApp(fresh.db);
    const f = await makeSupervision(fresh.db);
    const c = f.company.id;
    await installLedgerPolicy(fresh.db, f);
    const boss = ctxOf(f.accountingManager, c);
    const task = await fresh.db.tx((tx) =>
      createTask(tx, boss, { title: 'Check the VAT return', assigneeId: f.clerk.id }),
    );
    const assistant = ctxOf(f.people.assistant, c);
    const draft = await fresh.db.tx((tx) => saveDraft(tx, assistant, entry('25000.00', 'Office lease')));
    await fresh.db.tx((tx) => submitDraft(tx, assistant, draft.id));

    const get = (token: string, path: string) =>
      t.request('GET', `/api/v1/work/notifications${path}`, { token });
    const count = async (token: string) => (await get(token, '/unread-count')).body.unread as number;
    const clerkList = (await get(f.clerk.token, '')).body;
    expect(clerkList.items).toEqual([
      expect.objectContaining({
        kind: 'task.assigned',
        entityType: 'task',
        entityId: task.id,
        read: false,
      }),
    ]);
    expect(clerkList.nextCursor).toBeNull();
    expect(await count(f.clerk.token)).toBe(1);
    const managerList = (await get(f.accountingManager.token, '')).body.items;
    expect(managerList).toEqual([expect.objectContaining({ kind: 'approval.waiting', read: false })]);
    // Nobody else sees them: the assistant made the request and was told nothing; the controller is level 2.
    expect((await get(f.people.assistant.token, '')).body.items).toEqual([]);
    expect(await count(f.controller.token)).toBe(0);
    // Marking another person's notification read changes nothing of theirs.
    const mark = (token: string, body: object) =>
      t.request('POST', '/api/v1/work/notifications/read', { token, body });
    expect((await mark(f.people.assistant.token, { ids: [managerList[0].id] })).body).toEqual({ marked: 0 });
    expect(await count(f.accountingManager.token)).toBe(1);
    // Idempotent: the first call marks, the second finds nothing left to mark; the count stays at zero.
    expect((await mark(f.clerk.token, { ids: [clerkList.items[0].id] })).body).toEqual({ marked: 1 });
    expect((await mark(f.clerk.token, { ids: [clerkList.items[0].id] })).body).toEqual({ marked: 0 });
    expect((await mark(f.clerk.token, {})).body).toEqual({ marked: 0 });
    expect(await count(f.clerk.token)).toBe(0);
    expect((await get(f.clerk.token, '?unread=true')).body.items).toEqual([]);
  });

  it('pages newest first with a cursor, and refuses a forged cursor with a 422', async () => {
    const t = testApp(fresh.db);
    const f = await makeSupervision(fresh.db);
    const c = f.company.id;
    const boss = ctxOf(f.accountingManager, c);
    for (let i = 1; i <= 5; i++)
      await fresh.db.tx((tx) => createTask(tx, boss, { title: `Task ${i}`, assigneeId: f.clerk.id }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const page = (await t.request('GET', `/api/v1/work/notifications${q}`, { token: f.clerk.token })).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((n: { title: string }) => n.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(seen[0]).toContain('Task 5');
    expect(seen[4]).toContain('Task 1');
    const bad = await t.request('GET', '/api/v1/work/notifications?cursor=bm9wZQ', { token: f.clerk.token });
    expect(bad.status).toBe(422);
  });
});
