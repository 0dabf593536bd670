import { Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { useLocale, useT } from '../../i18n';
import { chartValue, currencyDecimals, reportMinor } from '../../lib/decimal';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { BarChart, LineChart } from '../../ui/charts';
import { monthEnd, reportQuery, useAccounts, useBaseCurrency } from './ledgerApi';

/** The last twelve months, oldest first, ending with the current one. */
function lastMonths(): { year: number; month: number; from: string; to: string }[] {
  const now = new Date();
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(now.getFullYear(), now.getMonth() - 11 + i, 1));
    const year = d.getUTCFullYear();
    const month = d.getUTCMonth() + 1;
    return { year, month, from: `${year}-${String(month).padStart(2, '0')}-01`, to: monthEnd(year, month) };
  });
}

export function DashboardPage() {
  return (
    <RequirePermission anyOf={[PERM.ledgerRead]}>
      <Dashboard />
    </RequirePermission>
  );
}

function Dashboard() {
  const t = useT();
  const { locale } = useLocale();
  const can = useCan();
  const currency = useBaseCurrency();
  const decimals = currencyDecimals(currency);
  const months = lastMonths();
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const labels = months.map((m) => monthFmt.format(new Date(Date.UTC(m.year, m.month - 1, 1))));
  const statements = useQueries({
    queries: months.map((m) => reportQuery('income-statement', { from: m.from, to: m.to })),
  });
  const balances = useQueries({
    queries: months.map((m) => reportQuery('trial-balance', { asOf: m.to })),
  });
  const accounts = useAccounts();
  const cashIds = new Set(
    (accounts.data ?? [])
      .filter((a) => a.type === 'asset' && (a.subtype === 'bank' || a.subtype === 'cash'))
      .map((a) => a.id),
  );
  const value = (amount: string | undefined) => chartValue(reportMinor(amount, decimals), decimals);
  const income = statements.map((s) => value(s.data?.income));
  const expenses = statements.map((s) => -value(s.data?.expenses));
  const cash = balances.map((b) => {
    let sum = 0n;
    for (const r of b.data?.rows ?? [])
      if (cashIds.has(r.accountId)) sum += reportMinor(r.debit, decimals) - reportMinor(r.credit, decimals);
    return chartValue(sum, decimals);
  });
  const ready = statements.every((s) => s.data) && balances.every((b) => b.data) && accounts.data;
  return (
    <>
      <PageTitle
        title={t('ledger.dashboard.title')}
        description={t('ledger.dashboard.subtitle')}
        actions={
          can(PERM.ledgerDraft) && (
            <Button component={Link} to="/ledger/entries/new">
              {t('ledger.entry.new')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder data-testid="chart-income-expense">
          <Title order={2} size="h4" mb="sm">
            {t('ledger.dashboard.incomeVsExpense')}
          </Title>
          {ready ? (
            <BarChart
              title={t('ledger.dashboard.incomeVsExpense')}
              labels={labels}
              currency={currency}
              series={[
                { label: t('ledger.is.income'), color: 'var(--mantine-color-teal-6)', values: income },
                { label: t('ledger.is.expenses'), color: 'var(--mantine-color-orange-6)', values: expenses },
              ]}
            />
          ) : (
            <Text c="dimmed">{t('common.loading')}</Text>
          )}
        </Card>
        <Card withBorder data-testid="chart-cash">
          <Title order={2} size="h4" mb="sm">
            {t('ledger.dashboard.cash')}
          </Title>
          {ready ? (
            <LineChart
              title={t('ledger.dashboard.cash')}
              labels={labels}
              currency={currency}
              series={{
                label: t('ledger.dashboard.cashSeries'),
                color: 'var(--mantine-color-blue-6)',
                values: cash,
              }}
            />
          ) : (
            <Text c="dimmed">{t('common.loading')}</Text>
          )}
        </Card>
      </SimpleGrid>
      <Group mt="md" gap="xs">
        <Button variant="default" component={Link} to="/ledger/journal">
          {t('nav.journal')}
        </Button>
        <Button variant="default" component={Link} to="/ledger/reports/trial-balance">
          {t('nav.trialBalance')}
        </Button>
        <Button variant="default" component={Link} to="/ledger/reports/income-statement">
          {t('nav.incomeStatement')}
        </Button>
      </Group>
    </>
  );
}
