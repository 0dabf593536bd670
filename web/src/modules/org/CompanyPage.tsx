import { Alert, Button, Card, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { RoutePending } from '../../components/RouteStates';
import { LOCALES, useLocale, useT } from '../../i18n';
import { monthOptions, timeZoneOptions } from '../../options';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import type { Company } from '../../types';

function CompanyForm({ company, readOnly }: { company: Company; readOnly: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const qc = useQueryClient();
  const [form, setForm] = useState({
    name: company.name,
    legalName: company.legalName ?? '',
    locale: company.locale,
    timeZone: company.timeZone,
    fiscalYearStartMonth: String(company.fiscalYearStartMonth ?? 1),
  });
  const zones = useMemo(() => timeZoneOptions(), []);
  const locales = LOCALES.some((l) => l.value === form.locale)
    ? LOCALES
    : [...LOCALES, { value: form.locale, label: form.locale }];
  const save = useMutation({
    mutationFn: () =>
      api.patch<Company>('/company', {
        name: form.name.trim(),
        legalName: form.legalName.trim() || undefined,
        locale: form.locale,
        timeZone: form.timeZone,
        fiscalYearStartMonth: Number(form.fiscalYearStartMonth),
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['company'] });
      void qc.invalidateQueries({ queryKey: ['me'] });
    },
  });
  useEffect(() => {
    if (save.isSuccess) {
      const id = setTimeout(() => save.reset(), 4000);
      return () => clearTimeout(id);
    }
  }, [save.isSuccess, save.reset]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Card withBorder padding="lg" maw={760}>
      <form onSubmit={onSubmit} data-testid="company-form" aria-label={t('company.title')}>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            {readOnly && (
              <Alert color="gray" role="note">
                {t('company.readOnly')}
              </Alert>
            )}
            {save.error && <ErrorAlert error={save.error} />}
            {save.isSuccess && (
              <Alert color="teal" role="status">
                {t('common.saved')}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('field.companyName')}
                required
                value={form.name}
                onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
              />
              <TextInput
                label={t('field.baseCurrency')}
                description={t('company.currencyFixed')}
                value={company.baseCurrency}
                readOnly
              />
            </SimpleGrid>
            <TextInput
              label={t('field.legalName')}
              value={form.legalName}
              onChange={(e) => setForm({ ...form, legalName: e.currentTarget.value })}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect
                label={t('field.locale')}
                data={locales}
                value={form.locale}
                onChange={(e) => setForm({ ...form, locale: e.currentTarget.value })}
              />
              <NativeSelect
                label={t('field.timeZone')}
                data={zones}
                value={form.timeZone}
                onChange={(e) => setForm({ ...form, timeZone: e.currentTarget.value })}
              />
              <NativeSelect
                label={t('field.fiscalYearStart')}
                data={monthOptions(locale)}
                value={form.fiscalYearStartMonth}
                onChange={(e) => setForm({ ...form, fiscalYearStartMonth: e.currentTarget.value })}
              />
            </SimpleGrid>
            <div hidden={readOnly}>
              <Button type="submit" loading={save.isPending} data-testid="company-save">
                {t('common.save')}
              </Button>
            </div>
          </Stack>
        </fieldset>
      </form>
    </Card>
  );
}

export function CompanyPage() {
  const t = useT();
  const can = useCan();
  const q = useQuery({ queryKey: ['company'], queryFn: () => api.get<Company>('/company') });
  return (
    <RequirePermission anyOf={[PERM.companyRead, PERM.companyManage]}>
      <PageTitle title={t('company.title')} description={t('company.subtitle')} />
      {q.error && <ErrorAlert error={q.error} />}
      {q.isPending && <RoutePending />}
      {q.data && <CompanyForm key={q.data.id} company={q.data} readOnly={!can(PERM.companyManage)} />}
    </RequirePermission>
  );
}
