import { Card, NativeSelect, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useFormat, useT } from '../../i18n';
import { Money, num } from '../../ui/Money';
import { DimensionFilter, type DimSearch, dimQuery } from './dimensions';
import { type CashFlow, reportQuery, today } from './ledgerApi';
import { ReportFrame } from './ReportFrame';
import { EmptyReport } from './TrialBalancePage';

const SECTIONS = ['operating', 'investing', 'financing'] as const;

/** Cash-flow statement, direct or indirect, optionally by a tracked dimension. */
export function CashFlowPage() {
  const t = useT();
  const f = useFormat();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { from?: string; to?: string; method?: string } & DimSearch;
  const to = search.to ?? today();
  const from = search.from ?? `${to.slice(0, 4)}-01-01`;
  const method = search.method === 'indirect' ? 'indirect' : 'direct';
  const dim = dimQuery(search);
  const query = { from, to, method, ...dim };
  const report = useQuery(reportQuery('cash-flow', query));
  const cf = report.data;
  const go = (patch: Record<string, string | undefined>) =>
    navigate({
      to: '/ledger/reports/cash-flow',
      search: { from, to, method, ...dim, ...patch },
      replace: true,
    });
  // The server names its computed rows in English; show them in the user's language.
  const label = (r: CashFlow['rows'][number]) =>
    r.code
      ? r.account
      : r.account === 'Net income'
        ? t('ledger.cf.netIncome')
        : r.account === 'Untagged other sides'
          ? t('ledger.cf.untagged')
          : r.account;
  return (
    <ReportFrame
      title={t('ledger.cf.title')}
      subtitle={`${f.date(from)} – ${f.date(to)}`}
      dates={[
        { name: 'from', label: t('common.from'), value: from, onChange: (v) => go({ from: v }) },
        { name: 'to', label: t('common.to'), value: to, onChange: (v) => go({ to: v }) },
      ]}
      path="/ledger/reports/cash-flow"
      query={query}
      filter={
        <>
          <NativeSelect
            mb="md"
            maw={320}
            className="no-print"
            label={t('ledger.cf.method')}
            name="method"
            value={method}
            onChange={(e) => go({ method: e.currentTarget.value })}
            data={[
              { value: 'direct', label: t('ledger.cf.direct') },
              { value: 'indirect', label: t('ledger.cf.indirect') },
            ]}
          />
          <DimensionFilter
            search={search}
            onChange={(s) =>
              navigate({ to: '/ledger/reports/cash-flow', search: { from, to, method, ...s }, replace: true })
            }
          />
        </>
      }
      testId="cf"
      error={report.error}
      loading={!cf}
    >
      {cf && (
        <Card withBorder padding={0}>
          <Table data-testid="cash-flow" aria-label={t('ledger.cf.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('field.code')}</Table.Th>
                <Table.Th>{t('ledger.field.account')}</Table.Th>
                <Table.Th style={num}>{t('ledger.field.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th colSpan={2}>{t('ledger.cf.opening')}</Table.Th>
                <Table.Th style={num} data-testid="cf-opening">
                  <Money amount={cf.opening} currency={cf.currency} strong />
                </Table.Th>
              </Table.Tr>
            </Table.Tbody>
            {SECTIONS.map((section) => (
              <Fragment key={section}>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th colSpan={3} scope="colgroup" bg="var(--mantine-color-default-hover)">
                      {t(`ledger.cf.${section}`)}
                    </Table.Th>
                  </Table.Tr>
                  {cf.rows
                    .filter((r) => r.section === section)
                    .map((r) => (
                      <Table.Tr key={`${r.code}-${r.account}`} data-testid={`cf-row-${r.code || 'computed'}`}>
                        <Table.Td ff="monospace">{r.code}</Table.Td>
                        <Table.Td>{label(r)}</Table.Td>
                        <Table.Td style={num}>
                          <Money amount={r.amount} currency={cf.currency} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  <Table.Tr>
                    <Table.Th colSpan={2}>
                      {t('ledger.cf.total', { section: t(`ledger.cf.${section}`) })}
                    </Table.Th>
                    <Table.Th style={num} data-testid={`cf-total-${section}`}>
                      <Money amount={cf.totals[section]} currency={cf.currency} strong />
                    </Table.Th>
                  </Table.Tr>
                </Table.Tbody>
              </Fragment>
            ))}
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={2}>{t('ledger.cf.closing')}</Table.Th>
                <Table.Th style={num} data-testid="cf-closing">
                  <Money amount={cf.closing} currency={cf.currency} strong />
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
          {cf.rows.length === 2 && <EmptyReport />}
        </Card>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {t('ledger.cf.help')}
      </Text>
    </ReportFrame>
  );
}
