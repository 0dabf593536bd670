import { csvText } from '../../../kernel/csv.ts';
import { isAppError } from '../../../kernel/errors.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Tx } from '../../../platform/db/index.ts';
import { findAccount } from '../../ledger/index.ts';
import type { BankAccountInput, PartyInput } from '../contract.ts';
import { partiesText } from '../i18n.ts';
import { addBankAccount, checkBankAccount } from './bank-accounts.ts';
import { createParty, type PartySummary, updateParty } from './parties.ts';

/**
 * CSV/XLSX import and export of customers and vendors. One row per party; the columns (header names, any order,
 * case-insensitive) are IMPORT_COLUMNS. A row whose code exists updates that party; otherwise it creates one.
 * Bank account numbers can be imported (iban/bic or routing_number/account_number) but are never exported.
 */
export const IMPORT_COLUMNS = [
  'code',
  'legal_name',
  'role',
  'vat_id',
  'tax_id',
  'street',
  'additional',
  'city',
  'postal_code',
  'region',
  'country',
  'email',
  'phone',
  'language',
  'payment_terms_days',
  'currency',
  'credit_limit',
  'revenue_account',
  'expense_account',
  'tax_code',
  'notes',
  'active',
  'contact_name',
  'contact_email',
  'contact_phone',
  'contact_role',
  'iban',
  'bic',
  'routing_number',
  'account_number',
] as const;

/** One example row of the import template (a customer, no bank details), in IMPORT_COLUMNS order. */
const TEMPLATE_EXAMPLE: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>> = {
  code: 'C-0001',
  legal_name: 'Example Customer Ltd',
  role: 'customer',
  street: '1 Main Street',
  city: 'Springfield',
  postal_code: '12345',
  country: 'US',
  email: 'billing@example.com',
  language: 'en',
  payment_terms_days: '30',
  currency: 'USD',
  contact_name: 'Pat Example',
  contact_email: 'pat@example.com',
};

/** The downloadable import template: every column the import reads, and one example row to overwrite. */
export function importTemplateCsv(): string {
  return csvText(IMPORT_COLUMNS, [IMPORT_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c] ?? '')]);
}

/** The field names of the service → the column a user sees in the file. */
const COLUMN_OF: Record<string, string> = {
  legalName: 'legal_name',
  customer: 'role',
  vendor: 'role',
  vatId: 'vat_id',
  taxId: 'tax_id',
  'address.street': 'street',
  'address.additional': 'additional',
  'address.city': 'city',
  'address.postalCode': 'postal_code',
  'address.region': 'region',
  'address.country': 'country',
  paymentTermsDays: 'payment_terms_days',
  creditLimit: 'credit_limit',
  revenueAccountId: 'revenue_account',
  expenseAccountId: 'expense_account',
  taxCodeId: 'tax_code',
  'contacts.0.name': 'contact_name',
  'contacts.0.email': 'contact_email',
  'contacts.0.phone': 'contact_phone',
  'contacts.0.role': 'contact_role',
  iban: 'iban',
  bic: 'bic',
  routingNumber: 'routing_number',
  accountNumber: 'account_number',
};

export interface ImportRowError {
  /** Line in the file (the header is line 1). */
  line: number;
  column: string | null;
  message: string;
}

export interface PartyImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  bankAccounts: number;
  errors: ImportRowError[];
}

const YES = new Set(['1', 'true', 'yes', 'y', 'ano', 'sí', 'si', 'x']);
const NO = new Set(['0', 'false', 'no', 'n', 'ne', '']);

function flag(value: string | undefined, column: string): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return v === '' ? undefined : false;
  throw partiesText.error('validation', 'error.csvYesNo', { column, value }, { field: column });
}

