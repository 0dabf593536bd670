import { z } from '@hono/zod-openapi';
import { isCountryCode } from '../../platform/codes/index.ts';

/** Parties' shapes, shared by routes, CLI, import and web forms. */
const Text = (max: number) => z.string().trim().max(max);
const Country = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO country code such as CZ, ES, DE or US')
  // Two letters are not enough: "GE" is Georgia, not Germany (DE); "UK" is no code at all (GB is).
  .refine(isCountryCode, 'is not an ISO 3166 country code: Germany is DE, the United Kingdom GB, Georgia GE')
  .transform((v) => v.toUpperCase());
const Currency = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO currency code such as EUR')
  .transform((v) => v.toUpperCase());
const Email = z.union([z.literal(''), z.string().trim().email('must be an e-mail address').max(200)]);

export const AddressInput = z.object({
  street: Text(200).optional(),
  additional: Text(200).optional(),
  city: Text(100).optional(),
  postalCode: Text(20).optional(),
  region: Text(100).optional(),
  country: Country.nullable().optional(),
});

export const ContactInput = z.object({
  name: Text(200).min(1),
  email: Email.optional(),
  phone: Text(50).optional(),
  role: Text(100).optional(),
});

export const PartyRole = z.enum(['customer', 'vendor']);

export const PartyInput = z.object({
  code: Text(40).min(1).optional(),
  customer: z.boolean().optional(),
  vendor: z.boolean().optional(),
  legalName: Text(300).min(1),
  vatId: Text(40).nullable().optional(),
  taxId: Text(40).nullable().optional(),
  address: AddressInput.optional(),
  email: Email.optional(),
  phone: Text(50).optional(),
  language: z.enum(['en', 'cs', 'es']).optional(),
  contacts: z.array(ContactInput).max(50).optional(),
  paymentTermsDays: z.number().int().min(0).max(3650).optional(),
  currency: Currency.optional(),
  revenueAccountId: Text(100).nullable().optional(),
  expenseAccountId: Text(100).nullable().optional(),
  taxCodeId: Text(100).nullable().optional(),
  /** Decimal string in the party's currency, e.g. "50000.00"; null = no limit. */
  creditLimit: z.string().trim().max(40).nullable().optional(),
  notes: z.string().max(10000).optional(),
  active: z.boolean().optional(),
});
export type PartyInput = z.input<typeof PartyInput>;

export const PartyPatch = PartyInput.partial();
export type PartyPatch = z.input<typeof PartyPatch>;

export const BankAccountInput = z.object({
  kind: z.enum(['iban', 'us']).optional(),
  label: Text(100).optional(),
  currency: Currency.nullable().optional(),
  iban: Text(50).optional(),
  bic: Text(20).nullable().optional(),
  routingNumber: Text(20).optional(),
  accountNumber: Text(40).optional(),
  accountType: z.enum(['checking', 'savings']).nullable().optional(),
  primary: z.boolean().optional(),
});
export type BankAccountInput = z.input<typeof BankAccountInput>;

export const PartyFilter = z.object({
  role: PartyRole.optional(),
  q: z.string().trim().max(200).optional(),
  active: z.enum(['true', 'false', 'all']).optional(),
  country: z.string().trim().max(2).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(500).optional(),
  format: z.enum(['json', 'csv', 'xlsx']).optional(),
});

export const ImportQuery = z.object({
  dryRun: z.enum(['true', 'false']).optional(),
  format: z.enum(['csv', 'xlsx']).optional(),
});

// ---- answers (service/parties.ts, service/bank-accounts.ts, service/io.ts) ----

export const Address = z
  .object({
    street: z.string(),
    additional: z.string(),
    city: z.string(),
    postalCode: z.string(),
    region: z.string(),
    country: z.string().nullable(),
  })
  .openapi('PartyAddress');

export const Contact = z
  .object({ id: z.string(), name: z.string(), email: z.string(), phone: z.string(), role: z.string() })
  .openapi('PartyContact');

/** Masked: kind, bic/routing number, last four characters — never the number. */
export const BankAccount = z
  .object({
    id: z.string(),
    partyId: z.string(),
    kind: z.enum(['iban', 'us']),
    label: z.string(),
    currency: z.string().nullable(),
    bic: z.string().nullable(),
    routingNumber: z.string().nullable(),
    accountType: z.enum(['checking', 'savings']).nullable(),
    last4: z.string(),
    masked: z.string().openapi({ description: 'e.g. "•••• 3000"' }),
    primary: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('PartyBankAccount');

/** The clear details, answered by the audited reveal. */
export const BankDetails = BankAccount.extend({
  iban: z.string().nullable(),
  accountNumber: z.string().nullable(),
}).openapi('PartyBankDetails');

const partyFields = {
  id: z.string(),
  code: z.string(),
  customer: z.boolean(),
  vendor: z.boolean(),
  legalName: z.string(),
  vatId: z.string().nullable(),
  taxId: z.string().nullable(),
  address: Address,
  email: z.string(),
  phone: z.string(),
  language: z.enum(['en', 'cs', 'es']),
  paymentTermsDays: z.number().int(),
  currency: z.string(),
  revenueAccountId: z.string().nullable(),
  expenseAccountId: z.string().nullable(),
  taxCodeId: z.string().nullable(),
  creditLimit: z
    .string()
    .nullable()
    .openapi({ description: 'Decimal in the party currency; null = no limit' }),
  creditLimitMinor: z
    .string()
    .regex(/^-?\d+$/)
    .nullable()
    .openapi({ description: 'The limit in integer minor units, as a string' }),
  notes: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/** A list row: the party without contacts and bank accounts. */
export const PartySummary = z.object(partyFields).openapi('PartySummary');
export const Party = z
  .object({ ...partyFields, contacts: z.array(Contact), bankAccounts: z.array(BankAccount) })
  .openapi('Party');

export const PartyPage = z
  .object({ items: z.array(PartySummary), nextCursor: z.string().nullable() })
  .openapi('PartyPage');
export const BankAccountList = z.object({ items: z.array(BankAccount) }).openapi('PartyBankAccountList');

export const PartyImportReport = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    bankAccounts: z.number().int(),
    errors: z.array(
      z.object({
        line: z.number().int().openapi({ description: 'Line in the file (the header is line 1)' }),
        column: z.string().nullable(),
        message: z.string(),
      }),
    ),
  })
  .openapi('PartyImportReport');
