import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { deliverOutbox } from '../../platform/mail/index.ts';
import {
  getEntry,
  postDraft,
  postEntries,
  saveDraft,
  submitDraft,
  trialBalance,
  verifyLedger,
} from '../ledger/index.ts';
import { setPersonStatus } from '../org/index.ts';
import { ctxOf, entry, installLedgerPolicy, ledgerPolicy, makeSupervision } from './factories.ts';
import {
  createDelegation,
  decide,
  getRequest,
  listRequests,
  maintainApprovals,
  savePolicy,
  withdraw,
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

describe('maker-checker: the Done-when story', () => {
  const received: { to: string[]; raw: string }[] = [];
  let smtp: SMTPServer;
  let smtpUrl = '';
  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));
  const mailTo = (email: string) => received.filter((m) => m.to.includes(email));

  it('an assistant submits 25,000: the manager then the controller approve, and it posts exactly once', async () => {
    const f = await makeSupervision(fresh.db);
    const companyId = f.company.id;
    await installLedgerPolicy(fresh.db, f);
    const assistant = ctxOf(f.people.assistant, companyId);
    const draft = await fresh.db.tx((tx) => saveDraft(tx, assistant, entry('25000.00', 'Office lease')));
    const submitted = await fresh.db.tx((tx) => submitDraft(tx, assistant, draft.id));
    expect(submitted.status).toBe('pending_approval');
    const [req] = await listRequests(fresh.db, companyId, { status: 'pending', entityId: draft.id });
    expect(req).toBeDefined();
    expect(req!.maker).toBe(f.people.assistant.email);
    expect(req!.levels.map((l) => l.name)).toEqual(['Accounting manager', 'Controller']);
    expect(req!.waitingOn).toEqual([f.accountingManager.email]);

    // The maker cannot approve, nor can anyone the current level does not wait on.
    expect(await codeOf(fresh.db.tx((tx) => decide(tx, assistant, req!.id, 'approve')))).toBe('forbidden');
    for (const p of [f.people.owner, f.people.admin, f.controller])
      expect(await codeOf(fresh.db.tx((tx) => decide(tx, ctxOf(p, companyId), req!.id, 'approve')))).toBe(
        'forbidden',
      );
    // A delegate of the maker acting for them gets nothing either.
    await fresh.db.tx((tx) =>
      createDelegation(tx, assistant, null, {
        toUserId: f.clerk.id,
        startsOn: '2000-01-01',
        endsOn: '2999-12-31',
      }),
    );
    expect(await codeOf(fresh.db.tx((tx) => decide(tx, ctxOf(f.clerk, companyId), req!.id, 'approve')))).toBe(
      'forbidden',
    );

    // The manager gets an e-mail, approves; the controller is next.
    await deliverOutbox(fresh.db, smtpUrl, 'steward@example.test');
    expect(mailTo(f.accountingManager.email).some((m) => m.raw.includes('Approval needed'))).toBe(true);
    expect(mailTo(f.controller.email)).toHaveLength(0);
    const afterManager = await fresh.db.tx((tx) =>
      decide(tx, ctxOf(f.accountingManager, companyId), req!.id, 'approve', 'ok'),
    );
    expect(afterManager.status).toBe('pending');
    expect(afterManager.waitingOn).toEqual([f.controller.email]);
    expect((await getEntry(fresh.db, companyId, draft.id)).status).toBe('pending_approval');
    // The same person cannot approve a second level.
    expect(
      await codeOf(
        fresh.db.tx((tx) => decide(tx, ctxOf(f.accountingManager, companyId), req!.id, 'approve')),
      ),
    ).toBe('forbidden');
    await deliverOutbox(fresh.db, smtpUrl, 'steward@example.test');
    expect(mailTo(f.controller.email).some((m) => m.raw.includes('Approval needed'))).toBe(true);

    const done = await fresh.db.tx((tx) =>
      decide(tx, ctxOf(f.controller, companyId), req!.id, 'approve', 'fine'),
    );
    expect(done.status).toBe('approved');
    const posted = await getEntry(fresh.db, companyId, draft.id);
    expect(posted.status).toBe('posted');
    expect(posted.number).not.toBeNull();
    expect((await trialBalance(fresh.db, companyId, '2026-12-31')).totalDebit).toBe('25000.00');
    // Deciding again is a conflict, and nothing posts twice.
    expect(
      await codeOf(fresh.db.tx((tx) => decide(tx, ctxOf(f.controller, companyId), req!.id, 'approve'))),
    ).toBe('conflict');
    expect((await trialBalance(fresh.db, companyId, '2026-12-31')).totalDebit).toBe('25000.00');
    expect((await verifyLedger(fresh.db, companyId)).ok).toBe(true);
    await deliverOutbox(fresh.db, smtpUrl, 'steward@example.test');
    expect(mailTo(f.people.assistant.email).some((m) => m.raw.includes('Approved'))).toBe(true);

    const audit = await fresh.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE company_id = $1 AND entity_type = 'approval_request' AND entity_id = $2 ORDER BY seq`,
      [companyId, req!.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['create', 'approve', 'approve', 'execute']);
  });

  it('an admin who posts a held entry cannot approve their own request', async () => {
    const f = await makeSupervision(fresh.db);
    const companyId = f.company.id;
    // Admins are approvers at the first level: the admin-maker is taken out of it.
    await installLedgerPolicy(fresh.db, f, {
      condition: { '>=': [{ var: 'amount' }, 1000] },
      levels: [
        {
          name: 'Admins',
          approvers: [
            { type: 'role', role: 'admin' },
            { type: 'role', role: 'owner' },
          ],
        },
      ],
    });
    const admin = ctxOf(f.people.admin, companyId);
    const [held] = await fresh.db.tx((tx) => postEntries(tx, admin, [entry('25000.00')]));
    expect(held!.status).toBe('pending_approval');
    const req = await getRequest(fresh.db, companyId, held!.approvalRequestId!);
    expect(req.levels[0]!.approvers).toEqual([f.people.owner.email]);
    expect(await codeOf(fresh.db.tx((tx) => decide(tx, admin, req.id, 'approve')))).toBe('forbidden');
    // Trying to post it again only joins the open request.
    const again = await fresh.db.tx((tx) => postDraft(tx, admin, held!.id));
    expect(again.status).toBe('pending_approval');
    expect(again.approvalRequestId).toBe(req.id);
    expect((await trialBalance(fresh.db, companyId, '2026-12-31')).totalDebit).toBe('0.00');
    await fresh.db.tx((tx) => decide(tx, ctxOf(f.people.owner, companyId), req.id, 'approve'));
    expect((await trialBalance(fresh.db, companyId, '2026-12-31')).totalDebit).toBe('25000.00');
  });

  it('two approvers clicking at the same moment execute the action once', async () => {
    const f = await makeSupervision(fresh.db);
    const companyId = f.company.id;
    await installLedgerPolicy(fresh.db, f, {
      levels: [
        {
          name: 'Any of two',
          need: 1,
          approvers: [{ type: 'people', userIds: [f.accountingManager.id, f.controller.id] }],
        },
      ],
    });
    for (let round = 0; round < 3; round++) {
      const [held] = await fresh.db.tx((tx) =>
        postEntries(tx, ctxOf(f.people.assistant, companyId), [entry('500.00')]),
      );
      const id = held!.approvalRequestId!;
      const results = await Promise.all(
        [f.accountingManager, f.controller].map((p) =>
          codeOf(fresh.db.tx((tx) => decide(tx, ctxOf(p, companyId), id, 'approve'))),
        ),
      );
      expect(results.sort()).toEqual(['conflict', 'ok']);
      expect((await getEntry(fresh.db, companyId, held!.id)).status).toBe('posted');
    }
    expect((await trialBalance(fresh.db, companyId, '2026-12-31')).totalDebit).toBe('1500.00');
    const posts = await fresh.db.query(
      `SELECT 1 FROM audit_events WHERE company_id = $1 AND entity_type = 'ledger_entry' AND action = 'post'`,
      [companyId],
    );
    expect(posts.rowCount).toBe(3);
    expect((await verifyLedger(fresh.db, companyId)).ok).toBe(true);
  });
});

describe('policies and edge cases', () => {
  it('rejects an invalid condition at save, with the reason', async () => {
    const f = await makeSupervision(fresh.db);
    const owner = ctxOf(f.people.owner, f.company.id);
    const bad = [
      { condition: { eval: 'process.exit()' }, levels: ledgerPolicy(f).levels },
      { condition: { '>=': [{ var: 'amount' }] }, levels: ledgerPolicy(f).levels },
      { condition: { '>': [{ var: 'amount' }, 10.5] }, levels: ledgerPolicy(f).levels },
      { condition: { var: 'x; drop table' }, levels: ledgerPolicy(f).levels },
    ];
    const messages: string[] = [];
    for (const definition of bad) {
      try {
        await fresh.db.tx((tx) => savePolicy(tx, owner, { action: 'ledger.post', name: 'p', definition }));
        messages.push('saved');
      } catch (err) {
        messages.push(`${(err as { code: string }).code}: ${(err as Error).message}`);
      }
    }
    expect(messages[0]).toMatch(/^validation: .*unknown operator "eval"/);
    expect(messages[1]).toMatch(/^validation: .*compares exactly two values/);
    expect(messages[2]).toMatch(/^validation: .*whole number/);
    expect(messages[3]).toMatch(/^validation: .*"var" takes one field name/);
    expect(
      await codeOf(
        fresh.db.tx((tx) =>
          savePolicy(tx, owner, { action: 'no.such', name: 'p', definition: ledgerPolicy(f) }),
        ),
      ),
    ).toBe('validation');
  });

  it('a policy change does not alter requests in flight', async () => {
    const f = await makeSupervision(fresh.db);
    const companyId = f.company.id;
    const v1 = await installLedgerPolicy(fresh.db, f);
    const [held] = await fresh.db.tx((tx) =>
      postEntries(tx, ctxOf(f.people.assistant, companyId), [entry('25000.00')]),
    );
    const v2 = await installLedgerPolicy(fresh.db, f, {
      condition: { '>=': [{ var: 'amount' }, '1'] },
      levels: [{ name: 'Owner only', approvers: [{ type: 'role', role: 'owner' }] }],
    });
    expect([v1.version, v2.version]).toEqual([1, 2]);
    const req = await getRequest(fresh.db, companyId, held!.approvalRequestId!);
    expect(req.policyVersion).toBe(1);
    expect(req.levels.map((l) => l.name)).toEqual(['Accounting manager', 'Controller']);
    // A new request follows version 2.
    const [next] = await fresh.db.tx((tx) =>
      postEntries(tx, ctxOf(f.people.assistant, companyId), [entry('5.00')]),
    );
    const req2 = await getRequest(fresh.db, companyId, next!.approvalRequestId!);
    expect(req2.policyVersion).toBe(2);
    expect(req2.levels.map((l) => l.name)).toEqual(['Owner only']);
  });

  it("a deactivated approver's pending items move to the next approver", async () => {
    const f = await makeSupervision(fresh.db);
    const companyId = f.company.id;
    await installLedgerPolicy(fresh.db, f);
    const [held] = await fresh.db.tx((tx) => postEntries(tx, ctxOf(f.clerk, companyId), [entry('2000.00')]));
    const id = held!.approvalRequestId!;
    expect((await getRequest(fresh.db, companyId, id)).waitingOn).toEqual([f.accountingManager.email]);
    const owner = ctxOf(f.people.owner, companyId);
    await fresh.db.tx((tx) => setPersonStatus(tx, owner, 'owner', f.accountingManager.id, 'inactive'));
    const result = await maintainApprovals(fresh.db, owner);
    expect(result.rerouted).toBe(1);
    const moved = await getRequest(fresh.db, companyId, id);
    expect(moved.waitingOn).toEqual([f.people.owner.email]);
    await fresh.db.tx((tx) => decide(tx, owner, id, 'approve'));
    expect((await getEntry(fresh.db, companyId, held!.id)).status).toBe('posted');
  });

  it('reject returns the entry to its maker as a draft; withdraw is the maker’s alone; a delegate decides for the delegator', async () => {
    const f = await makeSupervision(fresh.db);
    const companyId = f.company.id;
    await installLedgerPolicy(fresh.db, f);
    const assistant = ctxOf(f.people.assistant, companyId);
    const manager = ctxOf(f.accountingManager, companyId);
    const [a, b, c] = await fresh.db.tx((tx) =>
      postEntries(tx, assistant, [entry('1500.00', 'A'), entry('1600.00', 'B'), entry('1700.00', 'C')]),
    );
    expect(await codeOf(fresh.db.tx((tx) => decide(tx, manager, a!.approvalRequestId!, 'reject')))).toBe(
      'validation',
    );
    const rejected = await fresh.db.tx((tx) =>
      decide(tx, manager, a!.approvalRequestId!, 'reject', 'wrong account'),
    );
    expect(rejected.status).toBe('rejected');
    expect((await getEntry(fresh.db, companyId, a!.id)).status).toBe('draft');
    expect(await codeOf(fresh.db.tx((tx) => withdraw(tx, manager, b!.approvalRequestId!)))).toBe('forbidden');
    expect((await fresh.db.tx((tx) => withdraw(tx, assistant, b!.approvalRequestId!))).status).toBe(
      'withdrawn',
    );
    expect((await getEntry(fresh.db, companyId, b!.id)).status).toBe('draft');
    // The manager delegates to the controller for a date range (audited).
    await fresh.db.tx((tx) =>
      createDelegation(tx, manager, null, {
        toUserId: f.controller.id,
        startsOn: '2000-01-01',
        endsOn: '2999-12-31',
      }),
    );
    const waiting = await listRequests(fresh.db, companyId, { waitingOn: f.controller.id });
    expect(waiting.map((r) => r.id)).toContain(c!.approvalRequestId);
    const done = await fresh.db.tx((tx) =>
      decide(tx, ctxOf(f.controller, companyId), c!.approvalRequestId!, 'approve'),
    );
    expect(done.status).toBe('approved');
    expect(done.decisions[0]).toMatchObject({
      by: f.controller.email,
      onBehalfOf: f.accountingManager.email,
    });
    const audit = await fresh.db.query(
      `SELECT 1 FROM audit_events WHERE company_id = $1 AND entity_type = 'delegation' AND action = 'create'`,
      [companyId],
    );
    expect(audit.rowCount).toBe(1);
  });
});
