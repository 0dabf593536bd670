import { daysBetween, todayIso as isoToday } from '../../../kernel/dates.ts';
import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { formatMoney, isCurrency } from '../../../kernel/money.ts';
import { type AuditInput, recordAudit, recordAuditMany } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { getCompany } from '../../org/index.ts';
import { getParty } from '../../parties/index.ts';
import type { TaxCodeRow } from '../../tax/index.ts';
import type { DraftInput } from '../contract.ts';
import { salesText } from '../i18n.ts';
import { checkDraftDates } from './draft-dates.ts';
import { priceLines, type StoredLine } from './pricing.ts';
import { defaultSeries, getSeries, getSettings, type Seller } from './series.ts';

export type DocKind = 'invoice' | 'credit_note';
export type DocStatus = 'draft' | 'issued' | 'partially_paid' | 'paid' | 'credited';

export interface Buyer {
  name: string;
  vatId: string | null;
  taxId: string | null;
  address: {
    street: string;
    additional: string;
    city: string;
    postalCode: string;
    region: string;
    country: string | null;
  };
  email: string;
  language: string;
}

export interface InvoiceLineView {
  lineNo: number;
  itemId: string | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discountPercent: string | null;
  discountAmount: string | null;
  taxCodeId: string;
  taxCode: string;
  taxCategory: string;
  taxRate: string;
  exemptionReason: string | null;
  exemptionCode: string | null;
  revenueAccountId: string | null;
  amount: string;
  discount: string;
  net: string;
  tax: string;
}

