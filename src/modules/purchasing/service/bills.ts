import { addDays, isCalendarDay, todayIso as isoToday } from '../../../kernel/dates.ts';
import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { formatMoney, isCurrency } from '../../../kernel/money.ts';
import { decodeCursor, encodeCursor, type Page } from '../../../kernel/pagination.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { likeContains, maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import type { AccountRow } from '../../ledger/index.ts';
import { getParty } from '../../parties/index.ts';
import {
  type CalcLine,
  calcTaxOf,
  computeDocument,
  type DocumentTotals,
  getTaxCodes,
  parseDecimal,
  RATE_SCALE,
  type TaxCodeRow,
} from '../../tax/index.ts';
import { type BillFilter, BillInput, type BillStatus } from '../contract.ts';
import { purchasingText } from '../i18n.ts';
import { resolveAccount } from './accounts.ts';
import { remember } from './memory.ts';
import { billDaysOverdue } from './overdue.ts';

export interface BillLineView {
  id: string;
  lineNo: number;
  description: string;
  accountId: string;
  taxCodeId: string;
  quantity: string;
  unitPrice: string;
  net: string;
  tax: string;
  gross: string;
  taxRate: string;
  taxCategory: string;
}

export interface BillView {
  id: string;
  kind: 'bill' | 'vendor_credit';
  status: BillStatus;
  vendorId: string;
  vendorName: string;
  vendorVatId: string | null;
  vendorInvoiceNumber: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  pricesIncludeTax: boolean;
  net: string;
  tax: string;
  total: string;
  paid: string;
  open: string;
  overdue: boolean;
  daysOverdue: number;
  totalMinor: string;
  openMinor: string;
  selfAssessedTax: string;
  reverseChargeRate: string | null;
  paymentReference: string | null;
  payableAccountId: string | null;
  entryId: string | null;
  approvalRequestId: string | null;
  source: 'manual' | 'capture' | 'ubl';
  captureId: string | null;
  notes: string;
  returnReason: string | null;
  voidReason: string | null;
  createdBy: string | null;
  submittedBy: string | null;
  approvedBy: string | null;
  postedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  lines: BillLineView[];
}

export interface BillRow {
  id: string;
  kind: 'bill' | 'vendor_credit';
  status: BillStatus;
  vendor_id: string;
  vendor_name: string;
  vendor_vat_id: string | null;
  vendor_invoice_number: string;
  issue_date: string;
  due_date: string;
  currency: string;
  prices_include_tax: boolean;
  net_minor: string;
  tax_minor: string;
  total_minor: string;
  settled_minor: string;
  self_assessed_minor: string;
  reverse_charge_rate: string | null;
  payment_reference: string | null;
  payable_account_id: string | null;
  entry_id: string | null;
  approval_request_id: string | null;
  source: 'manual' | 'capture' | 'ubl';
  capture_id: string | null;
  notes: string;
  return_reason: string | null;
  void_reason: string | null;
  created_by: string | null;
  submitted_by: string | null;
  approved_by: string | null;
  posted_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export const BILL_COLUMNS = `id, kind, status, vendor_id, vendor_name, vendor_vat_id, vendor_invoice_number,
  issue_date::text AS issue_date, due_date::text AS due_date, currency, prices_include_tax,
  net_minor::text AS net_minor, tax_minor::text AS tax_minor, total_minor::text AS total_minor,
  settled_minor::text AS settled_minor, self_assessed_minor::text AS self_assessed_minor, reverse_charge_rate,
  payment_reference, payable_account_id, entry_id, approval_request_id, source, capture_id, notes, return_reason,
  void_reason, created_by, submitted_by, approved_by, posted_at, created_at, updated_at, version`;

const money = (minor: string | bigint, currency: string) => formatMoney({ amount: BigInt(minor), currency });

export function viewOf(r: BillRow, lines: BillLineView[], today = isoToday()): BillView {
  const open = BigInt(r.total_minor) - BigInt(r.settled_minor);
  const late = billDaysOverdue(r, today);
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    vendorId: r.vendor_id,
    vendorName: r.vendor_name,
    vendorVatId: r.vendor_vat_id,
    vendorInvoiceNumber: r.vendor_invoice_number,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    currency: r.currency,
    pricesIncludeTax: r.prices_include_tax,
    net: money(r.net_minor, r.currency),
    tax: money(r.tax_minor, r.currency),
    total: money(r.total_minor, r.currency),
    paid: money(r.settled_minor, r.currency),
    open: money(open, r.currency),
    overdue: late > 0,
    daysOverdue: late,
    totalMinor: r.total_minor,
    openMinor: String(open),
    selfAssessedTax: money(r.self_assessed_minor, r.currency),
    reverseChargeRate: r.reverse_charge_rate,
    paymentReference: r.payment_reference,
    payableAccountId: r.payable_account_id,
    entryId: r.entry_id,
    approvalRequestId: r.approval_request_id,
    source: r.source,
    captureId: r.capture_id,
    notes: r.notes,
    returnReason: r.return_reason,
    voidReason: r.void_reason,
    createdBy: r.created_by,
    submittedBy: r.submitted_by,
    approvedBy: r.approved_by,
    postedAt: r.posted_at ? r.posted_at.toISOString() : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
    lines,
  };
}

