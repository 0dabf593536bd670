import { Alert, Button, Card, Group, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { api, apiUrl, isApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { chartValue, currencyDecimals } from '../../lib/decimal';
import { BarChart } from '../../ui/charts';
import { type AgingReport, bucketLabel, DateField, today } from './common';
import { BucketLimitsEditor, bucketsText } from './ScheduleEditors';

const COLORS = [
  'teal',
  'yellow',
  'orange',
  'red',
  'grape',
  'pink',
  'violet',
  'indigo',
  'blue',
  'cyan',
  'lime',
  'gray',
];

function Aging({ side }: { side: 'ar' | 'ap' }) {
  const t = useT();
  const f = useFormat();
  const [asOf, setAsOf] = useState(today());
  const [buckets, setBuckets] = useState<(number | '')[]>([30, 60, 90]);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [debounced] = useDebouncedValue(buckets, 400);
  const query = { asOf, buckets: bucketsText(debounced) };
  const report = useQuery({
    queryKey: ['aging', side, query],
    queryFn: () => api.get<AgingReport>(`/reports/${side}-aging`, query),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(asOf),
    retry: false,
  });
  const r = report.data;
  const unavailable = side === 'ap' && isApiError(report.error) && report.error.status === 404;
  const first = r?.totals[0];

  return (
    <>
      <PageTitle
        title={t(`aging.${side}.title`)}
        description={t(`aging.${side}.subtitle`)}
        actions={
          <Button
            component="a"
            href={apiUrl(`/reports/${side}-aging`, { ...query, format: 'csv' })}
            download
            variant="default"
            size="sm"
            data-testid="aging-export-csv"
          >
            {t('aging.exportCsv')}
          </Button>
        }
      />
      <Group mb="md" align="flex-start" gap="xl">
        <DateField label={t('aging.asOf')} value={asOf} onChange={setAsOf} />
        <BucketLimitsEditor value={buckets} onChange={setBuckets} />
      </Group>
      {unavailable ? (
        <Alert color="gray">{t('aging.unavailable')}</Alert>
      ) : (
        report.error && <ErrorAlert error={report.error} />
      )}
      {r && first && (
        <Card withBorder mb="md" data-testid="aging-chart">
          <Title order={2} size="h4" mb="sm">
            {t('aging.chart', { currency: first.currency })}
          </Title>
          <BarChart
            title={t('aging.chart', { currency: first.currency })}
            labels={r.buckets.map((b) => bucketLabel(t, b))}
            currency={first.currency}
            series={[
              {
                label: t('aging.open'),
                color: 'var(--mantine-color-orange-6)',
                values: first.amountsMinor.map((m) =>
                  chartValue(BigInt(m), currencyDecimals(first.currency)),
                ),
              },
            ]}
          />
        </Card>
      )}
      {r && r.rows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('aging.empty')}
        </Text>
      )}
      {r && r.rows.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="aging-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('aging.party')}</Table.Th>
                <Table.Th>{t('aging.currency')}</Table.Th>
                {r.buckets.map((b, i) => (
                  <Table.Th key={b.key} ta="right" c={i > 0 ? `${COLORS[i] ?? 'gray'}.8` : undefined}>
                    {bucketLabel(t, b)}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('aging.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.rows.map((row) => {
                const key = `${row.partyId}-${row.currency}`;
                return (
                  <Fragment key={key}>
                    <Table.Tr>
                      <Table.Td>
                        <UnstyledButton
                          onClick={() => setOpen((o) => ({ ...o, [key]: !o[key] }))}
                          aria-expanded={!!open[key]}
                          aria-label={t('aging.showDocuments', { party: row.partyName })}
                          data-testid="aging-party"
                        >
                          {open[key] ? '▾' : '▸'} {row.partyName}
                        </UnstyledButton>
                      </Table.Td>
                      <Table.Td>{row.currency}</Table.Td>
                      {row.amounts.map((a, i) => (
                        <Table.Td key={r.buckets[i]?.key} ta="right" ff="monospace">
                          {a === '0.00' || /^0(\.0+)?$/.test(a) ? '' : f.money(a, row.currency)}
                        </Table.Td>
                      ))}
                      <Table.Td ta="right" ff="monospace" fw={600}>
                        {f.money(row.total, row.currency)}
                      </Table.Td>
                    </Table.Tr>
                    {open[key] && (
                      <Table.Tr>
                        <Table.Td colSpan={r.buckets.length + 3}>
                          <Table withTableBorder data-testid="aging-documents">
                            <Table.Thead>
                              <Table.Tr>
                                <Table.Th>{t('aging.number')}</Table.Th>
                                <Table.Th>{t('aging.issued')}</Table.Th>
                                <Table.Th>{t('aging.due')}</Table.Th>
                                <Table.Th ta="right">{t('aging.daysPastDue')}</Table.Th>
                                <Table.Th ta="right">{t('aging.open')}</Table.Th>
                              </Table.Tr>
                            </Table.Thead>
                            <Table.Tbody>
                              {row.documents.map((d) => (
                                <Table.Tr key={d.documentId}>
                                  <Table.Td ff="monospace">{d.number}</Table.Td>
                                  <Table.Td>{f.date(d.issueDate)}</Table.Td>
                                  <Table.Td>{f.date(d.dueDate)}</Table.Td>
                                  <Table.Td ta="right">{d.daysPastDue > 0 ? d.daysPastDue : ''}</Table.Td>
                                  <Table.Td ta="right" ff="monospace">
                                    {f.money(d.open, row.currency)}
                                  </Table.Td>
                                </Table.Tr>
                              ))}
                            </Table.Tbody>
                          </Table>
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
              {r.totals.map((tot) => (
                <Table.Tr key={`total-${tot.currency}`} fw={700}>
                  <Table.Td>{t('aging.totals')}</Table.Td>
                  <Table.Td>{tot.currency}</Table.Td>
                  {tot.amounts.map((a, i) => (
                    <Table.Td key={r.buckets[i]?.key} ta="right" ff="monospace">
                      {f.money(a, tot.currency)}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" ff="monospace">
                    {f.money(tot.total, tot.currency)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

export function ArAgingPage() {
  return <Aging side="ar" />;
}

export function ApAgingPage() {
  return <Aging side="ap" />;
}
