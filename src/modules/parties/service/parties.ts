import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { formatMoney, isCurrency, parseMoney } from '../../../kernel/money.ts';
import { decodeCursor, encodeCursor, type Page } from '../../../kernel/pagination.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { likeContains, maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { getAccount } from '../../ledger/index.ts';
import { getCompany } from '../../org/index.ts';
import { getTaxCode } from '../../tax/index.ts';
import { PartyInput, PartyPatch } from '../contract.ts';
import { partiesText } from '../i18n.ts';
import { type BankAccountView, listBankAccounts } from './bank-accounts.ts';

export interface Address {
  street: string;
  additional: string;
  city: string;
  postalCode: string;
  region: string;
  country: string | null;
}

export interface ContactView {
  id: string;
  name: string;
  email: string;
  phone: string;
  role: string;
}

export interface PartyView {
  id: string;
  code: string;
  customer: boolean;
  vendor: boolean;
  legalName: string;
  vatId: string | null;
  taxId: string | null;
  address: Address;
  email: string;
  phone: string;
  language: 'en' | 'cs' | 'es';
  contacts: ContactView[];
  paymentTermsDays: number;
  currency: string;
  revenueAccountId: string | null;
  expenseAccountId: string | null;
  taxCodeId: string | null;
  /** Decimal string in the party's currency; null = no limit. */
  creditLimit: string | null;
  creditLimitMinor: bigint | null;
  notes: string;
  active: boolean;
  /** Masked: kind, bic/routing number, last four characters — never the number. */
  bankAccounts: BankAccountView[];
  createdAt: string;
  updatedAt: string;
}

/** A list row: the party without contacts and bank accounts. */
export type PartySummary = Omit<PartyView, 'contacts' | 'bankAccounts'>;

