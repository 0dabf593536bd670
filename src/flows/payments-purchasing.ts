import { applySettlement, openPayables, reverseSettlement } from '../modules/purchasing/index.ts';
import { registerDocumentSide } from './payments.ts';

/**
 * Vendor payments and payment runs settle purchasing's bills. Importing this wires it. Bills carry no rate of
 * their own yet, so no `rateOf`: a foreign-currency bill's payable leaves at the payment's rate.
 */
registerDocumentSide('payables', {
  open: (tx, companyId, f) => openPayables(tx, companyId, f),
  apply: (tx, ctx, s) => applySettlement(tx, ctx, s),
  reverse: (tx, ctx, s) => reverseSettlement(tx, ctx, s),
});
