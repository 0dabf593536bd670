import type { ServiceContext } from '../../platform/context.ts';
import { SYSTEM_ACTOR } from '../../platform/context.ts';
import type { Database } from '../../platform/db/index.ts';
import { createAccount, createFiscalYear } from '../ledger/index.ts';
import {
  addToDepartment,
  makeDepartment,
  makeOrg,
  makePerson,
  type OrgFixture,
  type PersonFixture,
} from '../org/factories.ts';
import { type PolicyView, savePolicy } from './index.ts';

/**
 * Typed test data for supervision: a company with an Accounting department (its manager, an assistant), a
 * controller, a small chart of accounts and open years, and the demo's `ledger.post` policy.
 */
export interface SupervisionFixture extends OrgFixture {
  accounting: { id: string; code: string; name: string };
  accountingManager: PersonFixture;
  controller: PersonFixture;
  clerk: PersonFixture;
  ctx: ServiceContext;
}

export function ctxOf(person: PersonFixture, companyId: string): ServiceContext {
  return {
    actor: { type: 'user', userId: person.id, tokenId: null, label: person.email },
    companyId,
    requestId: null,
  };
}

export async function makeSupervision(
  db: Database,
  opts: { baseCurrency?: string } = {},
): Promise<SupervisionFixture> {
  const org = await makeOrg(db, opts.baseCurrency ? { baseCurrency: opts.baseCurrency } : {});
  const companyId = org.company.id;
  const accountingManager = await makePerson(db, companyId, { role: 'manager', name: 'Accounting Manager' });
  const controller = await makePerson(db, companyId, { role: 'manager', name: 'Chief Controller' });
  const accounting = await makeDepartment(db, companyId, {
    name: 'Accounting',
    managerId: accountingManager.id,
  });
  const clerk = await makePerson(db, companyId, { role: 'assistant', name: 'Accounting Clerk' });
  await addToDepartment(db, companyId, accounting.id, org.people.assistant.id);
  await addToDepartment(db, companyId, accounting.id, clerk.id);
  const ctx: ServiceContext = { actor: SYSTEM_ACTOR, companyId, requestId: null };
  await db.tx(async (tx) => {
    for (const year of [2025, 2026]) await createFiscalYear(tx, ctx, year);
    await createAccount(tx, ctx, { code: '1000', name: 'Bank', type: 'asset' });
    await createAccount(tx, ctx, { code: '6000', name: 'Rent', type: 'expense' });
  });
  return { ...org, accounting, accountingManager, controller, clerk, ctx };
}

/** ≥ 1,000 needs the Accounting manager; ≥ 10,000 also the controller (the demo's policy). */
export function ledgerPolicy(f: SupervisionFixture) {
  return {
    condition: { '>=': [{ var: 'amount' }, '1000'] },
    levels: [
      {
        name: 'Accounting manager',
        approvers: [{ type: 'department_manager', departmentId: f.accounting.id }],
      },
    ],
    tiers: [
      {
        when: { '>=': [{ var: 'amount' }, '10000.00'] },
        levels: [{ name: 'Controller', approvers: [{ type: 'people', userIds: [f.controller.id] }] }],
      },
    ],
  };
}

export async function installLedgerPolicy(
  db: Database,
  f: SupervisionFixture,
  definition: unknown = ledgerPolicy(f),
): Promise<PolicyView> {
  return db.tx((tx) =>
    savePolicy(tx, ctxOf(f.people.owner, f.company.id), {
      action: 'ledger.post',
      name: 'Journal entries',
      definition,
    }),
  );
}

export function entry(amount: string, description = 'Rent') {
  return {
    date: '2026-03-02',
    description,
    lines: [
      { account: '6000', debit: amount },
      { account: '1000', credit: amount },
    ],
  };
}
