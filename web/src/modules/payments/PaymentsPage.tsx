import { Badge, Button, Group, NativeSelect, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api } from '../../api';
import type { ApiResponse } from '../../api/types';
import { useFormat, useT } from '../../i18n';
import { PERM } from '../../permissions';
import { useCan } from '../../session';
import { ListPage } from '../../ui/ListPage';
import { useCursorList } from '../../useCursorList';
import { PaymentSettingsModal } from './PaymentSettingsModal';
import type { Payment, PaymentKind } from './paymentsApi';
import { RecordedToast } from './RecordedNotice';
import { VoidPaymentModal } from './VoidPaymentModal';

const KINDS: PaymentKind[] = ['receipt', 'vendor_payment', 'customer_refund', 'credit_application'];

export function PaymentsPage() {
  const t = useT();
  const fmt = useFormat();
  const can = useCan();
  const navigate = useNavigate();
  const [kind, setKind] = useState('');
  const filters = { kind };
  const list = useCursorList<Payment>('/payments', filters);
  const [voiding, setVoiding] = useState<Payment | null>(null);
  const [settings, setSettings] = useState(false);
  const credit = useQuery({
    queryKey: ['payments', 'credit'],
    queryFn: () => api.get<ApiResponse<'/payments/credit'>>('/payments/credit'),
  });
  return (
    <>
      <ListPage
        title={t('payments.title')}
        description={t('payments.subtitle')}
        exportPath="/payments"
        query={filters}
        testId="payments"
        actions={
          <>
            {can('payments.settings') && (
              <Button variant="default" onClick={() => setSettings(true)} data-testid="payments-settings">
                {t('payments.settings.title')}
              </Button>
            )}
            {can(PERM.paymentsManage) && (
              <Button onClick={() => navigate({ to: '/payments/receive' })} data-testid="payment-receive">
                {t('payments.receive')}
              </Button>
            )}
          </>
        }
        filters={
          <NativeSelect
            w={220}
            label={t('payments.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value)}
            data={[
              { value: '', label: t('common.all') },
              ...KINDS.map((k) => ({ value: k, label: t(`payments.kind.${k}`) })),
            ]}
          />
        }
        list={list}
        minWidth={760}
        head={
          <>
            <Table.Th>{t('payments.col.number')}</Table.Th>
            <Table.Th>{t('payments.kind')}</Table.Th>
            <Table.Th>{t('payments.col.date')}</Table.Th>
            <Table.Th>{t('payments.col.party')}</Table.Th>
            <Table.Th ta="right">{t('payments.col.amount')}</Table.Th>
            <Table.Th ta="right">{t('payments.col.credit')}</Table.Th>
            <Table.Th>{t('payments.col.reference')}</Table.Th>
            <Table.Th>{t('payments.col.status')}</Table.Th>
            <Table.Th />
          </>
        }
        row={(p) => (
          <>
            <Table.Td ff="monospace">{p.number}</Table.Td>
            <Table.Td>{t(`payments.kind.${p.kind}`)}</Table.Td>
            <Table.Td>{fmt.date(p.date)}</Table.Td>
            <Table.Td>{p.partyName}</Table.Td>
            <Table.Td ta="right">{fmt.money(p.amount, p.currency)}</Table.Td>
            <Table.Td ta="right">{p.credit === '0.00' ? '' : fmt.money(p.credit, p.currency)}</Table.Td>
            <Table.Td>{p.reference}</Table.Td>
            <Table.Td>
              <Badge color={p.status === 'posted' ? 'green' : 'gray'} variant="light">
                {t(`payments.status.${p.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              {p.status === 'posted' && !p.paymentRunId && can(PERM.paymentsManage) && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => setVoiding(p)}>
                  {t('payments.void.action')}
                </Button>
              )}
            </Table.Td>
          </>
        )}
      >
        {(credit.data?.items.length ?? 0) > 0 && (
          <Paper withBorder p="sm" mb="md" data-testid="payments-credit">
            <Text fw={600} size="sm" mb={4}>
              {t('payments.credit.title')}
            </Text>
            <Group gap="lg">
              {credit.data?.items.map((c) => (
                <Text key={`${c.partyId}-${c.currency}`} size="sm">
                  {c.partyName}: {fmt.money(c.credit, c.currency)}
                </Text>
              ))}
            </Group>
          </Paper>
        )}
      </ListPage>
      {settings && <PaymentSettingsModal onClose={() => setSettings(false)} />}
      {voiding && <VoidPaymentModal payment={voiding} onClose={() => setVoiding(null)} />}
      <RecordedToast />
    </>
  );
}
