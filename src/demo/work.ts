import {
  createAccount,
  ensureFiscalYears,
  findAccount,
  postEntries,
  saveDraft,
  submitDraft,
} from '../modules/ledger/index.ts';
import { addMember, createUser, findDepartmentByCode, findUserByEmail } from '../modules/org/index.ts';
import {
  createFromTemplate,
  createSchedule,
  createTask,
  savePolicy,
  saveTemplate,
  setQueue,
} from '../modules/work/index.ts';
import type { ServiceContext } from '../platform/context.ts';
import type { Database } from '../platform/db/index.ts';

/**
 * The demo's supervision: a financial controller, the `ledger.post` policy (≥ 1,000 needs the Accounting
 * manager; ≥ 10,000 also the controller), journal entries made by Accounting's assistants waiting for approval,
 * checklist templates with a schedule, and a few queued tasks.
 */
export const DEMO_CONTROLLER = 'cfo@demo.steward.local';

const CHART = [
  // The US chart's codes (onboarding seeded it); a bare company gets just these.
  ['1000', 'Checking', 'asset'],
  ['2000', 'Accounts payable', 'liability'],
  ['6600', 'Rent or lease', 'expense'],
  ['6400', 'Office supplies and software', 'expense'],
] as const;

export async function seedWorkDemo(db: Database, owner: ServiceContext, password: string): Promise<void> {
  const companyId = owner.companyId;
  const as = async (email: string): Promise<ServiceContext> => {
    const u = await findUserByEmail(db, email);
    if (!u) throw new Error(`demo: no ${email}`);
    return {
      actor: { type: 'user', userId: u.id, tokenId: null, label: email },
      companyId,
      requestId: 'demo-seed',
    };
  };
  const accounting = await findDepartmentByCode(db, companyId, 'ACC');
  if (!accounting) return;
  const today = new Date().toISOString().slice(0, 10);
  await db.tx(async (tx) => {
    const user =
      (await findUserByEmail(tx, DEMO_CONTROLLER)) ??
      (await createUser(tx, owner.actor, null, companyId, {
        email: DEMO_CONTROLLER,
        name: 'Carla Finance',
        password,
      }));
    await addMember(tx, owner, {
      userId: user.id,
      role: 'manager',
      jobTitle: 'Financial controller',
      reportsToId: owner.actor.userId,
    });
    await ensureFiscalYears(tx, owner, [today]);
    for (const [code, name, type] of CHART)
      if (!(await findAccount(tx, companyId, code))) await createAccount(tx, owner, { code, name, type });
    await savePolicy(tx, owner, {
      action: 'ledger.post',
      name: 'Journal entries',
      definition: {
        condition: { '>=': [{ var: 'amount' }, '1000'] },
        levels: [
          {
            name: 'Accounting manager',
            approvers: [{ type: 'department_manager', departmentId: accounting.id }],
          },
        ],
        tiers: [
          {
            when: { '>=': [{ var: 'amount' }, '10000'] },
            levels: [{ name: 'Controller', approvers: [{ type: 'people', userIds: [user.id] }] }],
          },
        ],
        expiresAfterHours: 24 * 14,
        onExpiry: 'escalate',
      },
    });
    await setQueue(tx, owner, accounting.id, { autoAssign: 'round_robin', slaHours: 16 });
  });
  const bookkeeper = await as('bookkeeper@demo.steward.local');
  const payables = await as('ap@demo.steward.local');
  const lines = (amount: string, expense: string) => [
    { account: expense, debit: amount },
    { account: '1000', credit: amount },
  ];
  await db.tx((tx) =>
    postEntries(tx, bookkeeper, [
      { date: today, description: 'Office lease, next quarter', lines: lines('25000.00', '6600') },
      { date: today, description: 'Printer toner', lines: lines('120.00', '6400') },
      { date: today, description: 'Office chairs', lines: lines('1850.00', '6400') },
    ]),
  );
  await db.tx(async (tx) => {
    const draft = await saveDraft(tx, payables, {
      date: today,
      description: 'Supplier invoice INV-2291',
      lines: lines('4200.00', '6400'),
    });
    await submitDraft(tx, payables, draft.id);
  });
  const manager = await as('controller@demo.steward.local');
  await db.tx(async (tx) => {
    await saveTemplate(tx, manager, {
      name: 'Month-end close',
      title: 'Month-end close',
      departmentId: accounting.id,
      checklist: [
        'Reconcile the bank accounts',
        'Post accruals and prepayments',
        'Review the trial balance',
        'Lock the period',
      ],
      dueDays: 3,
    });
    await saveTemplate(tx, owner, {
      name: 'New-hire onboarding',
      title: 'New-hire onboarding',
      checklist: [
        'Contract signed',
        'Accounts and e-mail',
        'Equipment handed over',
        'Safety briefing',
        'First-week buddy',
      ],
      dueDays: 5,
    });
    await createSchedule(tx, manager, {
      template: 'Month-end close',
      workingDayOfMonth: 3,
      startDate: today,
    });
    await createFromTemplate(tx, manager, 'Month-end close', { on: today });
    await createTask(tx, manager, {
      title: 'Chase missing receipts for March',
      departmentId: accounting.id,
      priority: 'high',
    });
    await createTask(tx, payables, {
      title: 'Vendor W-9 forms',
      departmentId: accounting.id,
      dueDate: today,
    });
  });
}
