import { applySettlement, openPayables, reverseSettlement } from '../../modules/purchasing/index.ts';
import type { DocumentSide } from '../order-to-cash/payments.ts';

/**
 * Vendor payments and payment runs settle purchasing's bills (wired in src/compose.ts). Bills carry no rate of
 * their own yet, so no `rateOf`: a foreign-currency bill's payable leaves at the payment's rate.
 */
export const payablesSide: DocumentSide = {
  open: (tx, companyId, f) => openPayables(tx, companyId, f),
  apply: (tx, ctx, s) => applySettlement(tx, ctx, s),
  reverse: (tx, ctx, s) => reverseSettlement(tx, ctx, s),
};
