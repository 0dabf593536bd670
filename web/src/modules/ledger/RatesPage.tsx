import { Button, Card, Group, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useLocale, useT } from '../../i18n';
import { parseDecimalInput } from '../../lib/decimal';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { num } from '../../ui/Money';
import { CurrencySelect } from '../../ui/pickers';
import { invalidateLedger, today, useBaseCurrency } from './ledgerApi';

export function RatesPage() {
  return (
    <RequirePermission anyOf={[PERM.ledgerRead]}>
      <Rates />
    </RequirePermission>
  );
}

function Rates() {
  const t = useT();
  const f = useFormat();
  const { locale } = useLocale();
  const can = useCan();
  const base = useBaseCurrency();
  const rates = useQuery({
    queryKey: ['ledger', 'rates'],
    queryFn: async () => (await api.get<ApiResponse<'/ledger/rates'>>('/ledger/rates')).items,
  });
  const showRate = (r: string) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 12 }).format(r as unknown as number);
  return (
    <>
      <PageTitle title={t('ledger.rates.title')} description={t('ledger.rates.subtitle', { base })} />
      {can(PERM.ledgerRatesManage) && <AddRate />}
      {rates.error && <ErrorAlert error={rates.error} />}
      <Card withBorder padding={0} mt="md">
        <Table striped data-testid="rates-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ledger.field.currency')}</Table.Th>
              <Table.Th>{t('ledger.field.date')}</Table.Th>
              <Table.Th style={num}>{t('ledger.rates.rate', { base })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(rates.data ?? []).map((r) => (
              <Table.Tr key={`${r.currency}-${r.date}`}>
                <Table.Td>{r.currency}</Table.Td>
                <Table.Td>{f.date(r.date)}</Table.Td>
                <Table.Td style={num}>{showRate(r.rate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {rates.isSuccess && rates.data.length === 0 && (
          <Text c="dimmed" ta="center" py="lg">
            {t('common.empty')}
          </Text>
        )}
      </Card>
    </>
  );
}

function AddRate() {
  const t = useT();
  const { locale } = useLocale();
  const qc = useQueryClient();
  const [form, setForm] = useState({ currency: '', date: today(), rate: '' });
  const parsed = parseDecimalInput(form.rate, locale);
  const save = useMutation({
    mutationFn: () =>
      api.post('/ledger/rates', { rates: [{ currency: form.currency, date: form.date, rate: parsed }] }),
    onSuccess: async () => {
      await invalidateLedger(qc);
      setForm((x) => ({ ...x, rate: '' }));
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (parsed) save.mutate();
  };
  return (
    <form onSubmit={onSubmit} data-testid="rate-form" aria-label={t('ledger.rates.add')}>
      {save.error && <ErrorAlert error={save.error} />}
      <Group align="flex-start">
        <CurrencySelect
          label={t('ledger.field.currency')}
          name="currency"
          required
          w={260}
          value={form.currency}
          onChange={(currency) => setForm({ ...form, currency })}
        />
        <TextInput
          type="date"
          label={t('ledger.field.date')}
          name="date"
          required
          value={form.date}
          onChange={(e) => setForm({ ...form, date: e.currentTarget.value })}
        />
        <TextInput
          label={t('ledger.rates.rateShort')}
          name="rate"
          required
          inputMode="decimal"
          value={form.rate}
          error={form.rate && !parsed ? t('ledger.form.error.number') : undefined}
          onChange={(e) => setForm({ ...form, rate: e.currentTarget.value })}
        />
        <Button type="submit" mt={25} loading={save.isPending} data-testid="rate-save">
          {t('ledger.rates.add')}
        </Button>
      </Group>
    </form>
  );
}
