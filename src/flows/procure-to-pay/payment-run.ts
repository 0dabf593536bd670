import { formatMoney } from '../../kernel/money.ts';
import { getBankAccount } from '../../modules/banking/index.ts';
import { getCompany } from '../../modules/org/index.ts';
import { paymentDetailsOf } from '../../modules/parties/index.ts';
import {
  type BankFileFormat,
  backToDraft,
  documentsInOpenRuns,
  getRun,
  insertRun,
  markPending,
  markReleased,
  type ProposeRunInput,
  type RunItemView,
  type RunView,
  saveRunFile,
  setItemPayment,
} from '../../modules/payments/index.ts';
import { registerApprovalReturn } from '../../modules/work/index.ts';
import {
  type ApprovalContext,
  describeEach,
  registerApprovalAction,
  registerApprovalExecutor,
  registerSubjectDescriber,
  requestApproval,
} from '../../platform/approvals/index.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/index.ts';
import { type AchEntry, writeAch } from '../../platform/formats/nacha/ach.ts';
import { type Pain001Transaction, writePain001 } from '../../platform/formats/sepa/pain001.ts';
import { documentSide, recordPayment } from '../order-to-cash/payments.ts';
import { procureToPayText } from './i18n.ts';

/**
 * Payment runs: due bills (purchasing.openPayables) → proposal (editable) → release, which asks the approval
 * gate (`banking.payment_run.release`; without a policy it proceeds) → one vendor payment per vendor through
 * recordPayment (ledger + settlements) → the bank file (SEPA pain.001 for EUR, NACHA for USD) built from the
 * vendors' bank details (parties.paymentDetailsOf, an audited read) and stored with the run. All in one
 * transaction; the conditional UPDATE in markReleased makes a second release impossible.
 */

export const RELEASE_ACTION = 'banking.payment_run.release';

export function formatForCurrency(currency: string): BankFileFormat {
  if (currency === 'EUR') return 'sepa';
  if (currency === 'USD') return 'nacha';
  throw procureToPayText.error(
    'validation',
    'error.currencyNotSupported',
    { currency },
    {
      reason: 'unsupported_currency',
    },
  );
}

export type { ProposeRunInput };

export async function proposeRun(tx: Tx, ctx: ServiceContext, input: ProposeRunInput): Promise<RunView> {
  const bank = await getBankAccount(tx, ctx.companyId, input.bankAccountId);
  if (bank.kind !== 'bank' || !bank.active)
    throw procureToPayText.error(
      'validation',
      'error.bankInactive',
      { name: bank.name },
      { field: 'bankAccountId' },
    );
  const format = formatForCurrency(bank.currency);
  const open = await documentSide('payables').open(tx, ctx.companyId, {
    currency: bank.currency,
    ...(input.partyId ? { partyId: input.partyId } : {}),
  });
  // A bill already in another unreleased run is left out, so two runs never propose the same bill.
  const taken = await documentsInOpenRuns(tx, ctx.companyId);
  const due = open.filter(
    (o) =>
      o.kind === 'bill' &&
      o.openMinor > 0n &&
      o.controlAccountId &&
      (o.dueDate ?? o.issueDate) <= input.dueBy &&
      !taken.has(o.documentId),
  );
  return insertRun(tx, ctx, {
    bankAccountId: bank.id,
    currency: bank.currency,
    format,
    executionDate: input.executionDate,
    dueBy: input.dueBy,
    partyId: input.partyId ?? null,
    note: input.note ?? '',
    items: due.map((o) => ({
      documentId: o.documentId,
      documentNumber: o.number,
      partyId: o.partyId,
      partyName: o.partyName,
      dueDate: o.dueDate ?? null,
      openMinor: o.openMinor,
      paymentReference: o.paymentReference,
      controlAccountId: o.controlAccountId as string,
    })),
  });
}

/**
 * Releases the run. With a policy covering `banking.payment_run.release`, the first call only submits it
 * (status pending_approval) and the approval's executor releases it; otherwise it is released at once.
 * A released or cancelled run is refused with a conflict.
 */
