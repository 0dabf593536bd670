import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { api } from '../api';
import type { ApiResponse } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormat, useLocale, useT } from '../i18n';
import { chartValue, currencyDecimals, reportMinor } from '../lib/decimal';
import { BarChart } from '../ui/charts';
import { Money } from '../ui/Money';

type Figures = ApiResponse<'/home'>;

/** The figures of the caller's role (GET /home): each card only when its section came back (not null). */
export function HomeFigures() {
  const t = useT();
  const q = useQuery({ queryKey: ['home'], queryFn: () => api.get<Figures>('/home') });
  if (q.error) return <ErrorAlert error={q.error} />;
  const h = q.data;
  if (!h) return null;
  return (
    <Stack gap="md" mb="md" data-testid="home-figures">
      <Title order={2} size="h3">
        {t('home.figures')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {h.cash && <CashCard cash={h.cash} />}
        {h.receivables && <ReceivablesCard rows={h.receivables} />}
        {h.payables && <PayablesCard rows={h.payables} />}
        {h.approvalsWaiting !== null && (
          <Kpi title={t('home.approvalsWaiting')} testId="kpi-approvals">
            <Big>{h.approvalsWaiting}</Big>
            <Text size="sm" c="dimmed">
              {t('home.approvalsBelow')}
            </Text>
          </Kpi>
        )}
        {h.tasks && <TasksCard tasks={h.tasks} />}
        <DraftsCard drafts={h.drafts} />
      </SimpleGrid>
      {h.incomeExpense && <IncomeExpenseCard data={h.incomeExpense} />}
    </Stack>
  );
}

function Kpi({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" data-testid={testId}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <Stack gap={6}>{children}</Stack>
    </Card>
  );
}

function Big({ children }: { children: ReactNode }) {
  return (
    <Text size="xl" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {children}
    </Text>
  );
}

function Go({ to, search, children }: { to: string; search?: Record<string, string>; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} search={search as never} size="sm">
      {children}
    </Anchor>
  );
}

/** A label and an amount on one line (wraps on a phone rather than overflowing). */
function Line({
  label,
  amount,
  currency,
  testId,
}: {
  label: ReactNode;
  amount: string;
  currency: string;
  testId?: string;
}) {
  return (
    <Group justify="space-between" gap="xs" wrap="wrap" data-testid={testId}>
      <Text size="sm">{label}</Text>
      <Money amount={amount} currency={currency} strong />
    </Group>
  );
}

function CashCard({ cash }: { cash: NonNullable<Figures['cash']> }) {
  const t = useT();
  return (
    <Kpi title={t('home.cash')} testId="kpi-cash">
      {cash.accounts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('home.noBankAccounts')}
        </Text>
      )}
      {cash.accounts.map((a) => (
        <Line
          key={a.bankAccountId}
          label={a.name}
          amount={a.balance}
          currency={a.currency}
          testId="cash-account"
        />
      ))}
      {cash.totals
        .filter((x) => cash.accounts.filter((a) => a.currency === x.currency).length > 1)
        .map((x) => (
          <Line
            key={x.currency}
            label={<strong>{t('home.total')}</strong>}
            amount={x.amount}
            currency={x.currency}
          />
        ))}
      <Go to="/banking">{t('home.openBanking')}</Go>
    </Kpi>
  );
}

/** The red "Overdue (n)" line under a receivables or payables currency, shown only when something is overdue. */
function OverdueLine({
  count,
  amount,
  currency,
  testId,
}: {
  count: number;
  amount: string;
  currency: string;
  testId?: string;
}) {
  const t = useT();
  if (count === 0) return null;
  const label = (
    <Text span c="red.8" size="sm">
      {t('home.overdue', { count: String(count) })}
    </Text>
  );
  return <Line label={label} amount={amount} currency={currency} testId={testId} />;
}

function ReceivablesCard({ rows }: { rows: NonNullable<Figures['receivables']> }) {
  const t = useT();
  return (
    <Kpi title={t('home.receivables')} testId="kpi-receivables">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('home.nothingOwed')}
        </Text>
      )}
      {rows.map((r) => (
        <Stack key={r.currency} gap={2}>
          <Line
            label={t('home.open', { count: String(r.openCount) })}
            amount={r.open}
            currency={r.currency}
          />
          <OverdueLine count={r.overdueCount} amount={r.overdue} currency={r.currency} testId="ar-overdue" />
        </Stack>
      ))}
      <Go to="/sales/invoices" search={{ status: 'overdue' }}>
        {t('home.overdueInvoices')}
      </Go>
    </Kpi>
  );
}

