import { now } from '../../kernel/clock.ts';
import { applyTemplate, ensureFiscalYears, findAccount } from '../../modules/ledger/index.ts';
import type { CompanyRow } from '../../modules/org/index.ts';
import { getSettings, saveSettings } from '../../modules/sales/index.ts';
import { ensureDefaultTaxCodes } from '../../modules/tax/index.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/index.ts';

/**
 * What a company starts with, by country: the chart template, and the chart's receivable and revenue accounts
 * that sales settings point at. A country without its own chart gets the generic one (English, with Czech and
 * Spanish names) and the tax codes of its country where the tax module has them (DE), else generic ones.
 */
interface CountryDefaults {
  template: 'us' | 'cz' | 'es' | 'generic';
  receivable: string;
  revenue: string;
}

const GENERIC: CountryDefaults = { template: 'generic', receivable: '1100', revenue: '4010' };
const BY_COUNTRY: Record<string, CountryDefaults> = {
  US: { template: 'us', receivable: '1100', revenue: '4000' },
  CZ: { template: 'cz', receivable: '311', revenue: '604' },
  ES: { template: 'es', receivable: '430', revenue: '700' },
};

/** A company without a country is placed by its currency where that is unambiguous (USD, CZK). */
const COUNTRY_OF_CURRENCY: Record<string, string> = { USD: 'US', CZK: 'CZ' };

export function countryOf(company: Pick<CompanyRow, 'country' | 'baseCurrency'>): string | null {
  return company.country ?? COUNTRY_OF_CURRENCY[company.baseCurrency] ?? null;
}

export function defaultsFor(country: string | null): CountryDefaults {
  return (country && BY_COUNTRY[country]) || GENERIC;
}

/** The calendar day in the company's time zone (a company in Chicago starts its year on its own 1 January). */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now());
}

/**
 * Seeds a new company, in its creating transaction, so that it can issue its first invoice with no further
 * setup: the chart of accounts for its country, the fiscal year that holds today (with its periods), the
 * country's tax codes on the chart's tax accounts, and sales settings pointing at the chart's receivable and
 * revenue accounts with the company as seller. Each step goes through its module's own service (audited);
 * everything stays editable afterwards (another template, other accounts, other codes).
 */
export async function seedCompany(tx: Tx, ctx: ServiceContext, company: CompanyRow): Promise<void> {
  const country = countryOf(company);
  const defaults = defaultsFor(country);
  await applyTemplate(tx, ctx, defaults.template);
  await ensureFiscalYears(tx, ctx, [todayIn(company.timeZone)]);
  await ensureDefaultTaxCodes(tx, ctx, country ?? 'generic');
  const receivable = await findAccount(tx, ctx.companyId, defaults.receivable);
  const revenue = await findAccount(tx, ctx.companyId, defaults.revenue);
  const { seller } = await getSettings(tx, ctx.companyId);
  await saveSettings(tx, ctx, {
    receivableAccountId: receivable?.id ?? null,
    revenueAccountId: revenue?.id ?? null,
    seller: { ...seller, name: company.legalName, ...(country ? { country } : {}) },
  });
}