async function linesOf(
  sql: Sql,
  companyId: string,
  billId: string,
  currency: string,
): Promise<BillLineView[]> {
  const rows = await sql.query<{
    id: string;
    line_no: number;
    description: string;
    account_id: string;
    tax_code_id: string;
    quantity: string;
    unit_price: string;
    net_minor: string;
    tax_minor: string;
    gross_minor: string;
    tax_rate: string;
    tax_category: string;
  }>(
    `SELECT id, line_no, description, account_id, tax_code_id, quantity, unit_price, net_minor::text AS net_minor,
            tax_minor::text AS tax_minor, gross_minor::text AS gross_minor, tax_rate, tax_category
       FROM purchasing_bill_lines WHERE company_id = $1 AND bill_id = $2 ORDER BY line_no`,
    [companyId, billId],
  );
  return rows.rows.map((l) => ({
    id: l.id,
    lineNo: l.line_no,
    description: l.description,
    accountId: l.account_id,
    taxCodeId: l.tax_code_id,
    quantity: l.quantity,
    unitPrice: l.unit_price,
    net: money(l.net_minor, currency),
    tax: money(l.tax_minor, currency),
    gross: money(l.gross_minor, currency),
    taxRate: l.tax_rate,
    taxCategory: l.tax_category,
  }));
}

export async function getBillRow(sql: Sql, companyId: string, id: string, lock = false): Promise<BillRow> {
  const row = await maybeOne<BillRow>(
    sql,
    `SELECT ${BILL_COLUMNS} FROM purchasing_bills WHERE company_id = $1 AND id = $2 ${lock ? 'FOR UPDATE' : ''}`,
    [companyId, id],
  );
  if (!row) throw notFound('Bill', id);
  return row;
}

export async function getBill(sql: Sql, companyId: string, id: string): Promise<BillView> {
  const row = await getBillRow(sql, companyId, id);
  return viewOf(row, await linesOf(sql, companyId, id, row.currency));
}

export async function listBills(
  sql: Sql,
  companyId: string,
  filter: Omit<BillFilter, 'cursor' | 'limit' | 'format'> & { today?: string },
  cursor: string | undefined,
  limit = 50,
): Promise<Page<BillView>> {
  const after = cursor ? decodeCursor(cursor) : null;
  const status = filter.status && filter.status !== 'all' ? filter.status : null;
  const today = filter.today ?? isoToday();
  const rows = await sql.query<BillRow>(
    `SELECT ${BILL_COLUMNS} FROM purchasing_bills
      WHERE company_id = $1
        AND ($2::text IS NULL OR status = $2 OR ($2 = 'open' AND status IN ('posted', 'partially_paid'))
             OR ($2 = 'overdue' AND kind = 'bill' AND status IN ('posted', 'partially_paid') AND due_date < $6::date))
        AND ($3::text IS NULL OR vendor_id = $3)
        AND ($4::text IS NULL OR vendor_invoice_number ILIKE $8 OR vendor_name ILIKE $8 OR id = $4)
        AND ($5::text IS NULL OR id < $5)
      ORDER BY id DESC LIMIT $7`,
    [
      companyId,
      status,
      filter.vendorId ?? null,
      filter.q || null,
      after ? String(after[0]) : null,
      today,
      limit + 1,
      likeContains(filter.q ?? ''),
    ],
  );
  const page = rows.rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => viewOf(r, [], today)),
    nextCursor: rows.rows.length > limit && last ? encodeCursor([last.id]) : null,
  };
}

