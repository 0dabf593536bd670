import { randomBytes } from 'node:crypto';
import type { Steward } from '../compose.ts';
import { addMonths } from '../kernel/dates.ts';
import {
  addDepartmentMember,
  addMember,
  createDepartment,
  createUser,
  findUserByEmail,
  listCompanies,
} from '../modules/org/index.ts';
import { type Role, type ServiceContext, SYSTEM_ACTOR } from '../platform/context.ts';
import type { Database } from '../platform/db/index.ts';
import { seedBankingDemo, seedReconciliationDemo } from './banking.ts';
import { seedOpeningCapital } from './ledger.ts';
import { seedPartiesDemo } from './parties.ts';
import { seedPaymentsDemo } from './payments.ts';
import { seedPurchasingDemo } from './purchasing.ts';
import { seedSalesDemo } from './sales.ts';
import { seedWorkDemo } from './work.ts';

/**
 * `npm run demo`: a living back office to look at. Later modules add their demo data here, after the
 * organisation. Running it twice does nothing the second time.
 */
export const DEMO_COMPANY = 'Northwind Family Practice & Supply';
export const DEMO_OWNER = 'owner@demo.steward.local';

const DEPARTMENTS = [
  {
    code: 'ACC',
    name: 'Accounting',
    manager: ['controller@demo.steward.local', 'Dana Controller', 'Controller'],
    assistants: [
      ['bookkeeper@demo.steward.local', 'Ben Bookkeeper', 'Bookkeeper'],
      ['ap@demo.steward.local', 'Alma Payables', 'Accounts payable assistant'],
    ],
  },
  {
    code: 'HR',
    name: 'Human Resources',
    manager: ['hr.manager@demo.steward.local', 'Hana Novak', 'HR manager'],
    assistants: [['payroll@demo.steward.local', 'Pavel Payroll', 'Payroll assistant']],
  },
  {
    code: 'OPS',
    name: 'Order Processing',
    manager: ['orders.manager@demo.steward.local', 'Olga Orders', 'Operations manager'],
    assistants: [
      ['shipping@demo.steward.local', 'Sam Shipping', 'Shipping clerk'],
      ['billing@demo.steward.local', 'Bea Billing', 'Billing clerk'],
    ],
  },
  {
    code: 'FAC',
    name: 'Facilities',
    manager: ['facilities@demo.steward.local', 'Frank Facilities', 'Facilities manager'],
    assistants: [['maintenance@demo.steward.local', 'Mia Maintenance', 'Maintenance assistant']],
  },
  {
    code: 'REC',
    name: 'Records',
    manager: ['records@demo.steward.local', 'Rita Records', 'Records manager'],
    assistants: [['filing@demo.steward.local', 'Fil Archive', 'Records clerk']],
  },
  {
    code: 'MED',
    name: 'Medical Office',
    manager: ['office.manager@demo.steward.local', 'Marta Office', 'Office manager'],
    assistants: [
      ['coder@demo.steward.local', 'Carlos Coder', 'Medical coder'],
      ['lab@demo.steward.local', 'Lena Lab', 'Lab assistant'],
    ],
  },
  {
    code: 'IT',
    name: 'IT',
    manager: ['it.manager@demo.steward.local', 'Ivan Infra', 'IT manager'],
    assistants: [['helpdesk@demo.steward.local', 'Hugo Helpdesk', 'Help desk technician']],
  },
] as const;

