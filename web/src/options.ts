// Option lists built from Intl, labelled in the user's language.
import type { Locale } from './types';

export function currencyOptions(locale: Locale): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'currency' });
  return Intl.supportedValuesOf('currency').map((code) => ({
    value: code,
    label: `${code} — ${names.of(code) ?? code}`,
  }));
}

/** Countries a company can say it is in (onboarding seeds its chart, tax codes and invoice wording for it). */
const COUNTRIES = ['US', 'CZ', 'ES', 'DE', 'AT', 'SK', 'PL', 'FR', 'IT', 'NL', 'BE', 'IE', 'PT', 'GB', 'CA'];

export function countryOptions(locale: Locale, none: string): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return [
    { value: '', label: none },
    ...COUNTRIES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
      a.label.localeCompare(b.label, locale),
    ),
  ];
}

export function timeZoneOptions(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function monthOptions(locale: Locale): { value: string; label: string }[] {
  const fmt = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: fmt.format(new Date(Date.UTC(2000, i, 1))),
  }));
}

export function defaultCurrency(locale: Locale): string {
  return locale === 'cs' ? 'CZK' : 'EUR';
}