export interface DuplicateCandidate {
  id: string;
  vendorInvoiceNumber: string;
  issueDate: string;
  total: string;
  status: BillStatus;
  reason: 'same_number' | 'same_amount_and_date';
}

/** Bills of the same vendor with the same number, or the same total on the same issue date (voids excepted). */
export async function findDuplicates(
  sql: Sql,
  companyId: string,
  probe: {
    vendorId: string;
    number: string;
    totalMinor: bigint;
    issueDate: string;
    excludeId?: string | null;
  },
): Promise<DuplicateCandidate[]> {
  const rows = await sql.query<BillRow & { reason: DuplicateCandidate['reason'] }>(
    `SELECT ${BILL_COLUMNS},
            CASE WHEN lower(vendor_invoice_number) = lower($3) THEN 'same_number' ELSE 'same_amount_and_date' END AS reason
       FROM purchasing_bills
      WHERE company_id = $1 AND vendor_id = $2 AND status <> 'void' AND ($6::text IS NULL OR id <> $6)
        AND (lower(vendor_invoice_number) = lower($3) OR (total_minor = $4 AND issue_date = $5::date))
      ORDER BY created_at LIMIT 10`,
    [
      companyId,
      probe.vendorId,
      probe.number,
      String(probe.totalMinor),
      probe.issueDate,
      probe.excludeId ?? null,
    ],
  );
  return rows.rows.map((r) => ({
    id: r.id,
    vendorInvoiceNumber: r.vendor_invoice_number,
    issueDate: r.issue_date,
    total: money(r.total_minor, r.currency),
    status: r.status,
    reason: r.reason,
  }));
}

export interface Computed {
  totals: DocumentTotals;
  selfAssessedMinor: bigint;
  accounts: AccountRow[];
  taxCodes: TaxCodeRow[];
}

/** Checks accounts and tax codes and computes the totals with the tax module's calculator (the only one). */
export async function computeBill(
  sql: Sql,
  companyId: string,
  input: {
    currency: string;
    pricesIncludeTax: boolean;
    reverseChargeRate: string | null;
    lines: BillInput['lines'];
  },
): Promise<Computed> {
  const lines = input.lines.map((l) => ({
    ...l,
    quantity: l.quantity ?? '1',
    description: l.description ?? '',
  }));
  const codes = await getTaxCodes(
    sql,
    companyId,
    lines.map((l) => l.taxCode),
  );
  const accounts: AccountRow[] = [];
  const taxCodes: TaxCodeRow[] = [];
  for (const [i, l] of lines.entries()) {
    const account = await resolveAccount(sql, companyId, l.accountId);
    if (!account)
      throw purchasingText.error(
        'validation',
        'error.lineAccountMissing',
        { accountId: l.accountId, line: i + 1 },
        {
          field: `lines.${i}.accountId`,
        },
      );
    if (account.type !== 'expense' && account.type !== 'asset')
      throw purchasingText.error(
        'validation',
        'error.lineAccountType',
        { code: account.code, name: account.name, type: account.type, line: i + 1 },
        { field: `lines.${i}.accountId` },
      );
    if (!account.active)
      throw purchasingText.error(
        'validation',
        'error.lineAccountInactive',
        { code: account.code, line: i + 1 },
        {
          field: `lines.${i}.accountId`,
        },
      );
    const code = codes.get(l.taxCode);
    if (!code)
      throw purchasingText.error(
        'validation',
        'error.lineTaxCodeMissing',
        { taxCode: l.taxCode, line: i + 1 },
        {
          field: `lines.${i}.taxCode`,
        },
      );
    accounts.push(account);
    taxCodes.push(code);
  }
  const calc = (tax: (i: number) => CalcLine['tax']) =>
    computeDocument(
      lines.map((l, i) => ({ quantity: l.quantity, unitPrice: l.unitPrice, tax: tax(i) })),
      { currency: input.currency, pricesIncludeTax: input.pricesIncludeTax, rounding: 'line' },
    );
  const totals = calc((i) => calcTaxOf(taxCodes[i] as TaxCodeRow));
  let selfAssessedMinor = 0n;
  const reverse = taxCodes.map((t) => t.kind === 'reverse_charge');
  if (reverse.some(Boolean)) {
    if (!input.reverseChargeRate)
      throw purchasingText.error('validation', 'error.reverseChargeRate', {}, { field: 'reverseChargeRate' });
    parseDecimal(input.reverseChargeRate, RATE_SCALE, 'reverseChargeRate');
    // The calculator works out the tax the company owes (and deducts) on the reverse-charge lines.
    const self = calc((i) =>
      reverse[i]
        ? { code: 'RC', rate: input.reverseChargeRate as string, category: 'S' }
        : { code: 'none', rate: '0', category: 'Z' },
    );
    selfAssessedMinor = self.lines.reduce((s, l, i) => (reverse[i] ? s + l.taxMinor : s), 0n);
  }
  return { totals, selfAssessedMinor, accounts, taxCodes };
}

