import { describe, expect, expectTypeOf, it } from 'vitest';
import { withFreshDatabase } from '../test/support/db.ts';
import { compose, type Steward } from './compose.ts';
import { reconciliation } from './modules/banking/index.ts';
import type { PaymentFlows, ProposeRunInput, RecordPaymentInput } from './modules/payments/index.ts';
import { billPosting } from './modules/purchasing/index.ts';
import { makeDraft, makeSales } from './modules/sales/factories.ts';
import { getInvoice, salesIssuing } from './modules/sales/index.ts';
import { approvalActions } from './platform/approvals/index.ts';

const fresh = withFreshDatabase();

describe('composition root', () => {
  it('a module cannot be built without its ports, and the ports are typed (checked by tsc)', () => {
    // Each line below must fail to compile; if a port became optional or untyped, tsc reports the unused directive.
    // @ts-expect-error sales needs its ledger poster
    expect(() => salesIssuing({})).not.toThrow();
    // @ts-expect-error purchasing needs its bill poster
    expect(() => billPosting({})).not.toThrow();
    // @ts-expect-error reconciliation needs all four hooks
    expect(() => reconciliation({ candidates: async () => [] })).not.toThrow();
    expectTypeOf<Parameters<PaymentFlows['recordPayment']>[2]>().toEqualTypeOf<RecordPaymentInput>();
    expectTypeOf<Parameters<PaymentFlows['proposeRun']>[2]>().toEqualTypeOf<ProposeRunInput>();
    expectTypeOf<RecordPaymentInput>().not.toBeNever();
    expectTypeOf<Steward>().toHaveProperty('payments').toEqualTypeOf<PaymentFlows>();
  });

  it('compose() wires the process: issuing posts to the ledger, approval actions are registered', async () => {
    const steward = compose();
    const f = await makeSales(fresh.db);
    const draft = await makeDraft(fresh.db, f);
    const [issued] = await fresh.db.tx((tx) => steward.sales.issueInvoices(tx, f.ctx, [draft.id]));
    expect(issued?.number).toBeTruthy();
    const invoice = await getInvoice(fresh.db, f.companyId, draft.id);
    expect(invoice.status).toBe('issued');
    expect(invoice.ledgerEntryId).toBeTruthy();
    expect(approvalActions().map((a) => a.action)).toEqual(
      expect.arrayContaining(['ledger.post', 'purchasing.bill.post', 'banking.payment_run.release']),
    );
  });
});
