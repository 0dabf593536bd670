import { addDays, isCalendarDay } from '../../../kernel/dates.ts';
import { notFound, validation } from '../../../kernel/errors.ts';
import { type AuditInput, recordAuditMany } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';
import { listRates } from '../../ledger/index.ts';
import { getCompany } from '../../org/index.ts';
import { getParty, type PartyView } from '../../parties/index.ts';
import { getTaxCodes } from '../../tax/index.ts';
import { salesText } from '../i18n.ts';
import { type Buyer, breakdownJson, INVOICE_COLUMNS, type InvoiceRow, lineFromRow } from './invoices.ts';
import type { PostingDoc, SalesPorts } from './poster.ts';
import type { StoredLine } from './pricing.ts';
import { applyTotals } from './pricing.ts';
import { formatNumber, getSettings, listSeries, type Seller, takeNumbers } from './series.ts';
import { applySettlement } from './settlements.ts';

export interface IssuedRef {
  id: string;
  kind: 'invoice' | 'credit_note';
  number: string;
  issueDate: string;
  dueDate: string;
  total: bigint;
  ledgerEntryId: string;
}

interface Prepared {
  r: InvoiceRow;
  party: PartyView;
  issueDate: string;
  dueDate: string;
  lines: StoredLine[];
  totals: ReturnType<typeof applyTotals>;
  rate: string | null;
  revenue: Map<string, bigint>;
  tax: Map<string, bigint>;
}

/** The seller as it is at issue: the company's legal name plus the sales settings' seller details. */
async function sellerSnapshot(tx: Tx, companyId: string, seller: Seller): Promise<Seller> {
  if (seller.name) return seller;
  return { ...seller, name: (await getCompany(tx, companyId)).legalName };
}

const today = () => new Date().toISOString().slice(0, 10);

function buyerOf(p: PartyView): Buyer {
  return {
    name: p.legalName,
    vatId: p.vatId,
    taxId: p.taxId,
    address: { ...p.address },
    email: p.email,
    language: p.language,
  };
}

/**
 * Issues drafts (one or many, all or nothing, in the caller's transaction): snapshots the buyer, fixes the
 * exchange rate, takes gapless legal numbers (one counter upsert per series and year, held until commit),
 * and posts AR / revenue / tax through the sales → ledger flow. Credit notes settle their invoice.
 */
