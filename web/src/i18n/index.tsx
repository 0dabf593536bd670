import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Locale } from '../types';
import { cs, en, es, type MessageKey, type Messages } from './dictionaries';
import { formatMessage, type Vars } from './format';

export type { MessageKey } from './dictionaries';

export const LOCALES: { value: Locale; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'cs', label: 'Čeština' },
  { value: 'es', label: 'Español' },
];

const dictionaries: Record<Locale, Messages> = { en, cs, es };
const STORAGE_KEY = 'steward.locale';

export function isLocale(v: unknown): v is Locale {
  return v === 'en' || v === 'cs' || v === 'es';
}

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // storage unavailable
  }
  const nav = (navigator.language || 'en').slice(0, 2);
  return isLocale(nav) ? nav : 'en';
}

export type { Vars } from './format';

interface I18nValue {
  locale: Locale;
  setLocale: (l: Locale) => void;
}

const I18nContext = createContext<I18nValue>({ locale: 'en', setLocale: () => {} });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // storage unavailable
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLocale(): I18nValue {
  return useContext(I18nContext);
}

export interface T {
  (key: MessageKey, vars?: Vars): string;
  /** For keys built at run time (role names, permission names): falls back when missing. */
  dyn: (key: string, fallback: string, vars?: Vars) => string;
}

export function translator(locale: Locale): T {
  const dict = dictionaries[locale];
  // `{name}` and `{count, plural, one {…} few {…} other {…}}` in the language's plural rules (./format.ts).
  const t = ((key: MessageKey, vars?: Vars) => formatMessage(locale, dict[key] ?? en[key] ?? key, vars)) as T;
  t.dyn = (key, fallback, vars) => {
    const text = (dict as Record<string, string>)[key] ?? (en as Record<string, string>)[key];
    return formatMessage(locale, text ?? fallback, vars);
  };
  return t;
}

/** `const t = useT(); t('signIn.title')` */
export function useT(): T {
  const { locale } = useLocale();
  return useMemo(() => translator(locale), [locale]);
}

export interface Formatters {
  number: (n: number, opts?: Intl.NumberFormatOptions) => string;
  percent: (fraction: number) => string;
  /** Money is a decimal string plus currency; never converted through a float when the engine allows. */
  money: (amount: string, currency: string) => string;
  date: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  monthName: (month: number) => string;
}

export function formatters(locale: Locale): Formatters {
  const dateFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const safe = (fmt: Intl.DateTimeFormat, iso: string | null | undefined) => {
    if (!iso) return '—';
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : fmt.format(d);
  };
  return {
    number: (n, opts) => new Intl.NumberFormat(locale, opts).format(n),
    percent: (f) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(f),
    money: (amount, currency) => {
      const fmt = new Intl.NumberFormat(locale, { style: 'currency', currency });
      // Intl accepts decimal strings exactly (ES2023); the cast keeps older lib typings happy.
      return fmt.format(amount as unknown as number);
    },
    date: (iso) => safe(dateFmt, iso),
    dateTime: (iso) => safe(dateTimeFmt, iso),
    monthName: (m) => monthFmt.format(new Date(Date.UTC(2000, m - 1, 1))),
  };
}

export function useFormat(): Formatters {
  const { locale } = useLocale();
  return useMemo(() => formatters(locale), [locale]);
}
