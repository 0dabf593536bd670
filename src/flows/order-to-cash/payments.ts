import { formatMoney, parseMoney } from '../../kernel/money.ts';
import { getBankAccount } from '../../modules/banking/index.ts';
import {
  type AccountRow,
  ensureAccountPath,
  getAccount,
  type LineInput,
  postEntries,
  reverseEntry,
} from '../../modules/ledger/index.ts';
import { getParty } from '../../modules/parties/index.ts';
import {
  allocationIdsOf,
  getPayment,
  getSettings,
  insertPayment,
  lockPartyCredit,
  markVoided,
  newPaymentIds,
  type OpenItem,
  type PaymentKind,
  type PaymentView,
  type PlannedLine,
  partyCredit,
  planPayment,
  type RecordPaymentInput,
} from '../../modules/payments/index.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/index.ts';
import { withRealisedFx } from '../record-to-report/payments-fx.ts';
import { orderToCashText } from './i18n.ts';

/**
 * Money in and out against documents: a receipt settles invoices, a vendor payment settles bills, a refund
 * pays out a credit note or customer credit, an application of credit settles invoices from credit. One
 * transaction: plan (payments module, pure) → journal entry (ledger.post) → settlements (sales/purchasing
 * applySettlement, each locking its document and refusing more than is open) → the payment row.
 */

/** The payments module's one definition of a payment to record (routes, CLI, reconciliation). */
export type { RecordPaymentInput };

const CUSTOMER_SIDE: readonly PaymentKind[] = ['receipt', 'customer_refund', 'credit_application'];

type RawOpenItem = Omit<OpenItem, 'controlAccountId' | 'dueDate'> & {
  controlAccountId: string | null;
  dueDate: string | null;
};

/**
 * One side of the documents payments settle: receivables (sales) or payables (purchasing), with the
 * interface of docs/design/money-in-out.md. The composition root (src/compose.ts) registers
 * order-to-cash/payments-sales.ts and procure-to-pay/payments-purchasing.ts, so receipts work in an
 * installation where purchasing is not there yet, and vice versa.
 */
export interface DocumentSide {
  open(tx: Tx, companyId: string, f: { partyId?: string; currency?: string }): Promise<RawOpenItem[]>;
  apply(
    tx: Tx,
    ctx: ServiceContext,
    s: { documentId: string; settlementId: string; amountMinor: bigint; date: string },
  ): Promise<unknown>;
  reverse(tx: Tx, ctx: ServiceContext, s: { settlementId: string }): Promise<unknown>;
  /** The exchange rate (base per unit) the document was posted at; null when it is in base currency. */
  rateOf?(tx: Tx, companyId: string, documentId: string): Promise<string | null>;
}

const sides: { receivables?: DocumentSide; payables?: DocumentSide } = {};

export function registerDocumentSide(which: 'receivables' | 'payables', side: DocumentSide): void {
  sides[which] = side;
}

export function documentSide(which: 'receivables' | 'payables'): DocumentSide {
  const side = sides[which];
  if (!side) {
    throw orderToCashText.error('conflict', 'error.moduleMissing', {
      which,
      module: which === 'receivables' ? 'Sales' : 'Purchasing',
    });
  }
  return side;
}

/** Open items as this flow reads them: credit notes with positive amounts (what can be refunded). */
async function openItemsFor(
  tx: Tx,
  companyId: string,
  kind: PaymentKind,
  partyId: string,
  currency: string,
): Promise<Map<string, OpenItem>> {
  const raw = await documentSide(CUSTOMER_SIDE.includes(kind) ? 'receivables' : 'payables').open(
    tx,
    companyId,
    { partyId, currency },
  );
  const out = new Map<string, OpenItem>();
  for (const r of raw) {
    const abs = (v: bigint) => (v < 0n ? -v : v);
    if (!r.controlAccountId) continue; // not posted to the ledger yet: cannot be settled by a payment
    out.set(r.documentId, {
      ...r,
      dueDate: r.dueDate,
      controlAccountId: r.controlAccountId,
      openMinor: abs(r.openMinor),
      totalMinor: abs(r.totalMinor),
    });
  }
  return out;
}

