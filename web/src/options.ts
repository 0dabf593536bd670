// Option lists built from Intl, labelled in the user's language.
import type { Locale } from './types';

export function currencyOptions(locale: Locale): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'currency' });
  return Intl.supportedValuesOf('currency').map((code) => ({
    value: code,
    label: `${code} — ${names.of(code) ?? code}`,
  }));
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
