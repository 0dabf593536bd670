import { Card, Group, NumberInput, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api';
import type { Schema } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { chartValue, currencyDecimals } from '../../lib/decimal';
import { useMe } from '../../session';
import { BarChart } from '../../ui/charts';
import { CurrencySelect } from '../../ui/pickers';
import { DateField, today } from './common';

type Forecast = Schema<'CashForecast'>;

export function ForecastPage() {
  const t = useT();
  const f = useFormat();
  const me = useMe();
  const [asOf, setAsOf] = useState(today());
  const [currency, setCurrency] = useState(me.company?.baseCurrency ?? 'EUR');
  const [weeks, setWeeks] = useState<number | string>(13);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf) && /^[A-Za-z]{3}$/.test(currency);
  const query = { asOf, currency: currency.toUpperCase(), weeks: Number(weeks) || 13 };
  const forecast = useQuery({
    queryKey: ['forecast', query],
    queryFn: () => api.get<Forecast>('/reports/cash-forecast', query),
    enabled: valid,
    retry: false,
  });
  const data = forecast.data;
  const decimals = currencyDecimals(query.currency);

  return (
    <>
      <PageTitle title={t('forecast.title')} description={t('forecast.subtitle')} />
      <Group mb="md" align="flex-end" gap="sm">
        <DateField label={t('aging.asOf')} value={asOf} onChange={setAsOf} />
        <CurrencySelect
          label={t('forecast.currency')}
          value={currency}
          onChange={setCurrency}
          w={260}
          data-testid="forecast-currency"
        />
        <NumberInput
          label={t('forecast.weeks')}
          value={weeks}
          onChange={setWeeks}
          min={1}
          max={104}
          w={100}
        />
      </Group>
      {forecast.error && <ErrorAlert error={forecast.error} />}
      {data && (
        <>
          <Card withBorder mb="md" data-testid="forecast-chart">
            <Title order={2} size="h4" mb="sm">
              {t('forecast.chart', { currency: data.currency })}
            </Title>
            <BarChart
              title={t('forecast.chart', { currency: data.currency })}
              labels={data.series.map((w) => w.weekStart.slice(5))}
              currency={data.currency}
              series={[
                {
                  label: t('forecast.in'),
                  color: 'var(--mantine-color-teal-6)',
                  values: data.series.map((w) => chartValue(BigInt(w.inflowMinor), decimals)),
                },
                {
                  label: t('forecast.out'),
                  color: 'var(--mantine-color-red-6)',
                  values: data.series.map((w) => -chartValue(BigInt(w.outflowMinor), decimals)),
                },
              ]}
            />
          </Card>
          <Table striped data-testid="forecast-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('forecast.week')}</Table.Th>
                <Table.Th ta="right">{t('forecast.in')}</Table.Th>
                <Table.Th ta="right">{t('forecast.out')}</Table.Th>
                <Table.Th ta="right">{t('forecast.net')}</Table.Th>
                <Table.Th ta="right">{t('forecast.cumulative')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr data-testid="forecast-opening">
                <Table.Td colSpan={4}>{t('forecast.opening', { date: f.date(data.asOf) })}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {f.money(data.opening, data.currency)}
                </Table.Td>
              </Table.Tr>
              {data.series.map((w) => (
                <Table.Tr key={w.weekStart}>
                  <Table.Td>{f.date(w.weekStart)}</Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {f.money(w.inflow, data.currency)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {f.money(w.outflow, data.currency)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {f.money(w.net, data.currency)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {f.money(w.cumulative, data.currency)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </>
  );
}
