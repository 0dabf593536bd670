import { describe, expect, it } from 'vitest';
import { issueInvoices } from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { getEntry, postEntries, reverseEntry } from '../../modules/ledger/index.ts';
import { makePerson } from '../../modules/org/factories.ts';
import { makeDraft, makeSales } from '../../modules/sales/factories.ts';
import { getInvoice } from '../../modules/sales/index.ts';
import { ctxOf } from '../../modules/work/factories.ts';
import { listRequests, savePolicy } from '../../modules/work/index.ts';

/**
 * A `ledger.post` policy holds journal entries people write. It does not hold the entry of an issued invoice
 * (nor its reversal): the invoice is already issued with a legal number, so a held entry would leave the books
 * and the document disagreeing until someone approved.
 */
describe('ledger.post policies and document postings', () => {
  const fresh = withFreshDatabase();

  it('holds a manual entry over the limit but posts an issued invoice of the same size at once', async () => {
    const f = await makeSales(fresh.db);
    const controller = await makePerson(fresh.db, f.companyId, { role: 'manager', name: 'Controller' });
    const clerk = await makePerson(fresh.db, f.companyId, { role: 'assistant', name: 'Clerk' });
    await fresh.db.tx((tx) =>
      savePolicy(tx, ctxOf(controller, f.companyId), {
        action: 'ledger.post',
        name: 'Entries of 1,000 and more',
        definition: {
          condition: { '>=': [{ var: 'amount' }, '1000'] },
          levels: [{ name: 'Controller', approvers: [{ type: 'people', userIds: [controller.id] }] }],
        },
      }),
    );
    const clerkCtx = ctxOf(clerk, f.companyId);

    const [manual] = await fresh.db.tx((tx) =>
      postEntries(tx, clerkCtx, [
        {
          date: '2026-03-10',
          description: 'Manual accrual',
          lines: [
            { account: f.accounts.receivable.code, debit: '5000.00' },
            { account: f.accounts.sales.code, credit: '5000.00' },
          ],
        },
      ]),
    );
    expect(manual?.status).toBe('pending_approval');

    const draft = await makeDraft(fresh.db, f); // 18,855.40 CZK
    await fresh.db.tx((tx) => issueInvoices(tx, clerkCtx, [draft.id]));
    const invoice = await getInvoice(fresh.db, f.companyId, draft.id);
    expect(invoice.status).toBe('issued');
    const entry = await getEntry(fresh.db, f.companyId, invoice.ledgerEntryId as string);
    expect(entry?.status).toBe('posted');

    // Reversing the invoice's entry is governed by the document too; only the manual entry waits.
    const reversal = await fresh.db.tx((tx) =>
      reverseEntry(tx, clerkCtx, invoice.ledgerEntryId as string, '2026-03-11'),
    );
    expect(reversal.reversal.status).toBe('posted');
    const pending = await listRequests(fresh.db, f.companyId, { status: 'pending' });
    expect(pending.map((r) => r.entityId)).toEqual([manual?.id]);
  });
});
