import { isCalendarDay } from '../../../kernel/dates.ts';
import { conflict } from '../../../kernel/errors.ts';
import { formatMoney } from '../../../kernel/money.ts';
import { type ApprovalContext, requestApproval } from '../../../platform/approvals/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';
import { getTaxCodes } from '../../tax/index.ts';
import { purchasingText } from '../i18n.ts';
import { defaultPayableAccount } from './accounts.ts';
import { type BillView, getBill, getBillRow } from './bills.ts';

/** The approval policy key that covers bills (work module policies: e.g. over 10,000 a manager approves). */
export const BILL_APPROVAL_ACTION = 'purchasing.bill.post';

async function setStatus(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  from: readonly string[],
  to: string,
  set: string,
  args: unknown[],
  action: string,
  meta?: Record<string, unknown>,
): Promise<BillView> {
  const before = await getBillRow(tx, ctx.companyId, id, true);
  if (!from.includes(before.status))
    throw purchasingText.error(
      'conflict',
      'error.wrongStatus',
      { status: before.status, action, number: before.vendor_invoice_number, from: from.join(' or ') },
      { status: before.status },
    );
  await tx.query(
    `UPDATE purchasing_bills SET status = $3${set ? `, ${set}` : ''}, updated_at = now(), version = version + 1
      WHERE company_id = $1 AND id = $2`,
    [ctx.companyId, id, to, ...args],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'purchasing_bill',
    entityId: id,
    action,
    before: { status: before.status },
    after: { status: to },
    meta,
  });
  return getBill(tx, ctx.companyId, id);
}

/**
 * Submits a draft for approval. The approval gate decides: no policy holds it ⇒ approved at once; a policy
 * holds it ⇒ submitted, waiting on the request (approved later by the executor in flows/procure-to-pay/purchasing-ledger.ts,
 * or returned to draft with the reason when rejected, withdrawn or expired).
 */
export async function submitBill(tx: Tx, ctx: ApprovalContext, id: string): Promise<BillView> {
  const bill = await setStatus(
    tx,
    ctx,
    id,
    ['draft'],
    'submitted',
    'submitted_by = $4, return_reason = NULL',
    [ctx.actor.userId],
    'submit',
  );
  const decision = await requestApproval(tx, ctx, {
    action: BILL_APPROVAL_ACTION,
    entityType: 'purchasing_bill',
    entityId: id,
    summary: `Bill ${bill.vendorInvoiceNumber} from ${bill.vendorName}, ${bill.total} ${bill.currency}`.slice(
      0,
      200,
    ),
    data: {
      amount: bill.total,
      currency: bill.currency,
      vendorId: bill.vendorId,
      vendor: bill.vendorName,
      issueDate: bill.issueDate,
      dueDate: bill.dueDate,
      accounts: [...new Set(bill.lines.map((l) => l.accountId))],
    },
  });
  if (decision.kind === 'pending') {
    await tx.query('UPDATE purchasing_bills SET approval_request_id = $3 WHERE company_id = $1 AND id = $2', [
      ctx.companyId,
      id,
      decision.requestId,
    ]);
    return getBill(tx, ctx.companyId, id);
  }
  return approveBill(tx, ctx, id);
}

/** Marks a submitted bill approved (no policy held it, or the last approval landed). */
export async function approveBill(tx: Tx, ctx: ApprovalContext, id: string): Promise<BillView> {
  return setStatus(
    tx,
    ctx,
    id,
    ['submitted'],
    'approved',
    'approved_by = $4',
    [ctx.actor.userId ?? ctx.actor.label],
    'approve',
    {
      approvalRequestId: ctx.approvalRequestId ?? null,
    },
  );
}

/** A rejected, withdrawn or expired approval sends the bill back to draft with the reason. */
export async function returnBillToDraft(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  reason: string,
): Promise<BillView> {
  return setStatus(
    tx,
    ctx,
    id,
    ['submitted'],
    'draft',
    'return_reason = $4, approval_request_id = NULL',
    [reason.slice(0, 1000)],
    'return',
    { reason },
  );
}

export async function voidBill(tx: Tx, ctx: ServiceContext, id: string, reason: string): Promise<BillView> {
  const row = await getBillRow(tx, ctx.companyId, id);
  if (['posted', 'partially_paid', 'paid'].includes(row.status))
    throw purchasingText.error('conflict', 'error.postedNoVoid', { number: row.vendor_invoice_number });
  return setStatus(
    tx,
    ctx,
    id,
    ['draft', 'submitted', 'approved'],
    'void',
    'void_reason = $4',
    [reason],
    'void',
    { reason },
  );
}

/** What the ledger flow needs to post a bill (src/flows/procure-to-pay/purchasing-ledger.ts turns it into an entry). */
export interface BillPostingDoc {
  id: string;
  number: string;
  vendorId: string;
  vendorName: string;
  date: string;
  currency: string;
  payableAccountId: string;
  totalMinor: bigint;
  /** Net per expense/asset account. */
  expense: { accountId: string; amountMinor: bigint }[];
  /** Deductible input tax per tax account. */
  inputTax: { accountId: string; amountMinor: bigint }[];
  /** Reverse charge: the tax self-assessed, booked both as input (deductible) and output (owed). */
  selfAssessed: { inputAccountId: string; outputAccountId: string; amountMinor: bigint } | null;
}