export async function releaseRun(tx: Tx, ctx: ApprovalContext, runId: string): Promise<RunView> {
  const run = await getRun(tx, ctx.companyId, runId);
  if (run.status === 'released')
    throw procureToPayText.error(
      'conflict',
      'error.alreadyReleased',
      { number: run.number },
      {
        reason: 'already_released',
      },
    );
  if (run.status === 'cancelled')
    throw procureToPayText.error(
      'conflict',
      'error.cancelled',
      { number: run.number },
      { reason: 'cancelled' },
    );
  if (run.status === 'pending_approval' && !ctx.approvalRequestId) {
    throw procureToPayText.error(
      'conflict',
      'error.awaitingApproval',
      { number: run.number },
      { reason: 'pending_approval' },
    );
  }
  const included = run.items.filter((i) => i.included);
  if (included.length === 0)
    throw procureToPayText.error('validation', 'error.nothingToPay', { number: run.number });
  const decision = await requestApproval(tx, ctx, {
    action: RELEASE_ACTION,
    entityType: 'payment_run',
    entityId: run.id,
    summary: `Payment run ${run.number}: ${included.length} bills, ${run.total} ${run.currency}`,
    data: { amount: run.total, currency: run.currency, count: included.length, format: run.format },
  });
  if (decision.kind === 'pending') {
    await markPending(tx, ctx, run.id, decision.requestId);
    return getRun(tx, ctx.companyId, run.id);
  }
  if (!(await markReleased(tx, ctx, run.id, Boolean(ctx.approvalRequestId)))) {
    throw procureToPayText.error(
      'conflict',
      'error.alreadyReleased',
      { number: run.number },
      {
        reason: 'already_released',
      },
    );
  }
  await payAndWriteFile(tx, ctx, run, included);
  return getRun(tx, ctx.companyId, run.id);
}

