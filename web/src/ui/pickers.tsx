// Choices, not codes: pickers that store the code the server expects (ISO 3166 country, ISO 4217 currency, USPS
// state, UN/ECE Rec. 20 unit) and show the reader a name in their language. Search matches the name or the code.
import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useLocale, useT } from '../i18n';
import { COMMON_UNITS, COUNTRY_CODES, US_STATES } from '../lib/codes.gen';
import { currencyOptions } from '../options';
import type { Locale } from '../types';

type PickerProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null | undefined;
  onChange: (code: string) => void;
};

interface Option {
  value: string;
  label: string;
}

/** "Germany (DE)" for each assigned code, sorted by name as the reader's language sorts. */
export function countryOptions(locale: Locale): Option[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` })).sort(
    (a, b) => collator.compare(a.label, b.label),
  );
}

/** A value the list lacks (an old record's code) stays visible and selected instead of vanishing. */
function withValue(options: Option[], value: string | null | undefined, label = (v: string) => v): Option[] {
  return value && !options.some((o) => o.value === value)
    ? [{ value, label: label(value) }, ...options]
    : options;
}

function Picker({ value, onChange, options, ...rest }: PickerProps & { options: Option[] }) {
  const t = useT();
  return (
    <Select
      searchable
      nothingFoundMessage={t('codes.nothingFound')}
      {...rest}
      data={options}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
    />
  );
}

export function CountrySelect({ label, placeholder, ...props }: PickerProps) {
  const t = useT();
  const { locale } = useLocale();
  const options = useMemo(() => countryOptions(locale), [locale]);
  return (
    <Picker
      label={label ?? t('codes.country')}
      placeholder={placeholder ?? t('codes.countryPlaceholder')}
      options={withValue(options, props.value)}
      {...props}
    />
  );
}

export function CurrencySelect({ label, placeholder, ...props }: PickerProps) {
  const t = useT();
  const { locale } = useLocale();
  const options = useMemo(() => currencyOptions(locale), [locale]);
  return (
    <Picker
      label={label ?? t('codes.currency')}
      placeholder={placeholder ?? t('codes.currencyPlaceholder')}
      options={withValue(options, props.value)}
      {...props}
    />
  );
}

export function UsStateSelect({ label, ...props }: PickerProps) {
  const t = useT();
  const options = useMemo(
    () => Object.entries(US_STATES).map(([code, name]) => ({ value: code, label: `${name} (${code})` })),
    [],
  );
  return <Picker label={label ?? t('codes.usState')} options={withValue(options, props.value)} {...props} />;
}

/** The reader's name of a unit code ("hour" for HUR), or the code itself when it is not a common one. */
export function unitName(t: ReturnType<typeof useT>, code: string): string {
  return (COMMON_UNITS as readonly string[]).includes(code) ? t.dyn(`unit.${code}`, code) : code;
}

/** The reader's name of a country code ("Germany" for DE), or the code when the browser has no name for it. */
export function countryName(locale: Locale, code: string | null | undefined): string {
  if (!code) return '';
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

/** The common units as options named in the reader's language, keeping a line's other code selectable. */
export function unitOptions(t: ReturnType<typeof useT>, current?: string): Option[] {
  const options: Option[] = COMMON_UNITS.map((code) => ({ value: code, label: t(`unit.${code}`) }));
  return withValue(options, current, (code) => t('codes.unitOther', { code }));
}