function roles(value: string | undefined): { customer: boolean; vendor: boolean } | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim().toLowerCase();
  const parts = new Set(v.split(/[\s,;+/&]+/).filter(Boolean));
  const customer = parts.has('customer') || parts.has('both');
  const vendor = parts.has('vendor') || parts.has('supplier') || parts.has('both');
  if (!customer && !vendor)
    throw partiesText.error('validation', 'error.csvRole', { value }, { field: 'role' });
  return { customer, vendor };
}

function rowToInput(r: Record<string, string>): { party: PartyInput; bank: BankAccountInput | null } {
  const get = (k: string) => {
    const v = r[k];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const role = roles(r.role);
  const terms = get('payment_terms_days');
  if (terms !== undefined && !/^\d{1,4}$/.test(terms))
    throw partiesText.error(
      'validation',
      'error.csvTerms',
      { terms },
      {
        field: 'payment_terms_days',
      },
    );
  const address = {
    street: get('street'),
    additional: get('additional'),
    city: get('city'),
    postalCode: get('postal_code'),
    region: get('region'),
    country: get('country'),
  };
  const contactName = get('contact_name');
  const party = Object.fromEntries(
    Object.entries({
      code: get('code'),
      legalName: get('legal_name'),
      ...(role ?? {}),
      vatId: get('vat_id'),
      taxId: get('tax_id'),
      address: Object.fromEntries(Object.entries(address).filter(([, v]) => v !== undefined)),
      email: get('email'),
      phone: get('phone'),
      language: get('language')?.toLowerCase(),
      paymentTermsDays: terms === undefined ? undefined : Number.parseInt(terms, 10),
      currency: get('currency'),
      creditLimit: get('credit_limit'),
      revenueAccountId: get('revenue_account'),
      expenseAccountId: get('expense_account'),
      taxCodeId: get('tax_code'),
      notes: get('notes'),
      active: flag(r.active, 'active'),
      contacts: contactName
        ? [
            {
              name: contactName,
              email: get('contact_email') ?? '',
              phone: get('contact_phone') ?? '',
              role: get('contact_role') ?? '',
            },
          ]
        : undefined,
    }).filter(([, v]) => v !== undefined),
  ) as PartyInput;
  const iban = get('iban');
  const account = get('account_number');
  const bank: BankAccountInput | null = iban
    ? { kind: 'iban', iban, bic: get('bic') ?? null }
    : account || get('routing_number')
      ? { kind: 'us', routingNumber: get('routing_number') ?? '', accountNumber: account ?? '' }
      : null;
  return { party, bank };
}

/**
 * Imports the table. Every row is tried under its own savepoint; a dry run (or any error) rolls everything back
 * and reports each bad row with its line and column. Without errors and not a dry run, everything is written
 * (each change audited). With errors and not a dry run: `validation` carrying the same report, nothing written.
 */
export async function importParties(
  tx: Tx,
  ctx: ServiceContext,
  table: readonly Record<string, string>[],
  opts: { dryRun: boolean },
): Promise<PartyImportReport> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`parties.import:${ctx.companyId}`]);
  const report: PartyImportReport = {
    dryRun: opts.dryRun,
    rows: table.length,
    created: 0,
    updated: 0,
    bankAccounts: 0,
    errors: [],
  };
  const seen = new Map<string, number>();
  await tx.query('SAVEPOINT parties_import');
  for (const [i, r] of table.entries()) {
    const line = i + 2;
    await tx.query('SAVEPOINT parties_row');
    try {
      const { party, bank } = rowToInput(r);
      for (const key of ['revenueAccountId', 'expenseAccountId'] as const) {
        const ref = party[key];
        if (ref && !ref.startsWith('acc_')) {
          const account = await findAccount(tx, ctx.companyId, ref);
          if (!account) throw partiesText.error('validation', 'error.csvNoAccount', { ref }, { field: key });
          party[key] = account.id;
        }
      }
      if (bank) checkBankAccount(bank);
      if (party.code) {
        const first = seen.get(party.code);
        if (first)
          throw partiesText.error(
            'validation',
            'error.csvCodeTwice',
            { code: party.code, line: first },
            {
              field: 'code',
            },
          );
        seen.set(party.code, line);
      }
      const existing = party.code
        ? await maybeOne<{ id: string }>(tx, 'SELECT id FROM parties WHERE company_id = $1 AND code = $2', [
            ctx.companyId,
            party.code,
          ])
        : null;
      let id: string;
      if (existing) {
        const { code: _c, ...patch } = party;
        id = (await updateParty(tx, ctx, existing.id, patch)).id;
        report.updated++;
      } else {
        if (party.customer === undefined && party.vendor === undefined)
          throw partiesText.error('validation', 'error.csvRoleMissing', {}, { field: 'role' });
        if (!party.legalName)
          throw partiesText.error('validation', 'error.csvLegalName', {}, { field: 'legalName' });
        id = (await createParty(tx, ctx, party)).id;
        report.created++;
      }
      if (bank) {
        try {
          await tx.query('SAVEPOINT parties_bank');
          await addBankAccount(tx, ctx, id, bank);
          await tx.query('RELEASE SAVEPOINT parties_bank');
          report.bankAccounts++;
        } catch (err) {
          // The same account already on the party is not an error on re-import.
          await tx.query('ROLLBACK TO SAVEPOINT parties_bank');
          if (!(isAppError(err) && err.code === 'conflict')) throw err;
        }
      }
      await tx.query('RELEASE SAVEPOINT parties_row');
    } catch (err) {
      await tx.query('ROLLBACK TO SAVEPOINT parties_row');
      if (!isAppError(err)) throw err;
      const field = (err.details as { field?: string } | null)?.field ?? null;
      report.errors.push({ line, column: field ? (COLUMN_OF[field] ?? field) : null, message: err.message });
    }
  }
  if (opts.dryRun || report.errors.length) {
    await tx.query('ROLLBACK TO SAVEPOINT parties_import');
    if (!opts.dryRun)
      throw partiesText.error(
        'validation',
        'error.importFailed',
        { count: report.errors.length },
        {
          ...report,
          created: 0,
          updated: 0,
          bankAccounts: 0,
        },
      );
  }
  return report;
}

