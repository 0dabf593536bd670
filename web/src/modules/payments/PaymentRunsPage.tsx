import { Badge, Button, Group, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { ListPage } from '../../ui/ListPage';
import { useCursorList } from '../../useCursorList';
import { newKey, postIdempotent, type Run, type RunStatus, type RunSummary, today } from './paymentsApi';

export const RUN_COLORS: Record<RunStatus, string> = {
  draft: 'blue',
  pending_approval: 'yellow',
  released: 'green',
  cancelled: 'gray',
};

/** Step 1 of the wizard: which bills (due by, vendor) from which account, paid on which day. */
function NewRunForm({ onCancel }: { onCancel: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [bankId, setBankId] = useState<string | null>(null);
  const [vendorId, setVendorId] = useState<string | null>(null);
  const [dueBy, setDueBy] = useState(today());
  const [executionDate, setExecutionDate] = useState(today());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newKey);
  const banks = useQuery({
    queryKey: ['payments', 'bank-accounts'],
    queryFn: () => api.get<ApiResponse<'/payments/bank-accounts'>>('/payments/bank-accounts'),
  });
  const vendors = useQuery({
    queryKey: ['parties', 'vendors-active'],
    queryFn: () =>
      api.get<ApiResponse<'/parties'>>('/parties', {
        role: 'vendor',
        active: 'true',
        limit: 500,
      }),
  });
  const accounts = (banks.data?.items ?? []).filter((b) => b.currency === 'EUR' || b.currency === 'USD');
  const propose = async () => {
    setBusy(true);
    setError(null);
    try {
      const run = await postIdempotent<Run>(
        '/payment-runs',
        { bankAccountId: bankId, dueBy, executionDate, partyId: vendorId },
        key,
      );
      navigate({ to: '/payment-runs/$runId', params: { runId: run.id } });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" mb="lg" data-testid="run-new-form">
      <Text fw={600} mb="sm">
        1 · {t('runs.step.select')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('runs.field.bankAccount')}
          data={accounts.map((b) => ({ value: b.id, label: `${b.name} (${b.currency})` }))}
          value={bankId}
          onChange={setBankId}
          w={260}
          data-testid="run-bank"
        />
        <TextInput
          label={t('runs.field.dueBy')}
          type="date"
          value={dueBy}
          onChange={(e) => setDueBy(e.currentTarget.value)}
          w={170}
        />
        <TextInput
          label={t('runs.field.executionDate')}
          type="date"
          value={executionDate}
          onChange={(e) => setExecutionDate(e.currentTarget.value)}
          w={170}
        />
        <Select
          label={t('runs.field.vendor')}
          searchable
          clearable
          data={(vendors.data?.items ?? []).map((v) => ({ value: v.id, label: v.legalName }))}
          value={vendorId}
          onChange={setVendorId}
          w={240}
        />
        <Button onClick={propose} loading={busy} disabled={!bankId} data-testid="run-propose">
          {t('runs.propose')}
        </Button>
        <Button variant="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
      {error !== null && <ErrorAlert error={error} />}
    </Paper>
  );
}

export function PaymentRunsPage() {
  const t = useT();
  const fmt = useFormat();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const list = useCursorList<RunSummary>('/payment-runs', {});
  // No export: a run's own page has its payment file.
  return (
    <ListPage
      title={t('runs.title')}
      description={t('runs.subtitle')}
      testId="runs"
      actions={
        can(PERM.paymentRunsManage) && (
          <Button onClick={() => setCreating(true)} data-testid="run-new">
            {t('runs.new')}
          </Button>
        )
      }
      list={list}
      minWidth={600}
      emptyText={t('runs.empty')}
      head={
        <>
          <Table.Th>{t('runs.col.number')}</Table.Th>
          <Table.Th>{t('runs.col.status')}</Table.Th>
          <Table.Th>{t('runs.col.format')}</Table.Th>
          <Table.Th>{t('runs.col.execution')}</Table.Th>
          <Table.Th ta="right">{t('runs.col.count')}</Table.Th>
          <Table.Th ta="right">{t('runs.col.total')}</Table.Th>
        </>
      }
      row={(r) => (
        <>
          <Table.Td>
            <Link to="/payment-runs/$runId" params={{ runId: r.id }}>
              {r.number}
            </Link>
          </Table.Td>
          <Table.Td>
            <Badge color={RUN_COLORS[r.status]} variant="light">
              {t(`runs.status.${r.status}`)}
            </Badge>
          </Table.Td>
          <Table.Td>{r.format.toUpperCase()}</Table.Td>
          <Table.Td>{fmt.date(r.executionDate)}</Table.Td>
          <Table.Td ta="right">{r.count}</Table.Td>
          <Table.Td ta="right">{fmt.money(r.total, r.currency)}</Table.Td>
        </>
      )}
    >
      {creating && <NewRunForm onCancel={() => setCreating(false)} />}
    </ListPage>
  );
}
