import { Card, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useFormat, useT } from '../../i18n';
import { Money, num } from '../../ui/Money';
import { RegisterLink } from './common';
import { DimensionFilter, type DimSearch, dimQuery } from './dimensions';
import { addDays, daysBetween, monthEnd, reportQuery, today } from './ledgerApi';
import { DrillHint, ReportFrame } from './ReportFrame';
import { EmptyReport } from './TrialBalancePage';

/** The period just before [from, to] of the same number of days. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const prevTo = addDays(from, -1);
  return { from: addDays(prevTo, -daysBetween(from, to)), to: prevTo };
}

/** For whole months [from, to]: the same number of months just before; otherwise the previous period by days. */
export function previousMonths(from: string, to: string): { from: string; to: string } {
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  if (from.slice(8) !== '01' || to !== monthEnd(ty, tm)) return previousPeriod(from, to);
  const months = (ty - fy) * 12 + (tm - fm) + 1;
  const start = new Date(Date.UTC(fy, fm - 1 - months, 1)).toISOString().slice(0, 10);
  return { from: start, to: addDays(from, -1) };
}

export function IncomeStatementPage() {
  const t = useT();
  const f = useFormat();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { from?: string; to?: string } & DimSearch;
  const to = search.to ?? today();
  const from = search.from ?? `${to.slice(0, 4)}-01-01`;
  const dim = dimQuery(search);
  const prev = dim.dimension ? previousMonths(from, to) : previousPeriod(from, to);
  const query = { from, to, ...dim };
  const current = useQuery(reportQuery('income-statement', query));
  const previous = useQuery(reportQuery('income-statement', { ...prev, ...dim }));
  const cur = current.data;
  const before = previous.data;
  const setRange = (patch: { from?: string; to?: string }) =>
    navigate({
      to: '/ledger/reports/income-statement',
      search: { from, to, ...dim, ...patch },
      replace: true,
    });
  const ids = [...new Set([...(cur?.rows ?? []), ...(before?.rows ?? [])].map((r) => r.accountId))];
  const rowsOf = (type: 'income' | 'expense') =>
    ids
      .map((id) => ({
        id,
        now: cur?.rows.find((r) => r.accountId === id),
        prev: before?.rows.find((r) => r.accountId === id),
      }))
      .map((r) => ({ ...r, info: r.now ?? r.prev }))
      .filter((r) => r.info?.type === type)
      .sort((a, b) => (a.info?.code ?? '').localeCompare(b.info?.code ?? ''));
  const period = (a: string, b: string) => `${f.date(a)} – ${f.date(b)}`;
  return (
    <ReportFrame
      pdf
      title={t('ledger.is.title')}
      subtitle={period(from, to)}
      dates={[
        { name: 'from', label: t('common.from'), value: from, onChange: (v) => setRange({ from: v }) },
        { name: 'to', label: t('common.to'), value: to, onChange: (v) => setRange({ to: v }) },
      ]}
      path="/ledger/reports/income-statement"
      query={query}
      filter={
        <DimensionFilter
          search={search}
          onChange={(s) =>
            navigate({ to: '/ledger/reports/income-statement', search: { from, to, ...s }, replace: true })
          }
        />
      }
      testId="is"
      error={current.error ?? previous.error}
      loading={!cur || !before}
    >
      {cur && before && (
        <Card withBorder padding={0}>
          <Table highlightOnHover data-testid="income-statement" aria-label={t('ledger.is.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('field.code')}</Table.Th>
                <Table.Th>{t('ledger.field.account')}</Table.Th>
                <Table.Th style={num}>{period(from, to)}</Table.Th>
                <Table.Th style={num}>
                  {t('ledger.is.previous')}
                  <br />
                  <small>{period(prev.from, prev.to)}</small>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            {(['income', 'expense'] as const).map((type) => (
              <Table.Tbody key={type}>
                <Table.Tr>
                  <Table.Th colSpan={4} scope="colgroup" bg="var(--mantine-color-default-hover)">
                    {t(type === 'income' ? 'ledger.is.income' : 'ledger.is.expenses')}
                  </Table.Th>
                </Table.Tr>
                {rowsOf(type).map((r) => (
                  <Table.Tr
                    key={r.id}
                    style={{ cursor: 'pointer' }}
                    onClick={() =>
                      navigate({
                        to: '/ledger/accounts/$accountId/register',
                        params: { accountId: r.id },
                        search: { from, to },
                      })
                    }
                  >
                    <Table.Td ff="monospace">{r.info?.code}</Table.Td>
                    <Table.Td>
                      <RegisterLink accountId={r.id} search={{ from, to }}>
                        {r.info?.account}
                      </RegisterLink>
                    </Table.Td>
                    <Table.Td style={num}>
                      <Money amount={r.now?.amount ?? '0'} currency={cur.currency} />
                    </Table.Td>
                    <Table.Td style={num}>
                      <Money amount={r.prev?.amount ?? '0'} currency={cur.currency} />
                    </Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Th colSpan={2}>
                    {t(type === 'income' ? 'ledger.is.totalIncome' : 'ledger.is.totalExpenses')}
                  </Table.Th>
                  <Table.Th style={num}>
                    <Money
                      amount={type === 'income' ? cur.income : cur.expenses}
                      currency={cur.currency}
                      strong
                    />
                  </Table.Th>
                  <Table.Th style={num}>
                    <Money
                      amount={type === 'income' ? before.income : before.expenses}
                      currency={cur.currency}
                      strong
                    />
                  </Table.Th>
                </Table.Tr>
              </Table.Tbody>
            ))}
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={2}>{t('ledger.is.net')}</Table.Th>
                <Table.Th style={num} data-testid="is-net">
                  <Money amount={cur.net} currency={cur.currency} strong />
                </Table.Th>
                <Table.Th style={num}>
                  <Money amount={before.net} currency={cur.currency} strong />
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
          {ids.length === 0 && <EmptyReport />}
        </Card>
      )}
      <DrillHint />
    </ReportFrame>
  );
}
