import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { issueInvoices, postBill } from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeBankAccount } from '../../modules/banking/factories.ts';
import { findAccount, postEntries, saveDraft, setRates } from '../../modules/ledger/index.ts';
import {
  addToDepartment,
  makeCustomRoleMember,
  makeDepartment,
  makePerson,
} from '../../modules/org/factories.ts';
import { makeParty } from '../../modules/parties/factories.ts';
import { makeBill, makePurchasing } from '../../modules/purchasing/factories.ts';
import { submitBill } from '../../modules/purchasing/index.ts';
import { createDraft, saveSettings } from '../../modules/sales/index.ts';
import { ctxOf } from '../../modules/work/factories.ts';
import { createTask } from '../../modules/work/index.ts';
import { sundayOf } from './figures.ts';

const fresh = withFreshDatabase();

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const TODAY = day(0);

/**
 * One CZK company that sells and buys in CZK and EUR: two bank accounts with money in them, invoices late and
 * not yet due in both currencies, bills due this week and late, a journal draft and a task.
 */
async function company() {
  const f = await makePurchasing(fresh.db);
  const c = f.companyId;
  const owner = await makePerson(fresh.db, c, { role: 'owner' });
  const customer = await makeParty(fresh.db, c, { legalName: 'Acme s.r.o.', currency: 'CZK', ctx: f.ctx });
  const czk = await makeBankAccount(fresh.db, c, { currency: 'CZK', name: 'Main CZK', ctx: f.ctx });
  const eur = await makeBankAccount(fresh.db, c, { currency: 'EUR', name: 'Euro account', ctx: f.ctx });
  await fresh.db.tx(async (tx) => {
    const account = async (code: string) => (await findAccount(tx, c, code))?.id as string;
    await saveSettings(tx, f.ctx, {
      receivableAccountId: await account('1100'),
      revenueAccountId: await account('4000'),
    });
    await setRates(tx, f.ctx, [{ currency: 'EUR', date: '2025-01-01', rate: '25' }]);
    await postEntries(tx, f.ctx, [
      {
        date: day(-60),
        description: 'Capital',
        lines: [
          { account: czk.ledgerAccountId, debit: '50000.00' },
          { account: '3000', credit: '50000.00' },
        ],
      },
      {
        date: day(-60),
        description: 'Euro capital',
        lines: [
          { account: eur.ledgerAccountId, debit: '1200.50', currency: 'EUR' },
          { account: '3000', credit: '1200.50', currency: 'EUR' },
        ],
      },
    ]);
  });
  const invoice = async (currency: string, issue: number, due: number, price: string) => {
    const d = await fresh.db.tx((tx) =>
      createDraft(tx, f.ctx, {
        partyId: customer.id,
        currency,
        issueDate: day(issue),
        dueDate: day(due),
        lines: [{ description: 'Work', quantity: '1', unit: 'HUR', unitPrice: price, taxCode: 'S21' }],
      }),
    );
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
  };
  await invoice('CZK', -40, -10, '1000'); // 1210.00 CZK late
  await invoice('CZK', 0, 14, '2000'); // 2420.00 CZK not yet due, income this month
  await invoice('EUR', -40, -5, '100'); // 121.00 EUR late
  const bill = async (due: string, price: string) => {
    const b = await makeBill(fresh.db, f, {
      issueDate: day(-40),
      dueDate: due,
      lines: [
        {
          description: 'Paper',
          accountId: f.accounts.supplies.id,
          taxCode: 'S21',
          quantity: '1',
          unitPrice: price,
        },
      ],
    });
    await fresh.db.tx(async (tx) => {
      await submitBill(tx, f.ctx, b.id); // no policy holds it: approved at once
      await postBill(tx, f.ctx, b.id);
    });
  };
  await bill(TODAY, '500.00'); // 605.00 due this week (today)
  await bill(day(-3), '100.00'); // 121.00 late
  await bill(day(40), '900.00'); // not this week
  return { f, c, owner, czk, eur };
}

