import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { builtinGrants } from '../../platform/access/index.ts';
import { postEntries } from '../ledger/index.ts';
import { ctxOf, entry, installLedgerPolicy, makeSupervision } from './factories.ts';
import {
  addComment,
  assignTask,
  checkItem,
  createFromTemplate,
  createSchedule,
  createTask,
  escalateOverdue,
  getTask,
  listNotifications,
  myWork,
  runSchedules,
  saveTemplate,
  sendDigests,
  setCalendar,
  setPreferences,
  setQueue,
  setTaskStatus,
  takeTask,
  teamView,
} from './index.ts';
import '../../../test/support/compose.ts'; // the composed process: approval gate, executors, flows' ports

const fresh = withFreshDatabase();

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

describe('tasks and queues', () => {
  it('two takers of a queued task: exactly one gets it', async () => {
    const f = await makeSupervision(fresh.db);
    const c = f.company.id;
    for (let i = 0; i < 5; i++) {
      const t = await fresh.db.tx((tx) =>
        createTask(tx, ctxOf(f.accountingManager, c), {
          title: `Reconcile ${i}`,
          departmentId: f.accounting.id,
        }),
      );
      expect(t.assigneeId).toBeNull();
      const results = await Promise.all(
        [f.people.assistant, f.clerk].map((p) =>
          codeOf(fresh.db.tx((tx) => takeTask(tx, ctxOf(p, c), t.id))),
        ),
      );
      expect(results.sort()).toEqual(['conflict', 'ok']);
    }
  });

  it('auto-assigns round robin and least loaded, settled under the queue lock', async () => {
    const f = await makeSupervision(fresh.db);
    const c = f.company.id;
    const mgr = ctxOf(f.accountingManager, c);
    await fresh.db.tx((tx) => setQueue(tx, mgr, f.accounting.id, { autoAssign: 'round_robin' }));
    const made = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        fresh.db.tx((tx) => createTask(tx, mgr, { title: `RR ${i}`, departmentId: f.accounting.id })),
      ),
    );
    const counts = new Map<string, number>();
    for (const t of made) counts.set(t.assigneeId!, (counts.get(t.assigneeId!) ?? 0) + 1);
    expect([...counts.values()]).toEqual([2, 2]);
    await fresh.db.tx((tx) => setQueue(tx, mgr, f.accounting.id, { autoAssign: 'least_loaded' }));
    // The clerk finishes both: the next task goes to the clerk (fewest open).
    for (const t of made.filter((x) => x.assigneeId === f.clerk.id))
      await fresh.db.tx((tx) => setTaskStatus(tx, mgr, t.id, 'done'));
    const next = await fresh.db.tx((tx) =>
      createTask(tx, mgr, { title: 'LL', departmentId: f.accounting.id }),
    );
    expect(next.assigneeId).toBe(f.clerk.id);
    const inbox = await listNotifications(fresh.db, c, f.clerk.id);
    expect(inbox.some((n) => n.kind === 'task.assigned' && n.title.includes('LL'))).toBe(true);
  });

  it('SLA in business hours: at risk, overdue, paused while waiting, escalated to the manager once', async () => {
    const f = await makeSupervision(fresh.db);
    const c = f.company.id;
    const mgr = ctxOf(f.accountingManager, c);
    // Every day is a working day, 00:00–23:59, no holidays: business time is wall time (minus a minute a day).
    await fresh.db.tx((tx) =>
      setCalendar(tx, mgr, {
        workDays: [1, 2, 3, 4, 5, 6, 7],
        dayStart: '00:00',
        dayEnd: '23:59',
        timeZone: 'UTC',
      }),
    );
    await fresh.db.tx((tx) =>
      setQueue(tx, mgr, f.accounting.id, { autoAssign: 'none', slaHours: 10, atRiskPercent: 50 }),
    );
    const t = await fresh.db.tx((tx) =>
      createTask(tx, mgr, { title: 'Vendor query', departmentId: f.accounting.id }),
    );
    expect(t.slaHours).toBe(10);
    expect([t.overdue, t.atRisk]).toEqual([false, false]);
    const age = (hours: number) =>
      fresh.db.query(
        `UPDATE work_tasks SET active_since = now() - make_interval(hours => $2) WHERE company_id = $1 AND id = $3`,
        [c, hours, t.id],
      );
    await age(6);
    expect(await getTask(fresh.db, c, t.id)).toMatchObject({ atRisk: true, overdue: false });
    // Waiting stops the clock: the 6 hours are kept, nothing more accrues.
    await fresh.db.tx((tx) => setTaskStatus(tx, mgr, t.id, 'waiting'));
    const waiting = await getTask(fresh.db, c, t.id);
    expect(Number(waiting.slaUsedHours)).toBeGreaterThanOrEqual(5.9);
    expect(Number(waiting.slaUsedHours)).toBeLessThan(6.1);
    await fresh.db.tx((tx) => setTaskStatus(tx, mgr, t.id, 'in_progress'));
    await age(5);
    expect(await getTask(fresh.db, c, t.id)).toMatchObject({ overdue: true, atRisk: false });
    expect(await escalateOverdue(fresh.db, mgr)).toBe(1);
    expect(await escalateOverdue(fresh.db, mgr)).toBe(0);
    const n = await listNotifications(fresh.db, c, f.accountingManager.id);
    expect(n.some((x) => x.kind === 'task.escalated')).toBe(true);
    // A weekend-only calendar shows business time is not wall time.
    const r = await fresh.db.query<{ s: string }>(
      `SELECT work_business_seconds($1, '2026-03-06 12:00Z', '2026-03-09 12:00Z')::text AS s`,
      [c],
    );
    expect(r.rows[0]!.s).toBe(String(3 * 86400 - 3 * 60));
    await fresh.db.tx((tx) =>
      setCalendar(tx, mgr, {
        workDays: [1, 2, 3, 4, 5],
        dayStart: '09:00',
        dayEnd: '17:00',
        timeZone: 'UTC',
        holidays: [{ day: '2026-03-09', name: 'Holiday' }],
      }),
    );
    const friToTue = await fresh.db.query<{ s: string }>(
      `SELECT work_business_seconds($1, '2026-03-06 12:00Z', '2026-03-10 12:00Z')::text AS s`,
      [c],
    );
    expect(friToTue.rows[0]!.s).toBe(String((5 + 3) * 3600)); // Fri 12–17, (Sat, Sun, Mon holiday), Tue 9–12
  });

  it('templates with checklists, RRULE schedules (once per occurrence), comments, links, reassignment', async () => {
    const f = await makeSupervision(fresh.db);
    const c = f.company.id;
    const mgr = ctxOf(f.accountingManager, c);
    await fresh.db.tx((tx) =>
      saveTemplate(tx, mgr, {
        name: 'Month-end close',
        title: 'Month-end close',
        departmentId: f.accounting.id,
        checklist: ['Bank reconciliation', 'Accruals', 'Lock the period'],
        dueDays: 3,
      }),
    );
    const t = await fresh.db.tx((tx) => createFromTemplate(tx, mgr, 'Month-end close', { on: '2026-03-31' }));
    expect(t.checklist!.map((x) => x.text)).toEqual(['Bank reconciliation', 'Accruals', 'Lock the period']);
    expect(t.dueDate).toBe('2026-04-03');
    const checked = await fresh.db.tx((tx) => checkItem(tx, mgr, t.id, 2, true));
    expect(checked.checklist!.map((x) => x.done)).toEqual([false, true, false]);
    await fresh.db.tx((tx) => assignTask(tx, mgr, t.id, f.clerk.id));
    const moved = await fresh.db.tx((tx) => assignTask(tx, mgr, t.id, f.people.assistant.id));
    expect(moved.assignee).toBe(f.people.assistant.email);
    const commented = await fresh.db.tx((tx) => addComment(tx, mgr, t.id, 'Start with the bank.'));
    expect(commented.comments!.map((x) => x.body)).toEqual(['Start with the bank.']);
    const history = await fresh.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE company_id = $1 AND entity_type = 'task' AND entity_id = $2 ORDER BY seq`,
      [c, t.id],
    );
    expect(history.rows.map((r) => r.action)).toEqual([
      'create',
      'checklist',
      'assign',
      'reassign',
      'comment',
    ]);

    // The 3rd working day of every month.
    await fresh.db.tx((tx) =>
      createSchedule(tx, mgr, {
        template: 'Month-end close',
        rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=3',
        startDate: '2026-01-01',
      }),
    );
    const [a, b] = await Promise.all([
      runSchedules(fresh.db, mgr, '2026-03-31'),
      runSchedules(fresh.db, mgr, '2026-03-31'),
    ]);
    expect(a + b).toBe(3);
    const titles = await fresh.db.query<{ title: string }>(
      `SELECT title FROM work_tasks WHERE company_id = $1 AND template_id IS NOT NULL AND title LIKE '%(2026-0%' ORDER BY title`,
      [c],
    );
    expect(titles.rows.map((r) => r.title)).toEqual([
      'Month-end close (2026-01-05)',
      'Month-end close (2026-02-04)',
      'Month-end close (2026-03-04)',
      'Month-end close (2026-03-31)',
    ]);
    expect(
      await codeOf(
        fresh.db.tx((tx) =>
          createSchedule(tx, mgr, {
            template: 'Month-end close',
            rrule: 'NONSENSE',
            startDate: '2026-01-01',
          }),
        ),
      ),
    ).toBe('validation');
  });
});

describe('inbox, team view and notifications', () => {
  it('My work and Team show the request at each step; the digest mails one summary', async () => {
    const f = await makeSupervision(fresh.db);
    const c = f.company.id;
    await installLedgerPolicy(fresh.db, f);
    await fresh.db.tx((tx) =>
      setPreferences(tx, ctxOf(f.controller, c), f.controller.id, { email: 'digest', mutedKinds: [] }),
    );
    const [held] = await fresh.db.tx((tx) =>
      postEntries(tx, ctxOf(f.people.assistant, c), [entry('25000.00')]),
    );
    const mine = await myWork(fresh.db, c, f.people.assistant.id);
    expect(mine.submitted.map((r) => r.id)).toEqual([held!.approvalRequestId]);
    expect((await myWork(fresh.db, c, f.accountingManager.id)).waitingOnMe.map((r) => r.id)).toEqual([
      held!.approvalRequestId,
    ]);
    expect((await myWork(fresh.db, c, f.controller.id)).waitingOnMe).toEqual([]);
    const principal = {
      userId: f.accountingManager.id,
      companyId: c,
      role: 'manager' as const,
      roleId: 'manager',
      roleName: 'manager',
      grants: builtinGrants('manager'),
      departmentIds: new Set<string>(),
      managedDepartmentIds: new Set([f.accounting.id]),
    };
    const team = await teamView(fresh.db, c, principal);
    expect(team.departments.map((d) => d.id)).toEqual([f.accounting.id]);
    expect(team.approvalsWaiting.map((r) => r.id)).toEqual([held!.approvalRequestId]);
    expect(team.people.map((p) => p.email).sort()).toEqual([f.people.assistant.email, f.clerk.email].sort());
    expect(team.throughput).toHaveLength(8);

    const { decide } = await import('./index.ts');
    await fresh.db.tx((tx) => decide(tx, ctxOf(f.accountingManager, c), held!.approvalRequestId!, 'approve'));
    expect((await myWork(fresh.db, c, f.controller.id)).waitingOnMe.map((r) => r.id)).toEqual([
      held!.approvalRequestId,
    ]);
    // The controller chose the digest: no instant mail, one digest mail.
    const instant = await fresh.db.query(`SELECT 1 FROM mail_outbox WHERE to_address = $1`, [
      f.controller.email,
    ]);
    expect(instant.rowCount).toBe(0);
    expect(await sendDigests(fresh.db, c)).toBe(1);
    const digest = await fresh.db.query<{ subject: string; body_text: string }>(
      `SELECT subject, body_text FROM mail_outbox WHERE to_address = $1`,
      [f.controller.email],
    );
    expect(digest.rows[0]!.subject).toMatch(/daily digest: 1 update/);
    expect(digest.rows[0]!.body_text).toMatch(/Approval needed/);
    expect(await sendDigests(fresh.db, c)).toBe(0);
    await fresh.db.tx((tx) => decide(tx, ctxOf(f.controller, c), held!.approvalRequestId!, 'approve'));
    const after = await teamView(fresh.db, c, principal);
    expect(after.approvalsWaiting).toEqual([]);
    expect(after.throughput.reduce((s, w) => s + w.approvalsDecided, 0)).toBe(1);
  });
});
