import { Card, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useFormat, useT } from '../../i18n';
import { Money, num } from '../../ui/Money';
import { RegisterLink } from './common';
import { DimensionFilter, type DimSearch, dimQuery } from './dimensions';
import { reportQuery, today } from './ledgerApi';
import { DrillHint, ReportFrame } from './ReportFrame';

export function TrialBalancePage() {
  const t = useT();
  const f = useFormat();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { asOf?: string } & DimSearch;
  const asOf = search.asOf ?? today();
  const dim = dimQuery(search);
  const query = { asOf, ...dim };
  const report = useQuery(reportQuery('trial-balance', query));
  const tb = report.data;
  const open = (accountId: string) =>
    navigate({
      to: '/ledger/accounts/$accountId/register',
      params: { accountId },
      search: { to: asOf, ...dim },
    });
  return (
    <ReportFrame
      pdf
      title={t('ledger.tb.title')}
      subtitle={t('ledger.report.asOf', { date: f.date(asOf) })}
      dates={[
        {
          name: 'asOf',
          label: t('ledger.report.asOfLabel'),
          value: asOf,
          onChange: (v) =>
            navigate({ to: '/ledger/reports/trial-balance', search: { ...dim, asOf: v }, replace: true }),
        },
      ]}
      path="/ledger/reports/trial-balance"
      query={query}
      filter={
        <DimensionFilter
          search={search}
          onChange={(s) =>
            navigate({ to: '/ledger/reports/trial-balance', search: { asOf, ...s }, replace: true })
          }
        />
      }
      testId="tb"
      error={report.error}
      loading={!tb}
    >
      {tb && (
        <Card withBorder padding={0}>
          <Table highlightOnHover data-testid="trial-balance" aria-label={t('ledger.tb.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('field.code')}</Table.Th>
                <Table.Th>{t('ledger.field.account')}</Table.Th>
                <Table.Th style={num}>{t('ledger.field.debit')}</Table.Th>
                <Table.Th style={num}>{t('ledger.field.credit')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tb.rows.map((r) => (
                <Table.Tr
                  key={r.accountId}
                  style={{ cursor: 'pointer' }}
                  onClick={() => open(r.accountId)}
                  data-testid={`tb-row-${r.code}`}
                >
                  <Table.Td ff="monospace">{r.code}</Table.Td>
                  <Table.Td>
                    <RegisterLink accountId={r.accountId} search={{ to: asOf, ...dim }}>
                      {r.account}
                    </RegisterLink>
                  </Table.Td>
                  <Table.Td style={num}>
                    <Money amount={r.debit} currency={tb.currency} />
                  </Table.Td>
                  <Table.Td style={num}>
                    <Money amount={r.credit} currency={tb.currency} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={2}>{t('ledger.report.total')}</Table.Th>
                <Table.Th style={num} data-testid="tb-total-debit">
                  <Money amount={tb.totalDebit} currency={tb.currency} strong />
                </Table.Th>
                <Table.Th style={num} data-testid="tb-total-credit">
                  <Money amount={tb.totalCredit} currency={tb.currency} strong />
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
          {tb.rows.length === 0 && <EmptyReport />}
        </Card>
      )}
      <DrillHint />
    </ReportFrame>
  );
}

export function EmptyReport() {
  const t = useT();
  return (
    <p style={{ textAlign: 'center', color: 'var(--mantine-color-dimmed)' }}>{t('ledger.report.empty')}</p>
  );
}