/**
 * Export columns (the same names the import reads; bank numbers never leave). They read no bigint field, so the
 * route can feed them the JSON-ready rows it also answers with.
 */
export const EXPORT_COLUMNS: {
  header: string;
  value: (p: Omit<PartySummary, 'creditLimitMinor'>) => string | number | boolean | null;
}[] = [
  { header: 'code', value: (p) => p.code },
  { header: 'legal_name', value: (p) => p.legalName },
  { header: 'role', value: (p) => (p.customer && p.vendor ? 'both' : p.customer ? 'customer' : 'vendor') },
  { header: 'vat_id', value: (p) => p.vatId },
  { header: 'tax_id', value: (p) => p.taxId },
  { header: 'street', value: (p) => p.address.street },
  { header: 'additional', value: (p) => p.address.additional },
  { header: 'city', value: (p) => p.address.city },
  { header: 'postal_code', value: (p) => p.address.postalCode },
  { header: 'region', value: (p) => p.address.region },
  { header: 'country', value: (p) => p.address.country },
  { header: 'email', value: (p) => p.email },
  { header: 'phone', value: (p) => p.phone },
  { header: 'language', value: (p) => p.language },
  { header: 'payment_terms_days', value: (p) => p.paymentTermsDays },
  { header: 'currency', value: (p) => p.currency },
  { header: 'credit_limit', value: (p) => p.creditLimit },
  { header: 'revenue_account', value: (p) => p.revenueAccountId },
  { header: 'expense_account', value: (p) => p.expenseAccountId },
  { header: 'tax_code', value: (p) => p.taxCodeId },
  { header: 'notes', value: (p) => p.notes },
  { header: 'active', value: (p) => (p.active ? 'yes' : 'no') },
];