export interface InvoiceView {
  id: string;
  kind: DocKind;
  status: DocStatus;
  seriesId: string;
  number: string | null;
  partyId: string;
  customer: string;
  buyer: Buyer | null;
  currency: string;
  baseCurrency: string;
  exchangeRate: string | null;
  issueDate: string | null;
  dueDate: string | null;
  pricesIncludeTax: boolean;
  rounding: 'line' | 'document';
  creditedInvoiceId: string | null;
  buyerReference: string;
  orderReference: string;
  paymentReference: string | null;
  notes: string;
  net: string;
  tax: string;
  total: string;
  paid: string;
  open: string;
  overdue: boolean;
  daysOverdue: number;
  breakdown: {
    category: string;
    rate: string;
    taxable: string;
    tax: string;
    exemptionReason: string | null;
    exemptionCode: string | null;
  }[];
  lines: InvoiceLineView[];
  seller: Seller | null;
  receivableAccountId: string | null;
  ledgerEntryId: string | null;
  issuedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface InvoiceRow {
  id: string;
  kind: DocKind;
  status: DocStatus;
  series_id: string;
  number: string | null;
  party_id: string;
  party_name: string;
  buyer: Buyer | null;
  currency: string;
  base_currency: string;
  exchange_rate: string | null;
  issue_date: string | null;
  due_date: string | null;
  prices_include_tax: boolean;
  rounding: 'line' | 'document';
  credited_invoice_id: string | null;
  buyer_reference: string;
  order_reference: string;
  payment_reference: string | null;
  notes: string;
  net_minor: string;
  tax_minor: string;
  total_minor: string;
  settled_minor: string;
  breakdown: {
    category: string;
    rate: string;
    taxableMinor: string;
    taxMinor: string;
    exemptionReason: string | null;
    exemptionCode: string | null;
  }[];
  seller: Seller | null;
  receivable_account_id: string | null;
  ledger_entry_id: string | null;
  issued_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export const INVOICE_COLUMNS = `id, kind, status, series_id, number, party_id, buyer->>'name' AS party_name, buyer,
  currency, base_currency, exchange_rate::text AS exchange_rate, issue_date, due_date, prices_include_tax, rounding,
  credited_invoice_id, buyer_reference, order_reference, payment_reference, notes, net_minor::text, tax_minor::text,
  total_minor::text, settled_minor::text, breakdown, seller, receivable_account_id, ledger_entry_id, issued_at, created_at,
  updated_at, version`;

const LINE_COLUMNS = `line_no AS "lineNo", item_id AS "itemId", description, quantity::text AS quantity, unit,
  unit_price::text AS "unitPrice", discount_percent::text AS "discountPercent", discount_amount AS "discountAmount",
  tax_code_id AS "taxCodeId", tax_code AS "taxCode", tax_category AS "taxCategory", tax_rate::text AS "taxRate",
  exemption_reason AS "exemptionReason", exemption_code AS "exemptionCode", revenue_account_id AS "revenueAccountId",
  amount_minor::text AS "amountMinor", discount_minor::text AS "discountMinor", net_minor::text AS "netMinor",
  tax_minor::text AS "taxMinor"`;

type LineRow = Omit<StoredLine, 'amountMinor' | 'discountMinor' | 'netMinor' | 'taxMinor'> & {
  amountMinor: string;
  discountMinor: string;
  netMinor: string;
  taxMinor: string;
};

const trimDec = (s: string | null) => (s === null ? null : s.includes('.') ? s.replace(/\.?0+$/, '') : s);

export function lineFromRow(r: LineRow): StoredLine {
  return {
    ...r,
    quantity: trimDec(r.quantity) as string,
    unitPrice: trimDec(r.unitPrice) as string,
    discountPercent: trimDec(r.discountPercent),
    taxRate: trimDec(r.taxRate) as string,
    amountMinor: BigInt(r.amountMinor),
    discountMinor: BigInt(r.discountMinor),
    netMinor: BigInt(r.netMinor),
    taxMinor: BigInt(r.taxMinor),
  };
}

export async function loadLines(sql: Sql, companyId: string, invoiceId: string): Promise<StoredLine[]> {
  const rows = await sql.query<LineRow>(
    `SELECT ${LINE_COLUMNS} FROM sales_invoice_lines WHERE company_id = $1 AND invoice_id = $2 ORDER BY line_no`,
    [companyId, invoiceId],
  );
  return rows.rows.map(lineFromRow);
}

/**
 * Days an issued, unpaid invoice is past its due date on `today` (0 when it is not overdue): the same rule as the
 * list's `status=overdue` filter, so the flag and the filter never disagree.
 */
export function daysOverdue(r: Pick<InvoiceRow, 'kind' | 'status' | 'due_date'>, today: string): number {
  if (r.kind !== 'invoice' || !r.due_date) return 0;
  if (r.status !== 'issued' && r.status !== 'partially_paid') return 0;
  return Math.max(0, daysBetween(r.due_date, today));
}

export function viewOf(r: InvoiceRow, lines: StoredLine[], today = isoToday()): InvoiceView {
  const m = (v: string | bigint) => formatMoney({ amount: BigInt(v), currency: r.currency });
  const late = daysOverdue(r, today);
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    seriesId: r.series_id,
    number: r.number,
    partyId: r.party_id,
    customer: r.party_name,
    buyer: r.buyer,
    currency: r.currency,
    baseCurrency: r.base_currency,
    exchangeRate: trimDec(r.exchange_rate),
    issueDate: r.issue_date,
    dueDate: r.due_date,
    pricesIncludeTax: r.prices_include_tax,
    rounding: r.rounding,
    creditedInvoiceId: r.credited_invoice_id,
    buyerReference: r.buyer_reference,
    orderReference: r.order_reference,
    paymentReference: r.payment_reference,
    notes: r.notes,
    net: m(r.net_minor),
    tax: m(r.tax_minor),
    total: m(r.total_minor),
    paid: m(r.settled_minor),
    open: m(r.status === 'draft' ? r.total_minor : BigInt(r.total_minor) - BigInt(r.settled_minor)),
    overdue: late > 0,
    daysOverdue: late,
    breakdown: r.breakdown.map((b) => ({
      category: b.category,
      rate: b.rate,
      taxable: m(b.taxableMinor),
      tax: m(b.taxMinor),
      exemptionReason: b.exemptionReason,
      exemptionCode: b.exemptionCode,
    })),
    lines: lines.map((l) => ({
      lineNo: l.lineNo,
      itemId: l.itemId,
      description: l.description,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: l.unitPrice,
      discountPercent: l.discountPercent,
      discountAmount: l.discountAmount,
      taxCodeId: l.taxCodeId,
      taxCode: l.taxCode,
      taxCategory: l.taxCategory,
      taxRate: l.taxRate,
      exemptionReason: l.exemptionReason,
      exemptionCode: l.exemptionCode,
      revenueAccountId: l.revenueAccountId,
      amount: m(l.amountMinor),
      discount: m(l.discountMinor),
      net: m(l.netMinor),
      tax: m(l.taxMinor),
    })),
    seller: r.seller,
    receivableAccountId: r.receivable_account_id,
    ledgerEntryId: r.ledger_entry_id,
    issuedAt: r.issued_at ? r.issued_at.toISOString() : null,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export async function getInvoiceRow(
  sql: Sql,
  companyId: string,
  id: string,
  lock = false,
): Promise<InvoiceRow> {
  const row = await maybeOne<InvoiceRow>(
    sql,
    `SELECT ${INVOICE_COLUMNS} FROM sales_invoices WHERE company_id = $1 AND (id = $2 OR number = $2) ${lock ? 'FOR UPDATE' : ''}`,
    [companyId, id],
  );
  if (!row) throw notFound('Invoice', id);
  return row;
}

export async function getInvoice(sql: Sql, companyId: string, id: string): Promise<InvoiceView> {
  const row = await getInvoiceRow(sql, companyId, id);
  if (!row.party_name)
    row.party_name =
      (await getParty(sql, companyId, row.party_id).catch(() => null))?.legalName ?? row.party_id;
  return viewOf(row, await loadLines(sql, companyId, row.id));
}

export async function writeLines(
  tx: Tx,
  companyId: string,
  invoiceId: string,
  lines: StoredLine[],
  replace = true,
): Promise<void> {
  if (replace)
    await tx.query('DELETE FROM sales_invoice_lines WHERE company_id = $1 AND invoice_id = $2', [
      companyId,
      invoiceId,
    ]);
  const col = <K extends keyof StoredLine>(k: K) =>
    lines.map((l) => (typeof l[k] === 'bigint' ? String(l[k]) : l[k]));
  await tx.query(
    `INSERT INTO sales_invoice_lines (company_id, invoice_id, line_no, item_id, description, quantity, unit, unit_price,
       discount_percent, discount_amount, tax_code_id, tax_code, tax_category, tax_rate, exemption_reason, exemption_code,
       revenue_account_id, amount_minor, discount_minor, net_minor, tax_minor)
     SELECT $1, $2, * FROM unnest($3::int[], $4::text[], $5::text[], $6::numeric[], $7::text[], $8::numeric[], $9::numeric[],
       $10::text[], $11::text[], $12::text[], $13::text[], $14::numeric[], $15::text[], $16::text[], $17::text[],
       $18::bigint[], $19::bigint[], $20::bigint[], $21::bigint[])`,
    [
      companyId,
      invoiceId,
      col('lineNo'),
      col('itemId'),
      col('description'),
      col('quantity'),
      col('unit'),
      col('unitPrice'),
      col('discountPercent'),
      col('discountAmount'),
      col('taxCodeId'),
      col('taxCode'),
      col('taxCategory'),
      col('taxRate'),
      col('exemptionReason'),
      col('exemptionCode'),
      col('revenueAccountId'),
      col('amountMinor'),
      col('discountMinor'),
      col('netMinor'),
      col('taxMinor'),
    ],
  );
}

export function breakdownJson(totals: {
  breakdown: {
    category: string;
    rate: string;
    taxableMinor: bigint;
    taxMinor: bigint;
    exemptionReason: string | null;
    exemptionCode: string | null;
  }[];
}) {
  return JSON.stringify(
    totals.breakdown.map((b) => ({
      ...b,
      taxableMinor: String(b.taxableMinor),
      taxMinor: String(b.taxMinor),
    })),
  );
}

/** Read through org, which owns `companies`. */
async function baseCurrencyOf(sql: Sql, companyId: string): Promise<string> {
  return (await getCompany(sql, companyId)).baseCurrency;
}

/** Creates a draft invoice or credit note; totals come from the tax calculator. Drafts have no number. */
/** Lookups shared by the drafts of one bulk call (party, settings, series, base currency, tax codes). */
interface DraftCache {
  parties: Map<string, Awaited<ReturnType<typeof getParty>>>;
  series: Map<string, Awaited<ReturnType<typeof getSeries>>>;
  settings?: Awaited<ReturnType<typeof getSettings>>;
  base?: string;
  taxCodes: Map<string, TaxCodeRow>;
}

const newCache = (): DraftCache => ({ parties: new Map(), series: new Map(), taxCodes: new Map() });

async function insertDraft(
  tx: Tx,
  ctx: ServiceContext,
  input: DraftInput & { creditedInvoiceId?: string | null },
  cache: DraftCache,
): Promise<{
  id: string;
  kind: string;
  partyId: string;
  currency: string;
  totalMinor: bigint;
  lines: number;
}> {
  const kind = input.kind ?? 'invoice';
  if (kind === 'credit_note' && !input.creditedInvoiceId)
    throw salesText.error('validation', 'error.creditNoteFromInvoice', { id: '{id}' });
  let party = cache.parties.get(input.partyId);
  if (!party) {
    party = await getParty(tx, ctx.companyId, input.partyId).catch(() => {
      throw salesText.error(
        'validation',
        'error.noCustomerPick',
        { partyId: input.partyId },
        {
          field: 'partyId',
        },
      );
    });
    cache.parties.set(input.partyId, party);
  }
  if (!party.customer)
    throw salesText.error(
      'validation',
      'error.notCustomer',
      { party: party.legalName },
      {
        field: 'partyId',
      },
    );
  cache.settings ??= await getSettings(tx, ctx.companyId);
  const settings = cache.settings;
  const seriesKey = input.seriesId ?? `default:${kind}`;
  let series = cache.series.get(seriesKey);
  if (!series) {
    series = input.seriesId
      ? await getSeries(tx, ctx.companyId, input.seriesId)
      : await defaultSeries(tx, ctx, kind);
    cache.series.set(seriesKey, series);
  }
  if (series.kind !== kind)
    throw salesText.error(
      'validation',
      'error.seriesKind',
      { code: series.code, kind: series.kind, kind2: kind },
      {
        field: 'seriesId',
      },
    );
  if (!series.active)
    throw salesText.error('validation', 'error.seriesInactive', { code: series.code }, { field: 'seriesId' });
  checkDraftDates(input);
  const currency = (input.currency ?? party.currency).toUpperCase();
  if (!isCurrency(currency))
    throw salesText.error('validation', 'error.unknownCurrency', { currency }, { field: 'currency' });
  const opts = {
    currency,
    pricesIncludeTax: input.pricesIncludeTax ?? settings.pricesIncludeTax,
    rounding: input.rounding ?? series.rounding ?? settings.rounding,
  };
  const { lines, totals } = await priceLines(tx, ctx.companyId, input.lines, opts, cache.taxCodes);
  cache.base ??= await baseCurrencyOf(tx, ctx.companyId);
  const id = newId('salesInvoice');
  await tx.query(
    `INSERT INTO sales_invoices (company_id, id, kind, series_id, party_id, currency, base_currency, issue_date, due_date,
       prices_include_tax, rounding, credited_invoice_id, buyer_reference, order_reference, notes, net_minor, tax_minor,
       total_minor, breakdown, buyer)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, NULL)`,
    [
      ctx.companyId,
      id,
      kind,
      series.id,
      party.id,
      currency,
      cache.base,
      input.issueDate ?? null,
      input.dueDate ?? null,
      opts.pricesIncludeTax,
      opts.rounding,
      input.creditedInvoiceId ?? null,
      input.buyerReference ?? '',
      input.orderReference ?? '',
      input.notes ?? '',
      String(totals.taxExclusiveMinor),
      String(totals.taxMinor),
      String(totals.taxInclusiveMinor),
      breakdownJson(totals),
    ],
  );
  await writeLines(tx, ctx.companyId, id, lines, false);
  return { id, kind, partyId: party.id, currency, totalMinor: totals.taxInclusiveMinor, lines: lines.length };
}

const createdAudit = (ctx: ServiceContext, d: Awaited<ReturnType<typeof insertDraft>>): AuditInput => ({
  ...ctx,
  entityType: 'sales_invoice',
  entityId: d.id,
  action: 'create',
  after: {
    kind: d.kind,
    partyId: d.partyId,
    currency: d.currency,
    total: formatMoney({ amount: d.totalMinor, currency: d.currency }),
    lines: d.lines,
  },
});

/** Creates a draft invoice or credit note; totals come from the tax calculator. Drafts have no number. */
export async function createDraft(
  tx: Tx,
  ctx: ServiceContext,
  input: DraftInput & { creditedInvoiceId?: string | null },
): Promise<InvoiceView> {
  const made = await insertDraft(tx, ctx, input, newCache());
  await recordAudit(tx, createdAudit(ctx, made));
  return getInvoice(tx, ctx.companyId, made.id);
}

/** Many drafts in one transaction, sharing lookups and one audit append (bulk imports, benchmarks). */
export async function createDrafts(
  tx: Tx,
  ctx: ServiceContext,
  inputs: readonly DraftInput[],
): Promise<string[]> {
  const cache = newCache();
  const made = [];
  for (const input of inputs) made.push(await insertDraft(tx, ctx, input, cache));
  await recordAuditMany(
    tx,
    made.map((d) => createdAudit(ctx, d)),
  );
  return made.map((d) => d.id);
}

/** Replaces a draft's header and lines (optimistic: `version` must match when given). */
export async function updateDraft(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  input: DraftInput & { version?: number },
): Promise<InvoiceView> {
  const row = await getInvoiceRow(tx, ctx.companyId, id, true);
  if (row.status !== 'draft')
    throw salesText.error('conflict', 'error.issuedUseCreditNote', { number: row.number });
  if (input.version !== undefined && input.version !== row.version)
    throw salesText.error('conflict', 'error.draftChanged');
  const party = await getParty(tx, ctx.companyId, input.partyId).catch(() => {
    throw salesText.error('validation', 'error.noCustomer', { partyId: input.partyId }, { field: 'partyId' });
  });
  checkDraftDates(input);
  const currency = (input.currency ?? row.currency).toUpperCase();
  if (!isCurrency(currency))
    throw salesText.error('validation', 'error.unknownCurrency', { currency }, { field: 'currency' });
  const opts = {
    currency,
    pricesIncludeTax: input.pricesIncludeTax ?? row.prices_include_tax,
    rounding: input.rounding ?? row.rounding,
  };
  const { lines, totals } = await priceLines(tx, ctx.companyId, input.lines, opts);
  await tx.query(
    `UPDATE sales_invoices SET party_id = $3, currency = $4, issue_date = $5, due_date = $6, prices_include_tax = $7,
       rounding = $8, buyer_reference = $9, order_reference = $10, notes = $11, net_minor = $12, tax_minor = $13,
       total_minor = $14, breakdown = $15, version = version + 1, updated_at = now()
     WHERE company_id = $1 AND id = $2`,
    [
      ctx.companyId,
      row.id,
      party.id,
      currency,
      input.issueDate ?? null,
      input.dueDate ?? null,
      opts.pricesIncludeTax,
      opts.rounding,
      input.buyerReference ?? row.buyer_reference,
      input.orderReference ?? row.order_reference,
      input.notes ?? row.notes,
      String(totals.taxExclusiveMinor),
      String(totals.taxMinor),
      String(totals.taxInclusiveMinor),
      breakdownJson(totals),
    ],
  );
  await writeLines(tx, ctx.companyId, row.id, lines);
  const view = await getInvoice(tx, ctx.companyId, row.id);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'sales_invoice',
    entityId: row.id,
    action: 'update',
    before: { total: viewOf(row, []).total, partyId: row.party_id },
    after: { total: view.total, partyId: view.partyId, lines: lines.length },
  });
  return view;
}

export async function deleteDraft(tx: Tx, ctx: ServiceContext, id: string): Promise<void> {
  const row = await getInvoiceRow(tx, ctx.companyId, id, true);
  if (row.status !== 'draft')
    throw salesText.error('conflict', 'error.issuedNoDelete', { number: row.number });
  await tx.query('DELETE FROM sales_invoices WHERE company_id = $1 AND id = $2', [ctx.companyId, row.id]);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'sales_invoice',
    entityId: row.id,
    action: 'delete',
    before: { total: row.total_minor },
  });
}