export async function seedDemo(
  db: Database,
  steward: Steward,
): Promise<{ companyId: string; email: string; password: string } | null> {
  if ((await listCompanies(db)).some((c) => c.name === DEMO_COMPANY)) return null;
  const password = `demo-${randomBytes(6).toString('base64url')}`;
  const today = new Date().toISOString().slice(0, 10);
  // Receipts and payment runs last month (never before the demo's November invoices), the statement this month.
  const lastMonth = [addMonths(today, -1), '2026-11-20'].sort().at(-1) as string;
  const companyId = await db.tx(async (tx) => {
    const existingOwner = await findUserByEmail(tx, DEMO_OWNER);
    const owner =
      existingOwner ??
      (await createUser(tx, SYSTEM_ACTOR, null, null, { email: DEMO_OWNER, name: 'Olivia Owner', password }));
    // Created like any company (onboarding seeds the US chart, the fiscal year, tax codes, sales settings).
    const company = await steward.companies.create(
      tx,
      SYSTEM_ACTOR,
      null,
      {
        name: DEMO_COMPANY,
        legalName: `${DEMO_COMPANY} LLC`,
        baseCurrency: 'USD',
        timeZone: 'America/Chicago',
        country: 'US',
      },
      owner.id,
    );
    const ctx: ServiceContext = {
      actor: { type: 'user', userId: owner.id, tokenId: null, label: DEMO_OWNER },
      companyId: company.id,
      requestId: 'demo-seed',
    };
    await seedOpeningCapital(tx, ctx, today);
    const person = async (
      email: string,
      name: string,
      role: Role,
      jobTitle: string,
      reportsToId: string | null,
    ) => {
      const user =
        (await findUserByEmail(tx, email)) ??
        (await createUser(tx, ctx.actor, null, company.id, { email, name, password }));
      await addMember(tx, ctx, { userId: user.id, role, jobTitle, reportsToId });
      return user.id;
    };
    await person('admin@demo.steward.local', 'Adam Admin', 'admin', 'Office administrator', owner.id);
    await person('auditor@demo.steward.local', 'Audrey Auditor', 'auditor', 'External auditor', null);
    for (const dep of DEPARTMENTS) {
      const managerId = await person(dep.manager[0], dep.manager[1], 'manager', dep.manager[2], owner.id);
      const department = await createDepartment(tx, ctx, { code: dep.code, name: dep.name, managerId });
      for (const [email, name, title] of dep.assistants) {
        const id = await person(email, name, 'assistant', title, managerId);
        await addDepartmentMember(tx, ctx, department.id, id);
      }
    }
    return company.id;
  });
  const owner = await findUserByEmail(db, DEMO_OWNER);
  if (owner)
    await seedPartiesDemo(db, {
      actor: { type: 'user', userId: owner.id, tokenId: null, label: DEMO_OWNER },
      companyId,
      requestId: 'demo-seed',
    });
  if (owner)
    await seedWorkDemo(
      db,
      {
        actor: { type: 'user', userId: owner.id, tokenId: null, label: DEMO_OWNER },
        companyId,
        requestId: 'demo-seed',
      },
      password,
    );
  const money: ServiceContext | null = owner
    ? {
        actor: { type: 'user', userId: owner.id, tokenId: null, label: DEMO_OWNER },
        companyId,
        requestId: 'demo-seed',
      }
    : null;
  if (money) await seedSalesDemo(db, money, steward.sales);
  if (money) await seedPurchasingDemo(db, money, steward.purchasing);
  const bankingCtx: ServiceContext | null = owner
    ? {
        actor: { type: 'user', userId: owner.id, tokenId: null, label: DEMO_OWNER },
        companyId,
        requestId: 'demo-seed',
      }
    : null;
  if (bankingCtx) await seedBankingDemo(db, bankingCtx);
  // Payments after sales, purchasing and banking (a paid invoice, a partial payment, a run per bank format).
  if (owner)
    await seedPaymentsDemo(
      db,
      {
        actor: { type: 'user', userId: owner.id, tokenId: null, label: DEMO_OWNER },
        companyId,
        requestId: 'demo-seed',
      },
      lastMonth,
    );
  // Reconciliation last: a statement per bank account matching the payments above, auto-matched.
  if (bankingCtx) await seedReconciliationDemo(db, bankingCtx, steward.banking, today);
  return { companyId, email: DEMO_OWNER, password };
}
