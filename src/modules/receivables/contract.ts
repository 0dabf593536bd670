import { z } from '@hono/zod-openapi';
import { PartyContract } from '../parties/index.ts';

/**
 * Requests and responses of the receivables routes. Amounts come twice: `…Minor` as integer minor units in a
 * decimal string (JSON has no bigint) and the formatted decimal beside it.
 */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const Minor = z
  .string()
  .regex(/^-?\d+$/)
  .openapi({ description: 'integer minor units, as a string' });
const Decimal = z.string();

export const AgingQuery = z.object({
  asOf: Day,
  buckets: z.string().max(100).optional(),
  partyId: z.string().max(100).optional(),
  currency: z.string().max(3).optional(),
  format: z.enum(['json', 'csv']).optional(),
});

export const ForecastQuery = z.object({
  asOf: Day,
  weeks: z.coerce.number().int().min(1).max(104).optional(),
  currency: z.string().length(3),
});

export const StatementQuery = z.object({ asOf: Day, format: z.enum(['json', 'pdf']).optional() });
export const StatementEmailInput = z.object({ asOf: Day });
export const DunningQuery = z.object({ asOf: Day, levels: z.string().max(200).optional() });

const Levels = z
  .array(
    z.object({
      level: z.number().int().min(1).max(9),
      minDays: z.number().int().min(1).max(3650),
      fee: z.string().max(40).nullable().optional(),
    }),
  )
  .max(9)
  .optional();

export const DunningInput = z.object({
  asOf: Day,
  levels: Levels,
  partyIds: z.array(z.string().max(100)).max(1000).optional(),
});

const Lang = z.enum(['en', 'cs', 'es']);

const AgingDocument = z
  .object({
    documentId: z.string(),
    kind: z.enum(['invoice', 'credit_note', 'bill', 'vendor_credit']),
    number: z.string(),
    issueDate: Day,
    dueDate: Day,
    daysPastDue: z.number().int(),
    bucket: z.string(),
    openMinor: Minor,
    open: Decimal,
    paymentReference: z.string().nullable(),
  })
  .openapi('AgingDocument');

export const AgingReport = z
  .object({
    side: z.enum(['ar', 'ap']),
    asOf: Day,
    buckets: z.array(
      z.object({
        key: z.string(),
        fromDays: z.number().int().nullable(),
        toDays: z.number().int().nullable(),
      }),
    ),
    rows: z.array(
      z.object({
        partyId: z.string(),
        partyName: z.string(),
        currency: z.string(),
        amountsMinor: z.array(Minor),
        amounts: z.array(Decimal),
        totalMinor: Minor,
        total: Decimal,
        maxDaysPastDue: z.number().int(),
        documents: z.array(AgingDocument),
      }),
    ),
    totals: z.array(
      z.object({
        currency: z.string(),
        amountsMinor: z.array(Minor),
        amounts: z.array(Decimal),
        totalMinor: Minor,
        total: Decimal,
      }),
    ),
  })
  .openapi('AgingReport');

export const CashForecast = z
  .object({
    asOf: Day,
    weeks: z.number().int(),
    currency: z.string(),
    openingMinor: Minor.describe(
      'cash in the bank on asOf: the ledger balances of the bank accounts in this currency',
    ),
    opening: Decimal,
    series: z.array(
      z.object({
        weekStart: Day,
        weekEnd: Day,
        inflowMinor: Minor,
        outflowMinor: Minor,
        netMinor: Minor,
        inflow: Decimal,
        outflow: Decimal,
        net: Decimal,
        cumulative: Decimal,
      }),
    ),
  })
  .openapi('CashForecast');

export const CustomerStatement = z
  .object({
    asOf: Day,
    lang: Lang,
    company: z.object({ name: z.string(), legalName: z.string() }),
    /** The party as the parties module answers it (bank accounts masked). */
    party: PartyContract,
    groups: z.array(
      z.object({
        currency: z.string(),
        documents: z.array(AgingDocument),
        totalMinor: Minor,
        total: Decimal,
        overdueMinor: Minor,
        overdue: Decimal,
      }),
    ),
    payTo: z.array(
      z.object({
        currency: z.string(),
        iban: z.string().nullable(),
        bic: z.string().nullable(),
        accountNumber: z.string().nullable(),
        routingNumber: z.string().nullable(),
      }),
    ),
  })
  .openapi('CustomerStatement');

export const QueuedMail = z.object({ mailId: z.string(), to: z.string() }).openapi('QueuedMail');

export const DunningProposal = z
  .object({
    items: z.array(
      z.object({
        partyId: z.string(),
        partyName: z.string(),
        currency: z.string(),
        level: z.number().int(),
        maxDaysPastDue: z.number().int(),
        overdueMinor: Minor,
        overdue: Decimal,
        fee: Decimal.nullable(),
        documents: z.array(AgingDocument),
        to: z.string().nullable(),
        lang: Lang,
        subject: z.string(),
        body: z.string(),
      }),
    ),
  })
  .openapi('DunningProposal');

export const DunningSent = z
  .object({
    sent: z.array(
      z.object({ partyId: z.string(), level: z.number().int(), to: z.string(), mailId: z.string() }),
    ),
    skipped: z.array(z.object({ partyId: z.string(), reason: z.string() })),
  })
  .openapi('DunningSent');
