import { Card, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useFormat, useT } from '../../i18n';
import { Money, num } from '../../ui/Money';
import { RegisterLink } from './common';
import { DimensionFilter, type DimSearch, dimQuery } from './dimensions';
import { reportQuery, today, useAccounts } from './ledgerApi';
import { DrillHint, ReportFrame } from './ReportFrame';
import { EmptyReport } from './TrialBalancePage';

const SECTIONS = ['assets', 'liabilities', 'equity'] as const;

export function BalanceSheetPage() {
  const t = useT();
  const f = useFormat();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { asOf?: string } & DimSearch;
  const asOf = search.asOf ?? today();
  const dim = dimQuery(search);
  const query = { asOf, ...dim };
  const report = useQuery(reportQuery('balance-sheet', query));
  // The balance sheet names accounts by code; the chart gives their ids for the drill-down.
  const accounts = useAccounts();
  const idByCode = new Map((accounts.data ?? []).map((a) => [a.code, a.id]));
  const bs = report.data;
  const open = (accountId: string | undefined) =>
    accountId &&
    navigate({
      to: '/ledger/accounts/$accountId/register',
      params: { accountId },
      search: { to: asOf, ...dim },
    });
  return (
    <ReportFrame
      pdf
      title={t('ledger.bs.title')}
      subtitle={t('ledger.report.asOf', { date: f.date(asOf) })}
      dates={[
        {
          name: 'asOf',
          label: t('ledger.report.asOfLabel'),
          value: asOf,
          onChange: (v) =>
            navigate({ to: '/ledger/reports/balance-sheet', search: { ...dim, asOf: v }, replace: true }),
        },
      ]}
      path="/ledger/reports/balance-sheet"
      query={query}
      filter={
        <DimensionFilter
          search={search}
          onChange={(s) =>
            navigate({ to: '/ledger/reports/balance-sheet', search: { asOf, ...s }, replace: true })
          }
        />
      }
      testId="bs"
      error={report.error}
      loading={!bs}
    >
      {bs && (
        <Card withBorder padding={0}>
          <Table highlightOnHover data-testid="balance-sheet" aria-label={t('ledger.bs.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('field.code')}</Table.Th>
                <Table.Th>{t('ledger.field.account')}</Table.Th>
                <Table.Th style={num}>{t('ledger.field.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            {SECTIONS.map((section) => (
              <Fragment key={section}>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th colSpan={3} scope="colgroup" bg="var(--mantine-color-default-hover)">
                      {t(`ledger.bs.${section}`)}
                    </Table.Th>
                  </Table.Tr>
                  {bs.rows
                    .filter((r) => r.section === section)
                    .map((r) => {
                      const id = idByCode.get(r.code);
                      return (
                        <Table.Tr
                          key={`${r.code}-${r.account}`}
                          style={{ cursor: id ? 'pointer' : undefined }}
                          onClick={() => open(id)}
                        >
                          <Table.Td ff="monospace">{r.code}</Table.Td>
                          <Table.Td>
                            {id ? (
                              <RegisterLink accountId={id} search={{ to: asOf, ...dim }}>
                                {r.account}
                              </RegisterLink>
                            ) : (
                              t('ledger.bs.currentEarnings')
                            )}
                          </Table.Td>
                          <Table.Td style={num}>
                            <Money amount={r.amount} currency={bs.currency} />
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  <Table.Tr>
                    <Table.Th colSpan={2}>{t(`ledger.bs.total.${section}`)}</Table.Th>
                    <Table.Th style={num} data-testid={`bs-total-${section}`}>
                      <Money amount={bs[section]} currency={bs.currency} strong />
                    </Table.Th>
                  </Table.Tr>
                </Table.Tbody>
              </Fragment>
            ))}
            {dim.dimension && bs.untagged && !/^-?0(\.0+)?$/.test(bs.untagged) && (
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Td colSpan={2}>
                    <Text size="sm" c="dimmed">
                      {t('ledger.bs.untagged')}
                    </Text>
                  </Table.Td>
                  <Table.Td style={num} data-testid="bs-untagged">
                    <Money amount={bs.untagged} currency={bs.currency} />
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            )}
          </Table>
          {bs.rows.length === 0 && <EmptyReport />}
        </Card>
      )}
      <DrillHint />
    </ReportFrame>
  );
}