export interface SaveOptions {
  id?: string | null;
  source?: 'manual' | 'capture' | 'ubl';
  captureId?: string | null;
}

/**
 * Creates a draft bill or replaces one (lines and all). A possible duplicate — same vendor and number, or same
 * vendor, total and date — is refused with the candidates (409 `conflict`, details.reason `possible_duplicate`)
 * unless `confirmDuplicate` is set; nothing is written then.
 */
export async function saveBill(
  tx: Tx,
  ctx: ServiceContext,
  raw: BillInput,
  opts: SaveOptions = {},
): Promise<BillView> {
  const input = BillInput.parse(raw);
  const vendor = await getParty(tx, ctx.companyId, input.vendorId);
  if (!vendor.vendor)
    throw purchasingText.error(
      'validation',
      'error.notVendor',
      { party: vendor.legalName },
      {
        field: 'vendorId',
      },
    );
  const currency = (input.currency ?? vendor.currency).toUpperCase();
  if (!isCurrency(currency))
    throw purchasingText.error('validation', 'error.badCurrency', { currency }, { field: 'currency' });
  if (!isCalendarDay(input.issueDate))
    throw purchasingText.error('validation', 'error.badIssueDate', { issueDate: input.issueDate });
  const dueDate = input.dueDate ?? addDays(input.issueDate, vendor.paymentTermsDays ?? 0);
  if (!isCalendarDay(dueDate))
    throw purchasingText.error('validation', 'error.badDueDate', { dueDate }, { field: 'dueDate' });
  if (dueDate < input.issueDate)
    throw purchasingText.error('validation', 'error.dueBeforeIssue', {}, { field: 'dueDate' });
  let before: BillRow | null = null;
  if (opts.id) {
    before = await getBillRow(tx, ctx.companyId, opts.id, true);
    if (before.status !== 'draft')
      throw purchasingText.error('conflict', 'error.notDraft', {
        status: before.status,
        number: before.vendor_invoice_number,
      });
    if (input.version !== undefined && input.version !== before.version)
      throw purchasingText.error('conflict', 'error.staleVersion');
  }
  const computed = await computeBill(tx, ctx.companyId, {
    currency,
    pricesIncludeTax: input.pricesIncludeTax ?? false,
    reverseChargeRate: input.reverseChargeRate ?? null,
    lines: input.lines,
  });
  const { totals } = computed;
  if (!input.confirmDuplicate) {
    const candidates = await findDuplicates(tx, ctx.companyId, {
      vendorId: vendor.id,
      number: input.vendorInvoiceNumber,
      totalMinor: totals.payableMinor,
      issueDate: input.issueDate,
      excludeId: opts.id ?? null,
    });
    if (candidates.length > 0)
      throw purchasingText.error(
        'conflict',
        'error.possibleDuplicate',
        {
          candidates: candidates
            .map((c) => `${c.vendorInvoiceNumber} (${c.issueDate}, ${c.total})`)
            .join(', '),
        },
        { reason: 'possible_duplicate', candidates },
      );
  }
  let payableAccountId = input.payableAccountId ?? before?.payable_account_id ?? null;
  if (payableAccountId) {
    const acc = await resolveAccount(tx, ctx.companyId, payableAccountId);
    if (acc?.type !== 'liability')
      throw purchasingText.error(
        'validation',
        'error.payableNotLiability',
        { payableAccountId },
        {
          field: 'payableAccountId',
        },
      );
    payableAccountId = acc.id;
  }
  const id = opts.id ?? newId('bill');
  const args = [
    ctx.companyId,
    id,
    vendor.id,
    vendor.legalName,
    vendor.vatId,
    input.vendorInvoiceNumber,
    input.issueDate,
    dueDate,
    currency,
    input.pricesIncludeTax ?? false,
    String(totals.taxExclusiveMinor),
    String(totals.taxMinor),
    String(totals.payableMinor),
    input.paymentReference ?? null,
    payableAccountId,
    input.reverseChargeRate ?? null,
    String(computed.selfAssessedMinor),
    input.notes ?? '',
  ];
  if (before) {
    await tx.query(
      `UPDATE purchasing_bills SET vendor_id = $3, vendor_name = $4, vendor_vat_id = $5, vendor_invoice_number = $6,
              issue_date = $7, due_date = $8, currency = $9, prices_include_tax = $10, net_minor = $11, tax_minor = $12,
              total_minor = $13, payment_reference = $14, payable_account_id = $15, reverse_charge_rate = $16,
              self_assessed_minor = $17, notes = $18, updated_at = now(), version = version + 1
        WHERE company_id = $1 AND id = $2`,
      args,
    );
    await tx.query('DELETE FROM purchasing_bill_lines WHERE company_id = $1 AND bill_id = $2', [
      ctx.companyId,
      id,
    ]);
  } else {
    await tx.query(
      `INSERT INTO purchasing_bills (company_id, id, vendor_id, vendor_name, vendor_vat_id, vendor_invoice_number,
              issue_date, due_date, currency, prices_include_tax, net_minor, tax_minor, total_minor, payment_reference,
              payable_account_id, reverse_charge_rate, self_assessed_minor, notes, source, capture_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)`,
      [...args, opts.source ?? 'manual', opts.captureId ?? null, ctx.actor.userId],
    );
  }
  const lines = input.lines;
  await tx.query(
    `INSERT INTO purchasing_bill_lines (company_id, id, bill_id, line_no, description, account_id, tax_code_id,
            quantity, unit_price, net_minor, tax_minor, gross_minor, tax_rate, tax_category)
     SELECT $1, x.id, $2, x.no, x.description, x.account, x.tax_code, x.qty, x.price, x.net, x.tax, x.gross, x.rate, x.cat
       FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::bigint[],
                   $11::bigint[], $12::bigint[], $13::text[], $14::text[])
            AS x(id, no, description, account, tax_code, qty, price, net, tax, gross, rate, cat)`,
    [
      ctx.companyId,
      id,
      lines.map(() => newId('billLine')),
      lines.map((_, i) => i + 1),
      lines.map((l) => l.description ?? ''),
      computed.accounts.map((a) => a.id),
      computed.taxCodes.map((t) => t.id),
      lines.map((l) => l.quantity ?? '1'),
      lines.map((l) => l.unitPrice),
      totals.lines.map((l) => String(l.netMinor)),
      totals.lines.map((l) => String(l.taxMinor)),
      totals.lines.map((l) => String(l.grossMinor)),
      totals.lines.map((l) => l.rate),
      totals.lines.map((l) => l.category),
    ],
  );
  const first = computed.accounts[0];
  const firstTax = computed.taxCodes[0];
  if (first && firstTax) await remember(tx, ctx.companyId, vendor.id, first.id, firstTax.id);
  const after = await getBill(tx, ctx.companyId, id);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'purchasing_bill',
    entityId: id,
    action: before ? 'update' : 'create',
    before: before
      ? { total: money(before.total_minor, before.currency), number: before.vendor_invoice_number }
      : null,
    after: {
      vendorId: vendor.id,
      number: after.vendorInvoiceNumber,
      issueDate: after.issueDate,
      dueDate: after.dueDate,
      total: after.total,
      currency,
      lines: lines.length,
    },
    meta: input.confirmDuplicate ? { confirmedDuplicate: true } : undefined,
  });
  return after;
}
