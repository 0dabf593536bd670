import { type Actor, type ServiceContext, SYSTEM_ACTOR } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';
import type { CompanyInput } from '../contract.ts';
import { type CompanyRow, createCompany } from './companies.ts';
import { createFirstCompany } from './setup.ts';

/**
 * What a new company needs from other modules to work on its first day (a chart of accounts, the current
 * fiscal year, tax codes, sales settings). Org knows none of that: `src/compose.ts` gives it the onboarding
 * flow's `seedCompany`, which runs in the creating transaction, so a company exists ready or not at all.
 */
export interface CompanyPorts {
  seed(tx: Tx, ctx: ServiceContext, company: CompanyRow): Promise<void>;
}

/** Company creation as first start, `steward company create` and the API use it: created, then seeded. */
export interface CompanyCreation {
  create(
    tx: Tx,
    actor: Actor,
    requestId: string | null,
    input: CompanyInput,
    ownerUserId: string | null,
  ): Promise<CompanyRow>;
  createFirst(
    tx: Tx,
    company: CompanyInput,
    owner: { email: string; name: string; password: string },
    setupToken: string | null,
  ): Promise<{ company: CompanyRow; userId: string }>;
}

export function companyCreation(ports: CompanyPorts): CompanyCreation {
  return {
    async create(tx, actor, requestId, input, ownerUserId) {
      const company = await createCompany(tx, actor, requestId, input, ownerUserId);
      await ports.seed(tx, { actor, companyId: company.id, requestId }, company);
      return company;
    },
    async createFirst(tx, input, owner, setupToken) {
      const made = await createFirstCompany(tx, input, owner, setupToken);
      await ports.seed(
        tx,
        { actor: SYSTEM_ACTOR, companyId: made.company.id, requestId: null },
        made.company,
      );
      return made;
    },
  };
}