describe('GET /home', () => {
  it('the owner sees cash per bank account, AR and AP per currency, income vs expense and their work', async () => {
    const t = testApp(fresh.db);
    const { c, owner, f } = await company();
    await fresh.db.tx((tx) =>
      saveDraft(tx, ctxOf(owner, c), {
        date: TODAY,
        description: 'Accrual',
        lines: [
          { account: '6000', debit: '10.00' },
          { account: '2000', credit: '10.00' },
        ],
      }),
    );
    await fresh.db.tx((tx) =>
      createTask(tx, f.ctx, { title: 'Call the bank', assigneeId: owner.id, dueDate: TODAY }),
    );
    const r = await t.request('GET', '/api/v1/home', { token: owner.token });
    expect(r.status).toBe(200);
    const h = r.body;
    expect(h.today).toBe(TODAY);
    expect(h.weekEnd).toBe(sundayOf(TODAY));
    expect(h.cash.accounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Main CZK', currency: 'CZK', balance: '50000.00' }),
        expect.objectContaining({ name: 'Euro account', currency: 'EUR', balance: '1200.50' }),
      ]),
    );
    expect(h.cash.totals).toEqual(
      expect.arrayContaining([
        { currency: 'CZK', amount: '50000.00' },
        { currency: 'EUR', amount: '1200.50' },
      ]),
    );
    expect(h.receivables).toEqual([
      { currency: 'CZK', open: '3630.00', openCount: 2, overdue: '1210.00', overdueCount: 1 },
      { currency: 'EUR', open: '121.00', openCount: 1, overdue: '121.00', overdueCount: 1 },
    ]);
    expect(h.payables).toEqual([
      { currency: 'CZK', dueThisWeek: '605.00', dueThisWeekCount: 1, overdue: '121.00', overdueCount: 1 },
    ]);
    expect(h.incomeExpense.currency).toBe('CZK');
    expect(h.incomeExpense.months).toHaveLength(6);
    expect(h.incomeExpense.months.at(-1)).toEqual({
      month: TODAY.slice(0, 7),
      income: '2000.00',
      expenses: '0.00',
    });
    expect(h.approvalsWaiting).toBe(0);
    expect(h.tasks).toMatchObject({ mine: 1, dueToday: 1, overdue: 0 });
    expect(h.drafts).toEqual({ invoices: 0, bills: 0, entries: 1 });
  });

  it('sections follow permissions: a role without banking or ledger gets no cash and no books', async () => {
    const t = testApp(fresh.db);
    const { c, owner } = await company();
    const { person: biller } = await makeCustomRoleMember(fresh.db, c, owner.id, {
      name: 'Billing assistant',
      permissions: [
        { name: 'org.company.read', reach: 'company' },
        { name: 'sales.read', reach: 'company' },
        { name: 'sales.manage', reach: 'company' },
      ],
    });
    const r = await t.request('GET', '/api/v1/home', { token: biller.token });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      cash: null,
      payables: null,
      incomeExpense: null,
      approvalsWaiting: null,
      tasks: null,
      drafts: { invoices: 0, bills: null, entries: null },
    });
    expect(r.body.receivables).toHaveLength(2);
    // Without org.company.read the home is refused, never a 500.
    const { person: nobody } = await makeCustomRoleMember(fresh.db, c, owner.id, {
      name: 'Nothing',
      permissions: [{ name: 'work.notifications.read', reach: 'company' }],
    });
    expect((await t.request('GET', '/api/v1/home', { token: nobody.token })).status).toBe(403);
  });

  it("an assistant's home counts their queue, tasks and drafts", async () => {
    const t = testApp(fresh.db);
    const f = await makePurchasing(fresh.db);
    const c = f.companyId;
    const assistant = await makePerson(fresh.db, c, { role: 'assistant' });
    const desk = await makeDepartment(fresh.db, c, { name: 'Front desk' });
    await addToDepartment(fresh.db, c, desk.id, assistant.id);
    await makeBill(fresh.db, { ...f, ctx: ctxOf(assistant, c) });
    await fresh.db.tx((tx) => createTask(tx, f.ctx, { title: 'Post the mail', departmentId: desk.id }));
    await fresh.db.tx((tx) =>
      createTask(tx, f.ctx, { title: 'Scan receipts', assigneeId: assistant.id, dueDate: day(-1) }),
    );
    const r = await t.request('GET', '/api/v1/home', { token: assistant.token });
    expect(r.status).toBe(200);
    expect(r.body.tasks).toMatchObject({ mine: 1, dueToday: 0, overdue: 1, queue: 1 });
    expect(r.body.drafts).toMatchObject({ bills: 1 });
  });
});
