import { listBankAccounts } from '../modules/banking/index.ts';
import { setPaymentFlows } from '../modules/payments/index.ts';
import { proposeRun, releaseRun } from './payment-run.ts';
import { documentSide, recordPayment, voidPayment } from './payments.ts';
import { paymentSettingsText, savePaymentSettings } from './payments-settings.ts';
import './payments-purchasing.ts';
import './payments-sales.ts';

/**
 * Wires the payment flows into the payments module (routes, CLI) and registers the document sides that are
 * installed. Imported by the server, the CLI and the worker.
 */
setPaymentFlows({
  recordPayment: (tx, ctx, input) => recordPayment(tx, ctx, input),
  voidPayment,
  openItems: async (tx, companyId, side, f) => {
    const items = await documentSide(side).open(tx, companyId, f);
    return items
      .filter((i) => i.controlAccountId)
      .map((i) => ({
        ...i,
        dueDate: i.dueDate,
        controlAccountId: i.controlAccountId as string,
        openMinor: i.openMinor < 0n ? -i.openMinor : i.openMinor,
        totalMinor: i.totalMinor < 0n ? -i.totalMinor : i.totalMinor,
      }));
  },
  proposeRun: (tx, ctx, input) => proposeRun(tx, ctx, input),
  releaseRun,
  settings: paymentSettingsText,
  saveSettings: savePaymentSettings,
  bankAccounts: async (tx, companyId) =>
    (await listBankAccounts(tx, companyId))
      .filter((b) => b.kind === 'bank' && b.active)
      .map((b) => ({ id: b.id, name: b.name, currency: b.currency })),
});