interface Row {
  id: string;
  code: string;
  is_customer: boolean;
  is_vendor: boolean;
  legal_name: string;
  vat_id: string | null;
  tax_id: string | null;
  street: string;
  additional: string;
  city: string;
  postal_code: string;
  region: string;
  country: string | null;
  email: string;
  phone: string;
  language: 'en' | 'cs' | 'es';
  payment_terms_days: number;
  currency: string;
  revenue_account_id: string | null;
  expense_account_id: string | null;
  tax_code_id: string | null;
  credit_limit_minor: string | null;
  notes: string;
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, code, is_customer, is_vendor, legal_name, vat_id, tax_id, street, additional, city, postal_code,
  region, country, email, phone, language, payment_terms_days, currency, revenue_account_id, expense_account_id,
  tax_code_id, credit_limit_minor::text AS credit_limit_minor, notes, active, created_at, updated_at`;

function summaryOf(r: Row): PartySummary {
  const limit = r.credit_limit_minor === null ? null : BigInt(r.credit_limit_minor);
  return {
    id: r.id,
    code: r.code,
    customer: r.is_customer,
    vendor: r.is_vendor,
    legalName: r.legal_name,
    vatId: r.vat_id,
    taxId: r.tax_id,
    address: {
      street: r.street,
      additional: r.additional,
      city: r.city,
      postalCode: r.postal_code,
      region: r.region,
      country: r.country,
    },
    email: r.email,
    phone: r.phone,
    language: r.language,
    paymentTermsDays: r.payment_terms_days,
    currency: r.currency,
    revenueAccountId: r.revenue_account_id,
    expenseAccountId: r.expense_account_id,
    taxCodeId: r.tax_code_id,
    creditLimit: limit === null ? null : formatMoney({ amount: limit, currency: r.currency }),
    creditLimitMinor: limit,
    notes: r.notes,
    active: r.active,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

async function contactsOf(sql: Sql, companyId: string, partyId: string): Promise<ContactView[]> {
  return (
    await sql.query<ContactView>(
      `SELECT id, name, email, phone, role FROM party_contacts WHERE company_id = $1 AND party_id = $2
        ORDER BY position, id`,
      [companyId, partyId],
    )
  ).rows;
}

export async function getParty(sql: Sql, companyId: string, id: string): Promise<PartyView> {
  const row = await maybeOne<Row>(sql, `SELECT ${COLUMNS} FROM parties WHERE company_id = $1 AND id = $2`, [
    companyId,
    id,
  ]);
  if (!row) throw notFound('Customer or vendor', id);
  const [contacts, bankAccounts] = await Promise.all([
    contactsOf(sql, companyId, id),
    listBankAccounts(sql, companyId, id),
  ]);
  return { ...summaryOf(row), contacts, bankAccounts };
}

export interface PartyListFilter {
  role?: 'customer' | 'vendor' | undefined;
  q?: string | undefined;
  /** Default: active only; 'all' for both. */
  active?: 'true' | 'false' | 'all' | undefined;
  country?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** Ordered by legal name (case-insensitive), then id; keyset cursor. */
export async function listParties(
  sql: Sql,
  companyId: string,
  filter: PartyListFilter = {},
): Promise<Page<PartySummary>> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 1000);
  const where = ['company_id = $1'];
  const args: unknown[] = [companyId];
  const add = (clause: string, value: unknown) => {
    args.push(value);
    where.push(clause.replaceAll('?', `$${args.length}`));
  };
  if (filter.role === 'customer') where.push('is_customer');
  if (filter.role === 'vendor') where.push('is_vendor');
  const active = filter.active ?? 'true';
  if (active !== 'all') add('active = ?', active === 'true');
  if (filter.country) add('country = ?', filter.country.toUpperCase());
  if (filter.q) {
    const like = likeContains(filter.q);
    add('(legal_name ILIKE ? OR code ILIKE ? OR vat_id ILIKE ? OR email ILIKE ?)', like);
  }
  if (filter.cursor) {
    const [name, id] = decodeCursor(filter.cursor);
    if (typeof name !== 'string' || typeof id !== 'string')
      throw partiesText.error('validation', 'error.badCursor');
    args.push(name, id);
    where.push(`(lower(legal_name), id) > ($${args.length - 1}, $${args.length})`);
  }
  args.push(limit + 1);
  const rows = (
    await sql.query<Row & { sort_name: string }>(
      `SELECT ${COLUMNS}, lower(legal_name) AS sort_name FROM parties WHERE ${where.join(' AND ')}
        ORDER BY lower(legal_name), id LIMIT $${args.length}`,
      args,
    )
  ).rows;
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map(summaryOf),
    nextCursor: more && last ? encodeCursor([last.sort_name, last.id]) : null,
  };
}

/** Exact-ish lookups for matching documents to parties: name (case-insensitive) and/or VAT id (normalised). */
export async function findParties(
  sql: Sql,
  companyId: string,
  by: { name?: string | undefined; vatId?: string | undefined },
): Promise<PartySummary[]> {
  if (!by.name && !by.vatId) return [];
  const args: unknown[] = [companyId];
  const ors: string[] = [];
  if (by.vatId) {
    args.push(normaliseVat(by.vatId));
    ors.push(`regexp_replace(upper(vat_id), '[^A-Z0-9]', '', 'g') = $${args.length}`);
  }
  if (by.name) {
    args.push(by.name.trim().toLowerCase());
    ors.push(`lower(legal_name) = $${args.length}`);
  }
  const rows = (
    await sql.query<Row>(
      `SELECT ${COLUMNS} FROM parties WHERE company_id = $1 AND (${ors.join(' OR ')})
        ORDER BY active DESC, legal_name, id LIMIT 20`,
      args,
    )
  ).rows;
  return rows.map(summaryOf);
}

export function normaliseVat(vat: string): string {
  return vat.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** A tax code id or code, checked through the tax module; returns the id. */
async function checkTaxCode(sql: Sql, companyId: string, ref: string): Promise<string> {
  try {
    return (await getTaxCode(sql, companyId, ref)).id;
  } catch {
    throw partiesText.error(
      'validation',
      'error.noTaxCode',
      { ref },
      {
        field: 'taxCodeId',
      },
    );
  }
}

async function checkAccount(
  sql: Sql,
  companyId: string,
  id: string,
  field: string,
  types: readonly string[],
): Promise<void> {
  let account: Awaited<ReturnType<typeof getAccount>>;
  try {
    account = await getAccount(sql, companyId, id);
  } catch {
    throw partiesText.error('validation', 'error.noAccount', { id }, { field });
  }
  if (!types.includes(account.type))
    throw partiesText.error(
      'validation',
      'error.wrongAccountType',
      { code: account.code, name: account.name, type: account.type, field, types: types.join(' or ') },
      { field },
    );
}

type Normalised = ReturnType<typeof PartyInput.parse>;

function parseInput<T>(
  schema: {
    safeParse: (v: unknown) => {
      success: boolean;
      data?: T;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  input: unknown,
): T {
  const r = schema.safeParse(input);
  if (!r.success) {
    const issue = r.error?.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    throw partiesText.error(
      'validation',
      'error.invalidField',
      { field: field || 'input', problem: issue?.message ?? 'is not valid' },
      { field },
    );
  }
  return r.data as T;
}

/** Checks the cross-field rules and references; returns the credit limit in minor units. */
async function check(
  sql: Sql,
  companyId: string,
  p: Normalised & { currency: string },
): Promise<bigint | null> {
  if (!p.customer && !p.vendor)
    throw partiesText.error('validation', 'error.noRole', {}, { field: 'customer' });
  if (!isCurrency(p.currency))
    throw partiesText.error(
      'validation',
      'error.unknownCurrencyIso',
      { currency: p.currency },
      {
        field: 'currency',
      },
    );
  if (p.revenueAccountId)
    await checkAccount(sql, companyId, p.revenueAccountId, 'revenueAccountId', ['income']);
  if (p.expenseAccountId)
    await checkAccount(sql, companyId, p.expenseAccountId, 'expenseAccountId', ['expense', 'asset']);
  if (p.taxCodeId) p.taxCodeId = await checkTaxCode(sql, companyId, p.taxCodeId);
  if (p.creditLimit === null || p.creditLimit === undefined || p.creditLimit === '') return null;
  let amount: bigint;
  try {
    amount = parseMoney(p.creditLimit, p.currency).amount;
  } catch (err) {
    throw partiesText.error(
      'validation',
      'error.creditLimitInvalid',
      { problem: (err as Error).message },
      { field: 'creditLimit' },
    );
  }
  if (amount < 0n)
    throw partiesText.error('validation', 'error.creditLimitNegative', {}, { field: 'creditLimit' });
  return amount;
}

function rowValues(p: Normalised & { currency: string }, limit: bigint | null): unknown[] {
  const a = p.address ?? {};
  return [
    p.customer ?? false,
    p.vendor ?? false,
    p.legalName,
    p.vatId || null,
    p.taxId || null,
    a.street ?? '',
    a.additional ?? '',
    a.city ?? '',
    a.postalCode ?? '',
    a.region ?? '',
    a.country ?? null,
    p.email ?? '',
    p.phone ?? '',
    p.language ?? 'en',
    p.paymentTermsDays ?? 30,
    p.currency,
    p.revenueAccountId || null,
    p.expenseAccountId || null,
    p.taxCodeId || null,
    limit === null ? null : limit.toString(),
    p.notes ?? '',
    p.active ?? true,
  ];
}

async function writeContacts(tx: Tx, companyId: string, partyId: string, contacts: Normalised['contacts']) {
  await tx.query('DELETE FROM party_contacts WHERE company_id = $1 AND party_id = $2', [companyId, partyId]);
  const list = contacts ?? [];
  if (list.length === 0) return;
  await tx.query(
    `INSERT INTO party_contacts (company_id, id, party_id, position, name, email, phone, role)
     SELECT $1, i, $2, p, n, e, ph, r FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[])
       AS t(i, p, n, e, ph, r)`,
    [
      companyId,
      partyId,
      list.map(() => newId('partyContact')),
      list.map((_, i) => i),
      list.map((c) => c.name),
      list.map((c) => c.email ?? ''),
      list.map((c) => c.phone ?? ''),
      list.map((c) => c.role ?? ''),
    ],
  );
}

async function nextCode(tx: Tx, companyId: string, p: Normalised): Promise<string> {
  const prefix = p.customer && !p.vendor ? 'C' : !p.customer && p.vendor ? 'V' : 'P';
  const row = await maybeOne<{ n: string }>(
    tx,
    `SELECT (COALESCE(max(substring(code FROM '^${prefix}([0-9]{1,9})$')::bigint), 0) + 1)::text AS n
       FROM parties WHERE company_id = $1`,
    [companyId],
  );
  return `${prefix}${(row?.n ?? '1').padStart(5, '0')}`;
}

/** Creates a customer and/or vendor (contacts included). A taken code is a 409 naming it. */
export async function createParty(tx: Tx, ctx: ServiceContext, input: PartyInput): Promise<PartyView> {
  const p = parseInput<Normalised>(PartyInput, input);
  const currency = p.currency ?? (await getCompany(tx, ctx.companyId)).baseCurrency;
  const full = { ...p, currency };
  const limit = await check(tx, ctx.companyId, full);
  const id = newId('party');
  // Generated codes are numbered under a per-company lock, so two creations at once never draw the same one.
  if (!p.code)
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`parties.code:${ctx.companyId}`]);
  const code = p.code ?? (await nextCode(tx, ctx.companyId, p));
  const inserted = await tx.query(
    `INSERT INTO parties (company_id, id, code, is_customer, is_vendor, legal_name, vat_id, tax_id, street, additional,
       city, postal_code, region, country, email, phone, language, payment_terms_days, currency, revenue_account_id,
       expense_account_id, tax_code_id, credit_limit_minor, notes, active)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
       $23::bigint, $24, $25)
     ON CONFLICT (company_id, code) DO NOTHING`,
    [ctx.companyId, id, code, ...rowValues(full, limit)],
  );
  if (inserted.rowCount !== 1)
    throw partiesText.error(
      'conflict',
      'error.codeTaken',
      { code },
      {
        field: 'code',
      },
    );
  await writeContacts(tx, ctx.companyId, id, p.contacts);
  const view = await getParty(tx, ctx.companyId, id);
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'party',
    entityId: id,
    action: 'create',
    after: auditShape(view),
  });
  return view;
}

function auditShape(v: PartyView): Record<string, unknown> {
  const { bankAccounts: _b, createdAt: _c, updatedAt: _u, creditLimitMinor: _m, ...rest } = v;
  return { ...rest, contacts: v.contacts.map(({ id: _id, ...c }) => c) };
}

/** Changes the given fields; `contacts`, when given, replaces the list. Locks the row (FOR UPDATE). */
export async function updateParty(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  patch: PartyPatch,
): Promise<PartyView> {
  const changes = parseInput<Partial<Normalised>>(PartyPatch, patch);
  const locked = await maybeOne(tx, 'SELECT 1 FROM parties WHERE company_id = $1 AND id = $2 FOR UPDATE', [
    ctx.companyId,
    id,
  ]);
  if (!locked) throw notFound('Customer or vendor', id);
  const before = await getParty(tx, ctx.companyId, id);
  const merged: Normalised & { currency: string } = {
    code: changes.code ?? before.code,
    customer: changes.customer ?? before.customer,
    vendor: changes.vendor ?? before.vendor,
    legalName: changes.legalName ?? before.legalName,
    vatId: changes.vatId !== undefined ? changes.vatId : before.vatId,
    taxId: changes.taxId !== undefined ? changes.taxId : before.taxId,
    address: { ...before.address, ...(changes.address ?? {}) },
    email: changes.email ?? before.email,
    phone: changes.phone ?? before.phone,
    language: changes.language ?? before.language,
    paymentTermsDays: changes.paymentTermsDays ?? before.paymentTermsDays,
    currency: changes.currency ?? before.currency,
    revenueAccountId:
      changes.revenueAccountId !== undefined ? changes.revenueAccountId : before.revenueAccountId,
    expenseAccountId:
      changes.expenseAccountId !== undefined ? changes.expenseAccountId : before.expenseAccountId,
    taxCodeId: changes.taxCodeId !== undefined ? changes.taxCodeId : before.taxCodeId,
    creditLimit: changes.creditLimit !== undefined ? changes.creditLimit : before.creditLimit,
    notes: changes.notes ?? before.notes,
    active: changes.active ?? before.active,
  };
  const limit = await check(tx, ctx.companyId, merged);
  const code = merged.code ?? before.code;
  if (code !== before.code) {
    const taken = await maybeOne(
      tx,
      'SELECT 1 FROM parties WHERE company_id = $1 AND code = $2 AND id <> $3',
      [ctx.companyId, code, id],
    );
    if (taken)
      throw partiesText.error(
        'conflict',
        'error.codeTaken',
        { code },
        {
          field: 'code',
        },
      );
  }
  await tx.query(
    `UPDATE parties SET code = $3, is_customer = $4, is_vendor = $5, legal_name = $6, vat_id = $7, tax_id = $8,
       street = $9, additional = $10, city = $11, postal_code = $12, region = $13, country = $14, email = $15,
       phone = $16, language = $17, payment_terms_days = $18, currency = $19, revenue_account_id = $20,
       expense_account_id = $21, tax_code_id = $22, credit_limit_minor = $23::bigint, notes = $24, active = $25,
       updated_at = now()
     WHERE company_id = $1 AND id = $2`,
    [ctx.companyId, id, code, ...rowValues(merged, limit)],
  );
  if (changes.contacts !== undefined) await writeContacts(tx, ctx.companyId, id, changes.contacts);
  const after = await getParty(tx, ctx.companyId, id);
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'party',
    entityId: id,
    action: 'update',
    before: auditShape(before),
    after: auditShape(after),
  });
  return after;
}