async function issueInvoices(
  ports: SalesPorts,
  tx: Tx,
  ctx: ServiceContext,
  ids: readonly string[],
  opts: { issueDate?: string | undefined } = {},
): Promise<IssuedRef[]> {
  if (ids.length === 0) return [];
  if (opts.issueDate && !isCalendarDay(opts.issueDate))
    throw salesText.error('validation', 'error.badDate', { date: opts.issueDate }, { field: 'issueDate' });
  const rows = (
    await tx.query<InvoiceRow & { created_at: Date }>(
      `SELECT ${INVOICE_COLUMNS} FROM sales_invoices WHERE company_id = $1 AND (id = ANY($2)) ORDER BY id FOR UPDATE`,
      [ctx.companyId, [...new Set(ids)]],
    )
  ).rows;
  if (rows.length !== new Set(ids).size) {
    const found = new Set(rows.map((r) => r.id));
    throw notFound(
      'Invoice',
      ids.find((i) => !found.has(i)),
    );
  }
  for (const r of rows)
    if (r.status !== 'draft')
      throw salesText.error(
        'conflict',
        'error.alreadyIssued',
        { id: r.id, number: r.number },
        { number: r.number },
      );
  // Numbers follow creation order.
  rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || (a.id < b.id ? -1 : 1));
  const settings = await getSettings(tx, ctx.companyId);
  if (!settings.receivableAccountId)
    throw salesText.error(
      'validation',
      'error.noReceivableAccount',
      {},
      {
        field: 'receivableAccountId',
      },
    );
  // Lines of every document in one query.
  const lineRows = await tx.query(
    `SELECT invoice_id AS "invoiceId", line_no AS "lineNo", item_id AS "itemId", description, quantity::text AS quantity, unit,
            unit_price::text AS "unitPrice", discount_percent::text AS "discountPercent", discount_amount AS "discountAmount",
            tax_code_id AS "taxCodeId", tax_code AS "taxCode", tax_category AS "taxCategory", tax_rate::text AS "taxRate",
            exemption_reason AS "exemptionReason", exemption_code AS "exemptionCode", revenue_account_id AS "revenueAccountId",
            amount_minor::text AS "amountMinor", discount_minor::text AS "discountMinor", net_minor::text AS "netMinor",
            tax_minor::text AS "taxMinor"
       FROM sales_invoice_lines WHERE company_id = $1 AND invoice_id = ANY($2) ORDER BY invoice_id, line_no`,
    [ctx.companyId, rows.map((r) => r.id)],
  );
  const linesOf = new Map<string, StoredLine[]>();
  for (const raw of lineRows.rows) {
    const { invoiceId, ...rest } = raw as { invoiceId: string } & Parameters<typeof lineFromRow>[0];
    const list = linesOf.get(invoiceId) ?? [];
    list.push(lineFromRow(rest));
    linesOf.set(invoiceId, list);
  }
  const taxCodes = await getTaxCodes(
    tx,
    ctx.companyId,
    lineRows.rows.map((l) => (l as { taxCodeId: string }).taxCodeId),
  );
  const parties = new Map<string, PartyView>();
  for (const pid of new Set(rows.map((r) => r.party_id)))
    parties.set(pid, await getParty(tx, ctx.companyId, pid));
  const rates = new Map<string, { date: string; rate: string }[]>();
  const series = new Map((await listSeries(tx, ctx.companyId)).map((s) => [s.id, s]));

  // Per document: dates, rate, totals, posting.
  const prepared: Prepared[] = [];
  for (const r of rows) {
    const party = parties.get(r.party_id) as PartyView;
    const issueDate = opts.issueDate ?? r.issue_date ?? today();
    const dueDate = r.due_date ?? addDays(issueDate, party.paymentTermsDays ?? settings.paymentTermsDays);
    if (dueDate < issueDate)
      throw salesText.error('validation', 'error.dueBeforeIssue', { dueDate, issueDate });
    const lines = linesOf.get(r.id) ?? [];
    if (lines.length === 0) throw salesText.error('validation', 'error.noLines', { id: r.id });
    const totals = applyTotals(lines, {
      currency: r.currency,
      pricesIncludeTax: r.prices_include_tax,
      rounding: r.rounding,
    });
    if (totals.taxInclusiveMinor <= 0n)
      throw validation(
        r.kind === 'invoice'
          ? 'An invoice total must be above zero; to give money back issue a credit note.'
          : 'A credit note total must be above zero.',
      );
    let rate: string | null = null;
    if (r.currency !== r.base_currency) {
      if (!rates.has(r.currency)) rates.set(r.currency, await listRates(tx, ctx.companyId, r.currency));
      const hit = (rates.get(r.currency) ?? []).find((x) => x.date <= issueDate);
      if (!hit)
        throw salesText.error(
          'validation',
          'error.noRate',
          { currency: r.currency, issueDate },
          { field: 'currency' },
        );
      rate = hit.rate;
    }
    const revenue = new Map<string, bigint>();
    const tax = new Map<string, bigint>();
    for (const l of lines) {
      const acc = l.revenueAccountId ?? party.revenueAccountId ?? settings.revenueAccountId;
      if (!acc) throw salesText.error('validation', 'error.noRevenueAccount');
      revenue.set(acc, (revenue.get(acc) ?? 0n) + l.netMinor);
      if (l.taxMinor !== 0n) {
        const code = taxCodes.get(l.taxCodeId);
        if (!code?.outputAccountId)
          throw salesText.error('validation', 'error.noOutputTaxAccount', { taxCode: l.taxCode });
        tax.set(code.outputAccountId, (tax.get(code.outputAccountId) ?? 0n) + l.taxMinor);
      }
    }
    prepared.push({ r, party, issueDate, dueDate, lines, totals, rate, revenue, tax });
  }

  // Credit notes: within what is left of their invoice.
  for (const p of prepared.filter((x) => x.r.kind === 'credit_note')) {
    const inv = await tx.query<{
      status: string;
      total: string;
      credited: string;
      currency: string;
      number: string;
    }>(
      `SELECT i.status, i.total_minor::text AS total, i.currency, i.number,
              (SELECT COALESCE(sum(c.total_minor), 0) FROM sales_invoices c WHERE c.company_id = i.company_id
                AND c.credited_invoice_id = i.id AND c.status <> 'draft')::text AS credited
         FROM sales_invoices i WHERE i.company_id = $1 AND i.id = $2 FOR UPDATE`,
      [ctx.companyId, p.r.credited_invoice_id],
    );
    const i = inv.rows[0];
    if (!i || i.status === 'draft') throw salesText.error('validation', 'error.creditedNotIssued');
    const left = BigInt(i.total) - BigInt(i.credited);
    if (p.totals.taxInclusiveMinor > left)
      throw salesText.error('validation', 'error.overCredit', {
        number: i.number,
        left,
        total: p.totals.taxInclusiveMinor,
      });
  }

  // Numbers: one counter upsert per series and year.
  const groups = new Map<string, Prepared[]>();
  for (const p of prepared) {
    const key = `${p.r.series_id}|${p.issueDate.slice(0, 4)}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const numbers = new Map<string, { number: string; year: number; seq: bigint }>();
  for (const [key, list] of groups) {
    const s = series.get(key.split('|')[0] as string);
    if (!s) throw notFound('Numbering series', key);
    const year = Number.parseInt(key.split('|')[1] as string, 10);
    const first = await takeNumbers(tx, ctx.companyId, s, year, list.length);
    list.forEach((p, k) => {
      const seq = first + BigInt(k);
      numbers.set(p.r.id, {
        number: formatNumber(s.pattern, year, seq),
        year: s.yearlyReset ? year : 0,
        seq,
      });
    });
  }

  // Post, then write the issued state set-based.
  const docs: PostingDoc[] = prepared.map((p) => ({
    id: p.r.id,
    kind: p.r.kind,
    number: numbers.get(p.r.id)?.number as string,
    issueDate: p.issueDate,
    currency: p.r.currency,
    rate: p.rate,
    partyId: p.r.party_id,
    buyerName: p.party.legalName,
    receivableAccountId: settings.receivableAccountId as string,
    totalMinor: p.totals.taxInclusiveMinor,
    revenue: [...p.revenue]
      .filter(([, v]) => v !== 0n)
      .map(([accountId, amountMinor]) => ({ accountId, amountMinor })),
    tax: [...p.tax]
      .filter(([, v]) => v !== 0n)
      .map(([accountId, amountMinor]) => ({ accountId, amountMinor })),
  }));
  const entryIds = await ports.post(tx, ctx, docs);
  const col = <T>(f: (p: Prepared, i: number) => T) => prepared.map(f);
  await tx.query(
    `UPDATE sales_invoices i SET status = 'issued', number = u.number, number_year = u.year, number_seq = u.seq,
       buyer = u.buyer, issue_date = u.issue_date, due_date = u.due_date, exchange_rate = u.rate,
       payment_reference = u.pref, net_minor = u.net, tax_minor = u.tax, total_minor = u.total, breakdown = u.breakdown,
       receivable_account_id = $2, ledger_entry_id = u.entry, seller = $18::jsonb, issued_at = now(), issued_by = $3,
       version = i.version + 1, updated_at = now()
     FROM unnest($4::text[], $5::text[], $6::int[], $7::bigint[], $8::jsonb[], $9::date[], $10::date[], $11::numeric[],
                 $12::text[], $13::bigint[], $14::bigint[], $15::bigint[], $16::jsonb[], $17::text[])
          AS u(id, number, year, seq, buyer, issue_date, due_date, rate, pref, net, tax, total, breakdown, entry)
     WHERE i.company_id = $1 AND i.id = u.id`,
    [
      ctx.companyId,
      settings.receivableAccountId,
      ctx.actor.label,
      col((p) => p.r.id),
      col((p) => numbers.get(p.r.id)?.number),
      col((p) => numbers.get(p.r.id)?.year),
      col((p) => String(numbers.get(p.r.id)?.seq)),
      col((p) => JSON.stringify(buyerOf(p.party))),
      col((p) => p.issueDate),
      col((p) => p.dueDate),
      col((p) => p.rate),
      col((p) => (numbers.get(p.r.id)?.number ?? '').replace(/\D/g, '').slice(-10) || null),
      col((p) => String(p.totals.taxExclusiveMinor)),
      col((p) => String(p.totals.taxMinor)),
      col((p) => String(p.totals.taxInclusiveMinor)),
      col((p) => breakdownJson(p.totals)),
      col((_, i) => entryIds[i] ?? null),
      JSON.stringify(await sellerSnapshot(tx, ctx.companyId, settings.seller)),
    ],
  );
  // A credit note settles its invoice as far as the invoice is open; the rest stays open (a refund).
  for (const p of prepared.filter((x) => x.r.kind === 'credit_note')) {
    const open = await tx.query<{ open: string }>(
      `SELECT (total_minor - settled_minor)::text AS open FROM sales_invoices WHERE company_id = $1 AND id = $2`,
      [ctx.companyId, p.r.credited_invoice_id],
    );
    const amount = [BigInt(open.rows[0]?.open ?? '0'), p.totals.taxInclusiveMinor].reduce((a, b) =>
      a < b ? a : b,
    );
    if (amount > 0n) {
      const settlementId = `credit:${p.r.id}`;
      await applySettlement(tx, ctx, {
        documentId: p.r.credited_invoice_id as string,
        settlementId,
        amountMinor: amount,
        date: p.issueDate,
      });
      await applySettlement(tx, ctx, {
        documentId: p.r.id,
        settlementId,
        amountMinor: amount,
        date: p.issueDate,
      });
    }
  }
  await recordAuditMany(
    tx,
    prepared.map(
      (p, i): AuditInput => ({
        ...ctx,
        entityType: 'sales_invoice',
        entityId: p.r.id,
        action: 'issue',
        before: { status: 'draft' },
        after: {
          status: 'issued',
          number: numbers.get(p.r.id)?.number,
          issueDate: p.issueDate,
          total: String(p.totals.taxInclusiveMinor),
          ledgerEntryId: entryIds[i] ?? null,
        },
      }),
    ),
  );
  return prepared.map((p, i) => ({
    id: p.r.id,
    kind: p.r.kind,
    number: numbers.get(p.r.id)?.number as string,
    issueDate: p.issueDate,
    dueDate: p.dueDate,
    total: p.totals.taxInclusiveMinor,
    ledgerEntryId: entryIds[i] as string,
  }));
}

/**
 * Issues up to `limit` of the oldest invoice drafts nobody else is issuing right now (`FOR UPDATE SKIP
 * LOCKED`), so several processes can work through a pile of drafts side by side. Returns what it issued;
 * an empty array means no drafts are left.
 */
async function issueNextDrafts(
  ports: SalesPorts,
  tx: Tx,
  ctx: ServiceContext,
  opts: { limit: number; issueDate?: string | undefined },
): Promise<IssuedRef[]> {
  const ids = await tx.query<{ id: string }>(
    `SELECT id FROM sales_invoices WHERE company_id = $1 AND status = 'draft' AND kind = 'invoice'
      ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [ctx.companyId, Math.max(1, Math.min(opts.limit, 10000))],
  );
  return issueInvoices(
    ports,
    tx,
    ctx,
    ids.rows.map((r) => r.id),
    opts,
  );
}

/** Issuing with its ports bound: what the server, the CLI, the demo and the tests call (built in src/compose.ts). */
export interface SalesIssuing {
  issueInvoices(
    tx: Tx,
    ctx: ServiceContext,
    ids: readonly string[],
    opts?: { issueDate?: string | undefined },
  ): Promise<IssuedRef[]>;
  issueNextDrafts(
    tx: Tx,
    ctx: ServiceContext,
    opts: { limit: number; issueDate?: string | undefined },
  ): Promise<IssuedRef[]>;
}

export function salesIssuing(ports: SalesPorts): SalesIssuing {
  return {
    issueInvoices: (tx, ctx, ids, opts) => issueInvoices(ports, tx, ctx, ids, opts),
    issueNextDrafts: (tx, ctx, opts) => issueNextDrafts(ports, tx, ctx, opts),
  };
}
