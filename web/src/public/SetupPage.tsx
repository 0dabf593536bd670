import { Button, NativeSelect, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { isLocale, LOCALES, useLocale, useT } from '../i18n';
import {
  browserTimeZone,
  countryOptions,
  currencyOptions,
  defaultCurrency,
  timeZoneOptions,
} from '../options';
import { useResetSession } from '../session';
import { PublicLayout } from './PublicLayout';

export function SetupPage() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const navigate = useNavigate();
  const reset = useResetSession();
  const [form, setForm] = useState({
    setupToken: '',
    companyName: '',
    currency: defaultCurrency(locale),
    country: '',
    locale: locale as string,
    timeZone: browserTimeZone(),
    email: '',
    name: '',
    password: '',
  });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  // Until chosen by hand, the company's language and currency follow the page's language.
  const [touched, setTouched] = useState({ locale: false, currency: false });
  useEffect(() => {
    setForm((f) => ({
      ...f,
      locale: touched.locale ? f.locale : locale,
      currency: touched.currency ? f.currency : defaultCurrency(locale),
    }));
  }, [locale, touched]);
  const currencies = useMemo(() => currencyOptions(locale), [locale]);
  const zones = useMemo(() => timeZoneOptions(), []);
  const countries = useMemo(() => countryOptions(locale, t('setup.countryNone')), [locale, t]);

  const setup = useMutation({
    mutationFn: () =>
      api.post('/setup', {
        ...form,
        country: form.country || undefined,
        setupToken: form.setupToken.trim(),
        email: form.email.trim(),
      }),
    onSuccess: async () => {
      if (isLocale(form.locale)) setLocale(form.locale);
      await reset();
      await navigate({ to: '/' });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setup.mutate();
  };

  return (
    <PublicLayout title={t('setup.title')} subtitle={t('setup.subtitle')} width={640}>
      <form onSubmit={onSubmit} data-testid="setup-form" aria-label={t('setup.title')} noValidate>
        <Stack gap="sm">
          {setup.error && <ErrorAlert error={setup.error} />}
          <TextInput
            label={t('setup.token')}
            description={t('setup.tokenHelp')}
            required
            autoFocus
            autoComplete="off"
            name="setupToken"
            value={form.setupToken}
            onChange={(e) => set('setupToken')(e.currentTarget.value)}
          />
          <TextInput
            label={t('field.companyName')}
            required
            name="companyName"
            value={form.companyName}
            onChange={(e) => set('companyName')(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('field.country')}
            description={t('setup.countryHelp')}
            name="country"
            data={countries}
            value={form.country}
            onChange={(e) => set('country')(e.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label={t('field.baseCurrency')}
              name="currency"
              data={currencies}
              value={form.currency}
              onChange={(e) => {
                setTouched((x) => ({ ...x, currency: true }));
                set('currency')(e.currentTarget.value);
              }}
            />
            <NativeSelect
              label={t('field.locale')}
              name="locale"
              data={LOCALES}
              value={form.locale}
              onChange={(e) => {
                setTouched((x) => ({ ...x, locale: true }));
                set('locale')(e.currentTarget.value);
              }}
            />
            <NativeSelect
              label={t('field.timeZone')}
              name="timeZone"
              data={zones}
              value={form.timeZone}
              onChange={(e) => set('timeZone')(e.currentTarget.value)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('field.yourName')}
              required
              autoComplete="name"
              name="name"
              value={form.name}
              onChange={(e) => set('name')(e.currentTarget.value)}
            />
            <TextInput
              label={t('field.email')}
              type="email"
              required
              autoComplete="username"
              name="email"
              value={form.email}
              onChange={(e) => set('email')(e.currentTarget.value)}
            />
          </SimpleGrid>
          <PasswordInput
            label={t('field.password')}
            description={t('password.rules')}
            required
            autoComplete="new-password"
            name="password"
            value={form.password}
            onChange={(e) => set('password')(e.currentTarget.value)}
          />
          <Button type="submit" loading={setup.isPending} mt="xs" data-testid="setup-submit">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
