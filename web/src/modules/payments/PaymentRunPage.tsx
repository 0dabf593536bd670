import { Alert, Anchor, Badge, Button, Checkbox, Group, Stepper, Table, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api, apiUrl } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useLocale, useT } from '../../i18n';
import { parseDecimalInput } from '../../lib/decimal';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { RUN_COLORS } from './PaymentRunsPage';
import { newKey, postIdempotent, type Run, type RunItem } from './paymentsApi';

const STEP: Record<Run['status'], number> = { draft: 1, pending_approval: 2, released: 4, cancelled: 1 };

/** Steps 2–4 of the wizard: edit the proposal, release it (or wait for approval), download the bank file. */
export function PaymentRunPage() {
  const t = useT();
  const fmt = useFormat();
  const { locale } = useLocale();
  const can = useCan();
  const qc = useQueryClient();
  const { runId } = useParams({ strict: false }) as { runId: string };
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newKey);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const run = useQuery({
    queryKey: ['payment-run', runId],
    queryFn: () => api.get<Run>(`/payment-runs/${runId}`),
  });
  const r = run.data;
  const editable = r?.status === 'draft' && can(PERM.paymentRunsManage);

  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await qc.invalidateQueries({ queryKey: ['payment-run', runId] });
      await qc.invalidateQueries({ queryKey: ['list', '/payment-runs'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const patch = (item: RunItem, body: { included?: boolean; amount?: string }) =>
    act(() => api.patch(`/payment-runs/${runId}/items/${item.id}`, body));

  if (run.error) return <ErrorAlert error={run.error} />;
  if (!r) return null;
  return (
    <>
      <PageTitle
        title={`${t('runs.col.number')} ${r.number}`}
        description={
          <Badge color={RUN_COLORS[r.status]} variant="light">
            {t(`runs.status.${r.status}`)}
          </Badge>
        }
      />
      <Stepper active={STEP[r.status]} mb="lg" size="sm">
        <Stepper.Step label={t('runs.step.select')} />
        <Stepper.Step label={t('runs.step.proposal')} />
        <Stepper.Step label={t('runs.step.release')} />
        <Stepper.Step label={t('runs.step.file')} />
      </Stepper>
      <Table data-testid="run-items">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('runs.item.include')}</Table.Th>
            <Table.Th>{t('runs.item.bill')}</Table.Th>
            <Table.Th>{t('runs.item.vendor')}</Table.Th>
            <Table.Th>{t('runs.item.due')}</Table.Th>
            <Table.Th ta="right">{t('runs.item.open')}</Table.Th>
            <Table.Th>{t('runs.item.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(r.items ?? []).map((i) => (
            <Table.Tr key={i.id} opacity={i.included ? 1 : 0.5}>
              <Table.Td>
                <Checkbox
                  aria-label={`${t('runs.item.include')} ${i.documentNumber}`}
                  checked={i.included}
                  disabled={!editable || busy}
                  onChange={(e) => patch(i, { included: e.currentTarget.checked })}
                />
              </Table.Td>
              <Table.Td ff="monospace">{i.documentNumber}</Table.Td>
              <Table.Td>{i.partyName}</Table.Td>
              <Table.Td>{fmt.date(i.dueDate)}</Table.Td>
              <Table.Td ta="right">{fmt.money(i.open, r.currency)}</Table.Td>
              <Table.Td>
                {editable ? (
                  <TextInput
                    aria-label={`${t('runs.item.amount')} ${i.documentNumber}`}
                    value={edits[i.id] ?? i.amount}
                    onChange={(e) => setEdits({ ...edits, [i.id]: e.currentTarget.value })}
                    onBlur={() => {
                      const v = edits[i.id];
                      const d = v === undefined ? null : parseDecimalInput(v, locale);
                      if (d && d !== i.amount) patch(i, { amount: d });
                    }}
                    w={140}
                  />
                ) : (
                  fmt.money(i.amount, r.currency)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end" my="md" fw={600}>
        {t('runs.col.total')}: {fmt.money(r.total, r.currency)} · {r.count}
      </Group>
      {error !== null && <ErrorAlert error={error} />}
      {r.status === 'pending_approval' && <Alert color="yellow">{t('runs.pending')}</Alert>}
      {r.status === 'released' && (
        <Alert color="green" data-testid="run-released">
          {t('runs.released')}{' '}
          <Anchor href={apiUrl(`/payment-runs/${r.id}/file`)} download data-testid="run-download">
            {t('runs.download', { format: r.format.toUpperCase() })}
          </Anchor>
        </Alert>
      )}
      {editable && (
        <Group>
          <Button
            color="green"
            loading={busy}
            disabled={r.count === 0}
            onClick={() => {
              if (
                window.confirm(
                  t('runs.releaseConfirm', { count: r.count, total: fmt.money(r.total, r.currency) }),
                )
              )
                act(() => postIdempotent(`/payment-runs/${r.id}/release`, {}, key));
            }}
            data-testid="run-release"
          >
            {t('runs.release')}
          </Button>
          <Button
            variant="default"
            loading={busy}
            onClick={() => act(() => api.post(`/payment-runs/${r.id}/cancel`))}
          >
            {t('runs.cancel')}
          </Button>
        </Group>
      )}
    </>
  );
}