async function accountFor(
  tx: Tx,
  ctx: ServiceContext,
  configured: string | null,
  fallback: string,
  type: AccountRow['type'],
): Promise<string> {
  if (configured) return (await getAccount(tx, ctx.companyId, configured)).id;
  return (await ensureAccountPath(tx, ctx, fallback, type, new Map())).id;
}

/**
 * Money left unallocated by a receipt (customer credit) or a vendor payment (advance) must be asked for: a
 * payment booked in the wrong currency would otherwise land on credit unnoticed until reconciliation.
 */
function refuseSilentCredit(input: RecordPaymentInput, creditMinor: bigint, currency: string, party: string) {
  if (creditMinor <= 0n || input.allowUnallocated === true) return;
  if (input.kind !== 'receipt' && input.kind !== 'vendor_payment') return;
  const unallocated = formatMoney({ amount: creditMinor, currency });
  throw orderToCashText.error(
    'validation',
    input.kind === 'receipt' ? 'error.unallocatedCredit' : 'error.unallocatedAdvance',
    { amount: `${unallocated} ${currency}`, party },
    {
      field: 'allowUnallocated',
      reason: 'payments.unallocated_needs_confirmation',
      unallocated,
      currency,
    },
  );
}

export async function recordPayment(
  tx: Tx,
  ctx: ServiceContext,
  input: RecordPaymentInput,
  opts: { paymentRunId?: string | null; description?: string } = {},
): Promise<PaymentView> {
  const currency = input.currency.toUpperCase();
  const amountMinor = parseMoney(input.amount, currency).amount;
  const party = await getParty(tx, ctx.companyId, input.partyId);
  const customerSide = CUSTOMER_SIDE.includes(input.kind);
  if (customerSide && !party.customer)
    throw orderToCashText.error(
      'validation',
      'error.notCustomer',
      { party: party.legalName },
      {
        field: 'partyId',
      },
    );
  if (!customerSide && !party.vendor)
    throw orderToCashText.error(
      'validation',
      'error.notVendor',
      { party: party.legalName },
      {
        field: 'partyId',
      },
    );

  let bankLedgerAccountId: string | null = null;
  if (input.kind === 'credit_application') {
    if (input.bankAccountId)
      throw orderToCashText.error(
        'validation',
        'error.applicationWithBank',
        {},
        {
          field: 'bankAccountId',
        },
      );
  } else {
    if (!input.bankAccountId)
      throw orderToCashText.error('validation', 'error.bankAccountMissing', {}, { field: 'bankAccountId' });
    const bank = await getBankAccount(tx, ctx.companyId, input.bankAccountId);
    if (bank.currency !== currency) {
      throw orderToCashText.error(
        'validation',
        'error.bankCurrency',
        { name: bank.name, bankCurrency: bank.currency, currency, currencyAgain: currency },
        {
          field: 'bankAccountId',
        },
      );
    }
    if (!bank.active)
      throw orderToCashText.error(
        'validation',
        'error.bankClosed',
        { name: bank.name },
        { field: 'bankAccountId' },
      );
    bankLedgerAccountId = bank.ledgerAccountId;
  }

  await lockPartyCredit(tx, ctx.companyId, input.partyId);
  const settings = await getSettings(tx, ctx.companyId);
  const open = await openItemsFor(tx, ctx.companyId, input.kind, input.partyId, currency);
  const allocations = input.allocations.map((a) => ({
    documentId: a.documentId,
    amountMinor: parseMoney(a.amount, currency).amount,
    writeOffMinor: a.writeOff ? parseMoney(a.writeOff, currency).amount : 0n,
  }));
  const plan = planPayment(
    {
      kind: input.kind,
      partyId: input.partyId,
      currency,
      amountMinor,
      allocations,
      availableCreditMinor: customerSide ? await partyCredit(tx, ctx.companyId, input.partyId, currency) : 0n,
      writeOffLimitMinor: settings.writeOffLimitMinor,
    },
    open,
  );
  refuseSilentCredit(input, plan.creditMinor, currency, party.legalName);

  const needs = (role: PlannedLine['to']['role']) => plan.lines.some((l) => l.to.role === role);
  const writeOffAccount = needs('write_off')
    ? await accountFor(
        tx,
        ctx,
        settings.writeOffAccountId,
        customerSide ? 'Expenses:Payment differences' : 'Income:Payment differences',
        customerSide ? 'expense' : 'income',
      )
    : null;
  const creditAccount = needs('credit')
    ? customerSide
      ? await accountFor(
          tx,
          ctx,
          settings.customerCreditAccountId,
          'Liabilities:Customer credit',
          'liability',
        )
      : await accountFor(tx, ctx, settings.vendorCreditAccountId, 'Assets:Vendor advances', 'asset')
    : null;
  const accountOf = (l: PlannedLine): string => {
    const to = l.to;
    if (to.role === 'bank') return bankLedgerAccountId as string;
    if (to.role === 'control') return to.accountId;
    if (to.role === 'write_off') return writeOffAccount as string;
    return creditAccount as string;
  };
  // Control lines carry the rate their document was posted at, so realised FX can be booked (payments-fx.ts).
  const side = documentSide(customerSide ? 'receivables' : 'payables');
  const docRates = new Map<string, string>();
  if (side.rateOf) {
    for (const a of plan.allocations) {
      const r = await side.rateOf(tx, ctx.companyId, a.documentId);
      if (r && r !== '1') docRates.set(a.documentId, r);
    }
  }
  let lines: LineInput[] = plan.lines.map((l) => {
    const abs = formatMoney({ amount: l.amountMinor < 0n ? -l.amountMinor : l.amountMinor, currency });
    const docRate = l.to.role === 'control' ? docRates.get(l.to.documentId) : undefined;
    const rate = docRate ?? input.rate ?? undefined;
    return {
      account: accountOf(l),
      ...(l.amountMinor > 0n ? { debit: abs } : { credit: abs }),
      currency,
      ...(rate ? { rate } : {}),
      partner: party.legalName.slice(0, 200),
      memo: l.memo,
    };
  });
  if (docRates.size > 0) lines = await withRealisedFx(tx, ctx, input.date, lines);
  const ids = newPaymentIds(plan.allocations.length);
  const words: Record<PaymentKind, string> = {
    receipt: 'Receipt from',
    vendor_payment: 'Payment to',
    customer_refund: 'Refund to',
    credit_application: 'Credit applied for',
  };
  const [entry] = await postEntries(tx, ctx, [
    {
      date: input.date,
      description: opts.description ?? `${words[input.kind]} ${party.legalName}`.slice(0, 1000),
      reference: input.reference?.slice(0, 200) || null,
      lines,
      source: { type: 'payment', id: ids.id },
    },
  ]);
  for (const [i, a] of plan.allocations.entries()) {
    const settle = {
      documentId: a.documentId,
      settlementId: ids.allocationIds[i] as string,
      amountMinor: a.amountMinor + a.writeOffMinor,
      date: input.date,
    };
    await documentSide(
      a.documentKind === 'bill' || a.documentKind === 'vendor_credit' ? 'payables' : 'receivables',
    ).apply(tx, ctx, settle);
  }
  return insertPayment(tx, ctx, {
    ...ids,
    kind: input.kind,
    partyId: input.partyId,
    partyName: party.legalName,
    bankAccountId: input.bankAccountId ?? null,
    date: input.date,
    currency,
    amountMinor,
    rate: input.rate ?? null,
    reference: input.reference ?? '',
    memo: input.memo ?? '',
    journalEntryId: entry?.id ?? null,
    paymentRunId: opts.paymentRunId ?? null,
    plan,
  });
}

/** Voids a payment: reverses its journal entry (dated `date`) and its settlements; the documents reopen. */
export async function voidPayment(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  input: { date: string; reason: string },
): Promise<PaymentView> {
  const before = await getPayment(tx, ctx.companyId, id);
  if (before.paymentRunId) {
    throw orderToCashText.error('conflict', 'error.paidInRun', { number: before.number });
  }
  await lockPartyCredit(tx, ctx.companyId, before.partyId);
  const voided = await markVoided(tx, ctx, id, input.reason);
  if (before.journalEntryId) await reverseEntry(tx, ctx, before.journalEntryId, input.date);
  for (const a of await allocationIdsOf(tx, ctx.companyId, id)) {
    await documentSide(
      a.documentKind === 'bill' || a.documentKind === 'vendor_credit' ? 'payables' : 'receivables',
    ).reverse(tx, ctx, { settlementId: a.id });
  }
  return voided;
}