export type BillPoster = (tx: Tx, ctx: ServiceContext, doc: BillPostingDoc) => Promise<string>;

/**
 * What purchasing needs from outside the module: the ledger posting of a bill (the flow
 * src/flows/procure-to-pay/purchasing-ledger.ts). The composition root (src/compose.ts) passes it to
 * `billPosting`; the module never imports a flow.
 */
export interface PurchasingPorts {
  post: BillPoster;
}

/**
 * Posts an approved bill: Dr expense/asset (net) + Dr input tax / Cr accounts payable (total); reverse charge
 * adds Dr input tax / Cr output tax for the self-assessed tax. Sets posted, stores the entry id.
 */
async function postBill(
  ports: PurchasingPorts,
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  opts: { date?: string | undefined } = {},
): Promise<BillView> {
  const row = await getBillRow(tx, ctx.companyId, id, true);
  if (row.status !== 'approved')
    throw conflict(
      row.status === 'draft' || row.status === 'submitted'
        ? `Bill ${row.vendor_invoice_number} is ${row.status}; it must be approved before it is posted.`
        : `Bill ${row.vendor_invoice_number} is ${row.status}; only an approved bill can be posted.`,
      { status: row.status },
    );
  const date = opts.date ?? row.issue_date;
  if (!isCalendarDay(date))
    throw purchasingText.error('validation', 'error.badDate', { date }, { field: 'date' });
  const payable = row.payable_account_id ?? (await defaultPayableAccount(tx, ctx.companyId))?.id;
  if (!payable)
    throw purchasingText.error(
      'validation',
      'error.noPayableAccount',
      {},
      {
        field: 'payableAccountId',
      },
    );
  const bill = await getBill(tx, ctx.companyId, id);
  const lines = await tx.query<{ account_id: string; tax_code_id: string; net: string; tax: string }>(
    `SELECT account_id, tax_code_id, net_minor::text AS net, tax_minor::text AS tax FROM purchasing_bill_lines
      WHERE company_id = $1 AND bill_id = $2 ORDER BY line_no`,
    [ctx.companyId, id],
  );
  const codes = await getTaxCodes(
    tx,
    ctx.companyId,
    lines.rows.map((l) => l.tax_code_id),
  );
  const expense = new Map<string, bigint>();
  const inputTax = new Map<string, bigint>();
  let rcInput: string | null = null;
  let rcOutput: string | null = null;
  for (const l of lines.rows) {
    expense.set(l.account_id, (expense.get(l.account_id) ?? 0n) + BigInt(l.net));
    const code = codes.get(l.tax_code_id);
    if (BigInt(l.tax) !== 0n) {
      if (!code?.inputAccountId)
        throw purchasingText.error(
          'validation',
          'error.noInputTaxAccount',
          { code: code?.code ?? l.tax_code_id },
          {
            field: 'taxCode',
          },
        );
      inputTax.set(code.inputAccountId, (inputTax.get(code.inputAccountId) ?? 0n) + BigInt(l.tax));
    }
    if (code?.kind === 'reverse_charge') {
      rcInput = code.inputAccountId;
      rcOutput = code.outputAccountId;
    }
  }
  const selfAssessedMinor = BigInt(row.self_assessed_minor);
  if (selfAssessedMinor !== 0n && (!rcInput || !rcOutput))
    throw purchasingText.error('validation', 'error.reverseChargeAccounts');
  const entryId = await ports.post(tx, ctx, {
    id,
    number: row.vendor_invoice_number,
    vendorId: row.vendor_id,
    vendorName: row.vendor_name,
    date,
    currency: row.currency,
    payableAccountId: payable,
    totalMinor: BigInt(row.total_minor),
    expense: [...expense].map(([accountId, amountMinor]) => ({ accountId, amountMinor })),
    inputTax: [...inputTax].map(([accountId, amountMinor]) => ({ accountId, amountMinor })),
    selfAssessed:
      selfAssessedMinor !== 0n && rcInput && rcOutput
        ? { inputAccountId: rcInput, outputAccountId: rcOutput, amountMinor: selfAssessedMinor }
        : null,
  });
  await tx.query(
    `UPDATE purchasing_bills SET status = 'posted', entry_id = $3, payable_account_id = $4, posted_at = now(),
            updated_at = now(), version = version + 1 WHERE company_id = $1 AND id = $2`,
    [ctx.companyId, id, entryId, payable],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'purchasing_bill',
    entityId: id,
    action: 'post',
    before: { status: 'approved' },
    after: {
      status: 'posted',
      entryId,
      total: formatMoney({ amount: BigInt(row.total_minor), currency: row.currency }),
    },
  });
  return { ...bill, status: 'posted', entryId, payableAccountId: payable };
}

/** Posting with its ports bound (built in src/compose.ts). */
export interface BillPosting {
  postBill(tx: Tx, ctx: ServiceContext, id: string, opts?: { date?: string | undefined }): Promise<BillView>;
}

export function billPosting(ports: PurchasingPorts): BillPosting {
  return { postBill: (tx, ctx, id, opts) => postBill(ports, tx, ctx, id, opts) };
}
