import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { listBankAccounts, listReconciliations } from '../../modules/banking/index.ts';
import { getSettings, listInvoices } from '../../modules/sales/index.ts';
import { listTaxCodes } from '../../modules/tax/index.ts';
import type { Sql } from '../../platform/db/index.ts';
import { ctxOf, json } from '../../platform/http/helpers.ts';
import { defineRoute } from '../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../platform/http/types.ts';

/**
 * The setup checklist a new company sees on its home page: company → taxes → bank → first invoice → first
 * reconciliation. Each step is ticked from the company's real data (nothing is stored, nothing to dismiss
 * wrongly): it answers what has been done, and links to where the next step is done.
 */
export const SETUP_STEPS = ['company', 'taxes', 'bank', 'firstInvoice', 'firstReconciliation'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/** Where each step is done in the web app. */
const LINKS: Record<SetupStep, string> = {
  company: '/sales/settings',
  taxes: '/tax/codes',
  bank: '/banking',
  firstInvoice: '/sales/invoices',
  firstReconciliation: '/banking',
};

export const SetupChecklist = z
  .object({
    steps: z.array(z.object({ key: z.enum(SETUP_STEPS), done: z.boolean(), link: z.string() })),
    done: z.number().int(),
    total: z.number().int(),
  })
  .openapi('SetupChecklist');
export type SetupChecklist = z.infer<typeof SetupChecklist>;

/** Which steps the company's data shows done; one read per step, each stopping at the first row it needs. */
export async function setupChecklist(sql: Sql, companyId: string): Promise<SetupChecklist> {
  const [settings, taxCodes, banks, issued, reconciled] = await Promise.all([
    getSettings(sql, companyId),
    listTaxCodes(sql, companyId),
    listBankAccounts(sql, companyId),
    listInvoices(sql, companyId, { kind: 'invoice', status: 'open' }, undefined, 1),
    listReconciliations(sql, companyId, { status: 'accepted' }),
  ]);
  const paidOrOpen = issued.items.length > 0 || (await anyPaidInvoice(sql, companyId));
  const done: Record<SetupStep, boolean> = {
    // The seller's details beyond the name onboarding copied: an address or a tax id on the invoices.
    company: Boolean(settings.seller.street || settings.seller.vatId),
    taxes: taxCodes.length > 0,
    bank: banks.some((b) => b.kind === 'bank' && b.active),
    firstInvoice: paidOrOpen,
    firstReconciliation: reconciled.length > 0,
  };
  const steps = SETUP_STEPS.map((key) => ({ key, done: done[key], link: LINKS[key] }));
  return { steps, done: steps.filter((s) => s.done).length, total: steps.length };
}

async function anyPaidInvoice(sql: Sql, companyId: string): Promise<boolean> {
  for (const status of ['paid', 'credited'] as const)
    if ((await listInvoices(sql, companyId, { kind: 'invoice', status }, undefined, 1)).items.length)
      return true;
  return false;
}

export function registerSetupChecklistRoute(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/setup-checklist',
      permission: 'org.company.read',
      tags: ['organisation'],
      summary: "The new company's first steps, each ticked from real data",
      responses: json(SetupChecklist),
    },
    async (c) => c.json(await setupChecklist(deps.db, ctxOf(c).companyId), 200),
  );
}