function PayablesCard({ rows }: { rows: NonNullable<Figures['payables']> }) {
  const t = useT();
  return (
    <Kpi title={t('home.payables')} testId="kpi-payables">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('home.nothingDue')}
        </Text>
      )}
      {rows.map((r) => (
        <Stack key={r.currency} gap={2}>
          <Line
            label={t('home.dueThisWeek', { count: String(r.dueThisWeekCount) })}
            amount={r.dueThisWeek}
            currency={r.currency}
          />
          <OverdueLine count={r.overdueCount} amount={r.overdue} currency={r.currency} />
        </Stack>
      ))}
      <Go to="/purchasing/bills" search={{ status: 'open' }}>
        {t('home.openBills')}
      </Go>
    </Kpi>
  );
}

function TasksCard({ tasks }: { tasks: NonNullable<Figures['tasks']> }) {
  const t = useT();
  const f = useFormat();
  const row = (label: string, n: number, testId: string) => (
    <Group justify="space-between" gap="xs" data-testid={testId}>
      <Text size="sm">{label}</Text>
      <Text size="sm" fw={700}>
        {f.number(n)}
      </Text>
    </Group>
  );
  return (
    <Kpi title={t('home.myQueue')} testId="kpi-tasks">
      {row(t('home.myTasks'), tasks.mine, 'tasks-mine')}
      {row(t('home.dueToday'), tasks.dueToday, 'tasks-due-today')}
      {row(t('home.tasksOverdue'), tasks.overdue, 'tasks-overdue')}
      {row(t('home.queue'), tasks.queue, 'tasks-queue')}
      <Go to="/work/tasks">{t('home.openMyWork')}</Go>
    </Kpi>
  );
}

function DraftsCard({ drafts }: { drafts: Figures['drafts'] }) {
  const t = useT();
  const f = useFormat();
  const rows = [
    {
      n: drafts.invoices,
      label: t('home.draftInvoices'),
      to: '/sales/invoices',
      search: { status: 'draft' },
    },
    { n: drafts.bills, label: t('home.draftBills'), to: '/purchasing/bills', search: { status: 'draft' } },
    { n: drafts.entries, label: t('home.draftEntries'), to: '/ledger/journal', search: { status: 'draft' } },
  ].filter((r): r is typeof r & { n: number } => r.n !== null);
  if (rows.length === 0) return null;
  return (
    <Kpi title={t('home.drafts')} testId="kpi-drafts">
      {rows.map((r) => (
        <Group key={r.to} justify="space-between" gap="xs">
          <Go to={r.to} search={r.search}>
            {r.label}
          </Go>
          <Text size="sm" fw={700}>
            {f.number(r.n)}
          </Text>
        </Group>
      ))}
    </Kpi>
  );
}

/** This month's income and expenses, and the six months as bars (the ledger dashboard has the full year). */
function IncomeExpenseCard({ data }: { data: NonNullable<Figures['incomeExpense']> }) {
  const t = useT();
  const { locale } = useLocale();
  const decimals = currencyDecimals(data.currency);
  const monthFmt = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const labels = data.months.map((m) => monthFmt.format(new Date(`${m.month}-01T00:00:00Z`)));
  const values = (pick: 'income' | 'expenses') =>
    data.months.map((m) => chartValue(reportMinor(m[pick], decimals), decimals));
  const now = data.months.at(-1);
  return (
    <Card withBorder padding="lg" data-testid="kpi-income-expense">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={3} size="h5">
          {t('home.incomeVsExpense')}
        </Title>
        <Go to="/ledger">{t('home.openDashboard')}</Go>
      </Group>
      {now && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mb="sm">
          <Line
            label={t('home.incomeThisMonth')}
            amount={now.income}
            currency={data.currency}
            testId="income-month"
          />
          <Line label={t('home.expensesThisMonth')} amount={now.expenses} currency={data.currency} />
        </SimpleGrid>
      )}
      <BarChart
        title={t('home.incomeVsExpense')}
        labels={labels}
        currency={data.currency}
        series={[
          { label: t('home.income'), color: 'var(--mantine-color-teal-6)', values: values('income') },
          { label: t('home.expenses'), color: 'var(--mantine-color-orange-6)', values: values('expenses') },
        ]}
      />
    </Card>
  );
}
