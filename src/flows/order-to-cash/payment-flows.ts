import { listBankAccounts } from '../../modules/banking/index.ts';
import type { OpenItem, PaymentFlows } from '../../modules/payments/index.ts';
import type { Tx } from '../../platform/db/index.ts';
import { proposeRun, releaseRun } from '../procure-to-pay/payment-run.ts';
import { documentSide, recordPayment, voidPayment } from './payments.ts';
import { paymentSettingsText, savePaymentSettings } from './payments-settings.ts';

/** Open documents of one side as the payments screens show them: posted only, amounts positive. */
export async function openItems(
  tx: Tx,
  companyId: string,
  side: 'receivables' | 'payables',
  f: { partyId?: string; currency?: string },
): Promise<OpenItem[]> {
  const items = await documentSide(side).open(tx, companyId, f);
  return items.flatMap((i) =>
    i.controlAccountId
      ? [
          {
            ...i,
            dueDate: i.dueDate,
            controlAccountId: i.controlAccountId,
            openMinor: i.openMinor < 0n ? -i.openMinor : i.openMinor,
            totalMinor: i.totalMinor < 0n ? -i.totalMinor : i.totalMinor,
          },
        ]
      : [],
  );
}

/** What the payments module's routes and CLI call; the composition root (src/compose.ts) hands it over. */
export const paymentFlows: PaymentFlows = {
  recordPayment: (tx, ctx, input) => recordPayment(tx, ctx, input),
  voidPayment,
  openItems,
  proposeRun,
  releaseRun,
  settings: paymentSettingsText,
  saveSettings: savePaymentSettings,
  bankAccounts: async (tx, companyId) =>
    (await listBankAccounts(tx, companyId))
      .filter((b) => b.kind === 'bank' && b.active)
      .map((b) => ({ id: b.id, name: b.name, currency: b.currency })),
};
