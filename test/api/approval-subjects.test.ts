import { beforeAll, describe, expect, it } from 'vitest';
import { saveDraft, submitDraft } from '../../src/modules/ledger/index.ts';
import { makeCustomRoleMember, makePerson, type PersonFixture } from '../../src/modules/org/factories.ts';
import { makeBill, makePurchasing } from '../../src/modules/purchasing/factories.ts';
import { submitBill } from '../../src/modules/purchasing/index.ts';
import {
  ctxOf,
  entry,
  installLedgerPolicy,
  makeSupervision,
  type SupervisionFixture,
} from '../../src/modules/work/factories.ts';
import { listRequests, savePolicy } from '../../src/modules/work/index.ts';
import { type TestApp, testApp } from '../support/app.ts';
import '../support/compose.ts'; // the composed process: the gate, and the subjects' owners describing them
import { withFreshDatabase } from '../support/db.ts';

/**
 * Approvers see what they approve: every request the API hands out carries its subject as its owner describes
 * it (entry lines by account name with debit/credit and the total; a bill's vendor, number, total and due
 * date) — and only to a reader who may read the subject itself.
 */

const fresh = withFreshDatabase();
let t: TestApp;

beforeAll(() => {
  t = testApp(fresh.db);
});

const get = async (token: string, path: string) => {
  const res = await t.request('GET', `/api/v1${path}`, { token });
  expect(res.status).toBe(200);
  return res.body;
};

describe('a journal entry held by ledger.post', () => {
  let f: SupervisionFixture;
  let requestId = '';
  beforeAll(async () => {
    f = await makeSupervision(fresh.db);
    await installLedgerPolicy(fresh.db, f);
    const assistant = ctxOf(f.people.assistant, f.company.id);
    const draft = await fresh.db.tx((tx) => saveDraft(tx, assistant, entry('4200.00', 'Office rent March')));
    await fresh.db.tx((tx) => submitDraft(tx, assistant, draft.id));
    const [req] = await listRequests(fresh.db, f.company.id, { status: 'pending', entityId: draft.id });
    requestId = req?.id ?? '';
  });

  it('the request carries the lines by account name, debit and credit, and the total', async () => {
    const r = await get(f.accountingManager.token, `/work/approvals/${requestId}`);
    expect(r.subjectHidden).toBe(false);
    expect(r.subject).toEqual({
      kind: 'ledger_entry',
      title: 'Office rent March',
      number: null,
      party: null,
      date: '2026-03-02',
      dueDate: null,
      total: { amount: '4200.00', currency: 'EUR' },
      lines: [
        {
          accountCode: '6000',
          accountName: 'Rent',
          memo: null,
          debit: '4200.00',
          credit: null,
          currency: 'EUR',
        },
        {
          accountCode: '1000',
          accountName: 'Bank',
          memo: null,
          debit: null,
          credit: '4200.00',
          currency: 'EUR',
        },
      ],
    });
  });

  it('My work and the list carry the same figures', async () => {
    const inbox = await get(f.accountingManager.token, '/work/inbox');
    const waiting = inbox.waitingOnMe.find((r: { id: string }) => r.id === requestId);
    expect(waiting.subject.total).toEqual({ amount: '4200.00', currency: 'EUR' });
    expect(waiting.subject.lines.map((l: { accountName: string }) => l.accountName)).toEqual([
      'Rent',
      'Bank',
    ]);
    const list = await get(f.accountingManager.token, '/work/approvals?status=pending');
    expect(list.items.find((r: { id: string }) => r.id === requestId).subject.lines).toHaveLength(2);
  });

  it('a reader who may not read the ledger gets no figures: no subject, no facts, no amount in the summary', async () => {
    const { person } = await makeCustomRoleMember(fresh.db, f.company.id, f.people.owner.id, {
      name: 'Approvals observer',
      permissions: [{ name: 'work.approvals.read', reach: 'company' }],
    });
    const r = await get(person.token, `/work/approvals/${requestId}`);
    expect(r.subjectHidden).toBe(true);
    expect(r.subject).toBeNull();
    expect(r.data).toEqual({});
    expect(r.summary).toBe('Post a journal entry');
    expect(JSON.stringify(r)).not.toContain('4200');
    const list = await get(person.token, '/work/approvals');
    expect(JSON.stringify(list)).not.toContain('4200');
  });

  it('once approved and posted, the subject reads the posted lines', async () => {
    const approved = await t.request('POST', `/api/v1/work/approvals/${requestId}/approve`, {
      token: f.accountingManager.token,
      body: {},
    });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.subject.number).not.toBeNull();
    expect(approved.body.subject.lines.map((l: { debit: string | null }) => l.debit)).toEqual([
      '4200.00',
      null,
    ]);
  });
});

describe('a bill held by purchasing.bill.post', () => {
  it('carries the vendor, their invoice number, the total and the due date; hidden without purchasing.read', async () => {
    const f = await makePurchasing(fresh.db);
    const owner = await makePerson(fresh.db, f.companyId, { role: 'owner' });
    const approver: PersonFixture = await makePerson(fresh.db, f.companyId, { role: 'manager' });
    await fresh.db.tx((tx) =>
      savePolicy(tx, ctxOf(owner, f.companyId), {
        action: 'purchasing.bill.post',
        name: 'Bills',
        definition: {
          levels: [{ name: 'Manager', approvers: [{ type: 'people', userIds: [approver.id] }] }],
        },
      }),
    );
    const bill = await makeBill(fresh.db, f, { dueDate: '2026-03-20' });
    await fresh.db.tx((tx) => submitBill(tx, ctxOf(owner, f.companyId), bill.id));
    const [req] = await listRequests(fresh.db, f.companyId, { status: 'pending', entityId: bill.id });
    const r = await get(approver.token, `/work/approvals/${req?.id}`);
    expect(r.subject).toEqual({
      kind: 'purchasing_bill',
      title: 'Kancelářské potřeby Brno s.r.o.',
      number: bill.vendorInvoiceNumber,
      party: 'Kancelářské potřeby Brno s.r.o.',
      date: '2026-03-02',
      dueDate: '2026-03-20',
      total: { amount: '1210.00', currency: 'CZK' },
      lines: [],
    });
    const { person } = await makeCustomRoleMember(fresh.db, f.companyId, owner.id, {
      name: 'Ledger only',
      permissions: [
        { name: 'work.approvals.read', reach: 'company' },
        { name: 'ledger.read', reach: 'company' },
      ],
    });
    const hidden = await get(person.token, `/work/approvals/${req?.id}`);
    expect(hidden.subjectHidden).toBe(true);
    expect(JSON.stringify(hidden)).not.toContain('1210');
  });
});
