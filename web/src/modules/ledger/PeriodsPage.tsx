import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RequirePermission } from '../../components/Forbidden';
import { PageTitle } from '../../components/PageTitle';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { type FiscalYear, invalidateLedger, type Period, useFiscalYears } from './ledgerApi';

export function PeriodsPage() {
  return (
    <RequirePermission anyOf={[PERM.ledgerRead]}>
      <Periods />
    </RequirePermission>
  );
}

const periodName = (p: Period) => p.startDate.slice(0, 7);

function Periods() {
  const t = useT();
  const can = useCan();
  const qc = useQueryClient();
  const years = useFiscalYears();
  const canLock = can(PERM.ledgerPeriodLock);
  const [unlocking, setUnlocking] = useState<Period | null>(null);
  const lock = useMutation({
    mutationFn: (p: Period) => api.post(`/ledger/periods/${periodName(p)}/lock`, {}),
    onSuccess: () => invalidateLedger(qc),
  });
  return (
    <>
      <PageTitle
        title={t('ledger.periods.title')}
        description={t('ledger.periods.subtitle')}
        actions={canLock && <OpenYear years={years.data ?? []} />}
      />
      {years.error && <ErrorAlert error={years.error} />}
      {lock.error && <ErrorAlert error={lock.error} />}
      {years.isSuccess && years.data.length === 0 && <Text c="dimmed">{t('ledger.periods.none')}</Text>}
      <Stack>
        {[...(years.data ?? [])].reverse().map((y) => (
          <YearCard
            key={y.id}
            year={y}
            canLock={canLock}
            onLock={(p) => lock.mutate(p)}
            onUnlock={setUnlocking}
            locking={lock.isPending ? lock.variables : undefined}
          />
        ))}
      </Stack>
      {unlocking && <UnlockModal period={unlocking} onClose={() => setUnlocking(null)} />}
    </>
  );
}

function YearCard({
  year,
  canLock,
  onLock,
  onUnlock,
  locking,
}: {
  year: FiscalYear;
  canLock: boolean;
  onLock: (p: Period) => void;
  onUnlock: (p: Period) => void;
  locking?: Period;
}) {
  const t = useT();
  const f = useFormat();
  const month = (p: Period) =>
    new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${p.startDate}T00:00:00Z`));
  return (
    <Card withBorder data-testid={`fiscal-year-${year.name}`}>
      <Title order={2} size="h4" mb="xs">
        {t('ledger.periods.year', { name: year.name })}{' '}
        <Text span size="sm" c="dimmed">
          {f.date(year.startDate)} – {f.date(year.endDate)}
        </Text>
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledger.periods.period')}</Table.Th>
            <Table.Th>{t('field.status')}</Table.Th>
            {canLock && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {year.periods.map((p) => (
            <Table.Tr key={p.id} data-testid={`period-${periodName(p)}`}>
              <Table.Td>{month(p)}</Table.Td>
              <Table.Td>
                <Badge color={p.lockedAt ? 'red' : 'teal'} variant="light">
                  {p.lockedAt ? t('ledger.periods.locked') : t('ledger.periods.open')}
                </Badge>
              </Table.Td>
              {canLock && (
                <Table.Td>
                  {p.lockedAt ? (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => onUnlock(p)}
                      data-testid={`unlock-${periodName(p)}`}
                    >
                      {t('ledger.periods.unlock')}
                    </Button>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      loading={locking?.id === p.id}
                      onClick={() => onLock(p)}
                      data-testid={`lock-${periodName(p)}`}
                    >
                      {t('ledger.periods.lock')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function OpenYear({ years }: { years: FiscalYear[] }) {
  const t = useT();
  const qc = useQueryClient();
  const last = years[years.length - 1];
  const [year, setYear] = useState<number | string>(
    last ? Number(last.startDate.slice(0, 4)) + 1 : new Date().getFullYear(),
  );
  const open = useMutation({
    mutationFn: () => api.post('/ledger/fiscal-years', { year: Number(year) }),
    onSuccess: () => invalidateLedger(qc),
  });
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end">
        <NumberInput
          label={t('ledger.periods.yearLabel')}
          value={year}
          onChange={setYear}
          min={1900}
          max={2200}
          w={120}
          name="year"
        />
        <Button onClick={() => open.mutate()} loading={open.isPending} data-testid="open-fiscal-year">
          {t('ledger.periods.openYear')}
        </Button>
      </Group>
      {open.error && <ErrorAlert error={open.error} />}
    </Stack>
  );
}

function UnlockModal({ period, onClose }: { period: Period; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const unlock = useMutation({
    mutationFn: () => api.post(`/ledger/periods/${periodName(period)}/unlock`, { reason }),
    onSuccess: async () => {
      await invalidateLedger(qc);
      onClose();
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    unlock.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('ledger.periods.unlockTitle', { period: periodName(period) })}>
      <form onSubmit={onSubmit} data-testid="unlock-form">
        <Stack gap="sm">
          {unlock.error && <ErrorAlert error={unlock.error} />}
          <Textarea
            label={t('ledger.periods.reason')}
            description={t('ledger.periods.reasonHelp')}
            required
            data-autofocus
            name="reason"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={unlock.isPending}
              disabled={!reason.trim()}
              data-testid="unlock-confirm"
            >
              {t('ledger.periods.unlock')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