async function payAndWriteFile(
  tx: Tx,
  ctx: ServiceContext,
  run: RunView,
  items: RunItemView[],
): Promise<void> {
  const bank = await getBankAccount(tx, ctx.companyId, run.bankAccountId);
  const company = await getCompany(tx, ctx.companyId);
  const byVendor = new Map<string, RunItemView[]>();
  for (const i of items) byVendor.set(i.partyId, [...(byVendor.get(i.partyId) ?? []), i]);
  const sepa: Pain001Transaction[] = [];
  const ach: AchEntry[] = [];
  for (const [partyId, bills] of byVendor) {
    const first = bills[0] as RunItemView;
    const details = await paymentDetailsOf(tx, ctx, partyId);
    if (!details) {
      throw procureToPayText.error(
        'validation',
        'error.vendorWithoutAccount',
        { number: run.number, party: first.partyName },
        {
          reason: 'vendor_without_bank_account',
          partyId,
        },
      );
    }
    const total = bills.reduce((s, b) => s + b.amountMinor, 0n);
    const payment = await recordPayment(
      tx,
      ctx,
      {
        kind: 'vendor_payment',
        partyId,
        bankAccountId: bank.id,
        date: run.executionDate,
        currency: run.currency,
        amount: formatMoney({ amount: total, currency: run.currency }),
        reference: run.number,
        allocations: bills.map((b) => ({
          documentId: b.documentId,
          amount: formatMoney({ amount: b.amountMinor, currency: run.currency }),
        })),
      },
      { paymentRunId: run.id, description: `Payment run ${run.number}: ${first.partyName}` },
    );
    for (const b of bills) await setItemPayment(tx, ctx.companyId, b.id, payment.id);
    const numbers = bills.map((b) => b.paymentReference || b.documentNumber).join(', ');
    const rf =
      bills.length === 1 && first.paymentReference && /^RF\d{2}[A-Z0-9]{1,21}$/.test(first.paymentReference)
        ? first.paymentReference
        : null;
    if (run.format === 'sepa') {
      if (details.kind !== 'iban' || !details.iban) {
        throw procureToPayText.error(
          'validation',
          'error.vendorWithoutIban',
          { party: first.partyName },
          { reason: 'vendor_without_iban', partyId },
        );
      }
      sepa.push({
        endToEndId: payment.number,
        amountMinor: total,
        creditorName: first.partyName.slice(0, 70),
        creditorIban: details.iban,
        creditorBic: details.bic,
        ...(rf ? { creditorReference: rf } : { remittance: numbers.slice(0, 140) }),
      });
    } else {
      if (details.kind !== 'us' || !details.accountNumber || !details.routingNumber) {
        throw procureToPayText.error(
          'validation',
          'error.vendorWithoutUsAccount',
          { party: first.partyName },
          {
            reason: 'vendor_without_us_account',
            partyId,
          },
        );
      }
      ach.push({
        accountType: details.accountType ?? 'checking',
        routingNumber: details.routingNumber,
        accountNumber: details.accountNumber,
        amountMinor: total,
        idNumber: payment.number.slice(-15),
        name: first.partyName.slice(0, 22),
        addenda: numbers.slice(0, 80),
      });
    }
  }
  const name = company.legalName || company.name;
  let content: string;
  if (run.format === 'sepa') {
    if (!bank.iban)
      throw procureToPayText.error(
        'validation',
        'error.bankWithoutIban',
        { name: bank.name },
        {
          field: 'bankAccountId',
        },
      );
    content = writePain001({
      messageId: run.number,
      createdAt: new Date().toISOString().slice(0, 19),
      initiatingPartyName: name.slice(0, 70),
      paymentInfos: [
        {
          paymentInfoId: `${run.number}-1`,
          debtorName: name.slice(0, 70),
          debtorIban: bank.iban,
          debtorBic: bank.bic,
          requestedExecutionDate: run.executionDate,
          batchBooking: true,
          transactions: sepa,
        },
      ],
    });
  } else {
    if (!bank.routingNumber || !bank.accountNumber) {
      throw procureToPayText.error(
        'validation',
        'error.bankWithoutUsAccount',
        { name: bank.name },
        { field: 'bankAccountId' },
      );
    }
    const companyId = `1${(bank.accountNumber.replace(/\D/g, '') || '0').slice(-9).padStart(9, '0')}`;
    content = writeAch({
      immediateDestination: bank.routingNumber,
      immediateDestinationName: (bank.bankName || bank.name).slice(0, 23),
      immediateOrigin: companyId,
      immediateOriginName: name.slice(0, 23),
      createdAt: new Date(),
      referenceCode: run.number.slice(-8),
      batches: [
        {
          secCode: 'CCD',
          companyName: name.slice(0, 16),
          companyId,
          entryDescription: 'VENDOR PAY',
          effectiveDate: run.executionDate,
          odfiRouting: bank.routingNumber,
          entries: ach,
        },
      ],
    });
  }
  await saveRunFile(tx, ctx, run.id, {
    format: run.format,
    name: `${run.number}.${run.format === 'sepa' ? 'xml' : 'ach'}`,
    content,
  });
}

/** Runs held by a `banking.payment_run.release` policy: released when approved, else back to draft. */
export function installRunApproval(): void {
  registerApprovalAction(RELEASE_ACTION, 'Release a payment run (send the bank file, pay the bills)');
  registerApprovalExecutor(RELEASE_ACTION, async (tx, ctx, subject) => {
    await releaseRun(tx, ctx, subject.entityId);
  });
  registerApprovalReturn(RELEASE_ACTION, async (tx, ctx, subject, outcome) => {
    await backToDraft(tx, ctx, subject.entityId, `${outcome.status}: ${outcome.reason}`);
  });
  // What the approver sees: the run's number, the vendors it pays, its total and execution date.
  registerSubjectDescriber('payment_run', {
    permission: 'banking.payment_runs.read',
    describe: (sql, companyId, ids) =>
      describeEach(ids, async (id) => {
        const run = await getRun(sql, companyId, id);
        const vendors = [...new Set(run.items.filter((i) => i.included).map((i) => i.partyName))];
        return {
          kind: 'payment_run',
          title: run.note || run.number,
          number: run.number,
          party: vendors.join(', ') || null,
          date: run.executionDate,
          dueDate: run.dueBy,
          total: { amount: run.total, currency: run.currency },
          lines: [],
        };
      }),
  });
}

/** For callers that want an AppError when a run is not released yet (file download). */
export function requireReleased(run: RunView): void {
  if (run.status !== 'released') {
    throw procureToPayText.error('conflict', 'error.notReleased', {
      number: run.number,
      status: run.status.replace('_', ' '),
    });
  }
}
